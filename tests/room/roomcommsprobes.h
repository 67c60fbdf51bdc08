#pragma once

#include "support/permissionprobe.h"

// Probes of the Cabina di regia (room.edit) and of the communications
// register (room.communications), for the test over the whole permission
// table.
QList<testsupport::PermissionProbe> roomCommsPermissionProbes();
