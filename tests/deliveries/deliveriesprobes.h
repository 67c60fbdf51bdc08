#pragma once

#include "support/permissionprobe.h"

#include <QList>

namespace testsupport {

// The Consegne's rows of the test over the whole permission table: one for
// each of its permissions (deliveries.view, deliveries.edit).
QList<PermissionProbe> deliveriesPermissionProbes();

} // namespace testsupport
