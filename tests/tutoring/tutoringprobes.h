#pragma once

#include "support/permissionprobe.h"

// The ConosciAMO rows of the test over the whole permission table:
// tutoring.view (the PCTO statement, names of minors' assistants) and
// tutoring.edit (a command that writes).
QList<testsupport::PermissionProbe> tutoringPermissionProbes();
