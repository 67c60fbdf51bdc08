#pragma once

#include "support/permissionprobe.h"

// The Magazzino's rows of the test over the whole permission table: one
// probe for each of its permissions (stock.view, stock.edit).
QList<testsupport::PermissionProbe> stockPermissionProbes();
