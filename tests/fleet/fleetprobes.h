#pragma once

#include "support/permissionprobe.h"

// One probe for every permission of the Colonna Mobile, for the test over
// the whole permission table (tests/app/tst_permissiontable.cpp).
QList<testsupport::PermissionProbe> fleetPermissionProbes();
