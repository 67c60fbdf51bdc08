#pragma once

#include "support/permissionprobe.h"

// One probe for every core permission (accounts, audit, settings, backups,
// restore, sync, aggregate reports), for the test over the whole
// permission table.
QList<testsupport::PermissionProbe> corePermissionProbes();
