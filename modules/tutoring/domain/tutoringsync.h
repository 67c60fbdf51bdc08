#pragma once

namespace tutoring {

// Tells the sync engine how to merge the ConosciAMO tables: bookings and
// their outcomes are append-only ledgers (union); people, periods and
// assignments are master data.
void declareSyncTables();
// Tells the audit log how to say this module's commands (no row names:
// the people here are minors or callers, named only where the module allows).
void declareAuditTexts();

} // namespace tutoring
