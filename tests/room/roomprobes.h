#pragma once

#include "support/permissionprobe.h"

// One probe for every room.* permission, for the test over the whole
// permission table: the Sala operativa's commands, and the reads that check
// room.view.
QList<testsupport::PermissionProbe> roomPermissionProbes();
