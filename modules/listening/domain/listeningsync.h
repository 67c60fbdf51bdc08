#pragma once

namespace listening {

// Tells the sync engine how to merge the AscoltiAMO tables: what happened
// (assignments, call attempts, escalations, outcomes, group sessions) is
// append-only and merges by union; requests, psychologists, groups and
// placements are master data. Callers' data travels sealed, as stored.
void declareSyncTables();

} // namespace listening
