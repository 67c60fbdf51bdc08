#pragma once

#include "support/permissionprobe.h"

// One probe for every listening.* permission, for the test over the whole
// permission table: the commands of AscoltiAMO, and the reads that check
// listening.view and listening.personal.read.
QList<testsupport::PermissionProbe> listeningPermissionProbes();
