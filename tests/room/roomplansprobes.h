#pragma once

#include "support/permissionprobe.h"

// Probes of the emergency plans (room.plans) and of the COCs (room.edit),
// for the test over the whole permission table.
QList<testsupport::PermissionProbe> roomPlansPermissionProbes();
