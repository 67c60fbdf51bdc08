#pragma once

namespace room {

// Tells the sync engine how to merge the Sala operativa tables: the diary
// and the phase history are append-only ledgers, the comuni of an event a
// set, and the room's columns of the event travel with the (mutable) event.
// Also calls the Cabina di regia / Protocollo declarations (commshooks.h).
void declareSyncTables();
// Tells the audit log how to say this module's commands and name its rows.
void declareAuditTexts();

} // namespace room
