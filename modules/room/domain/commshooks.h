#pragma once

#include "core/reporting/reportcatalog.h"

#include <QList>

namespace room {

// The Cabina di regia and the communications register (protocollo,
// circulars) plug into the module here: room::declareSyncTables(),
// room::declareAuditTexts() and RoomModule::reports() call these. Owned by
// the room-comms line of work; the events and the diary never edit them.
void declareCommsSyncTables();
void declareCommsAuditTexts();
QList<core::ReportDefinition> commsReports();

} // namespace room
