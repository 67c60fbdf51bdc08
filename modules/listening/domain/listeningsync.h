#pragma once

namespace listening {

// Tells the sync engine how to merge the AscoltiAMO tables: what happened
// (assignments, call attempts, escalations, outcomes, group sessions) is
// append-only and merges by union; requests, psychologists, groups and
// placements are master data. Callers' data travels sealed, as stored.
void declareSyncTables();
// Tells the audit log how to say this module's commands (no row names:
// the people here are minors or callers, named only where the module allows).
void declareAuditTexts();

} // namespace listening
