#pragma once

namespace deliveries {

// Tells the sync engine how to merge the Consegne tables: the lots picked
// for each line, the history of each delivery and the log of allocation
// overrides are append-only and merge by union; requests, allocations and
// deliveries change state, so they are master data (the newest change
// wins and the value it overwrites is kept in the conflict log). Also
// registers the open-data source of distributions per comune.
void declareSyncTables();
// Tells the audit log how to say this module's commands and name its rows.
void declareAuditTexts();

} // namespace deliveries
