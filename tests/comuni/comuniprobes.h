#pragma once

#include "support/permissionprobe.h"

// The Comuni rows of the test over the whole permission table: comuni.view
// (the contacts report) and comuni.edit (the details saved by a command).
QList<testsupport::PermissionProbe> comuniPermissionProbes();
