#pragma once

namespace tutoring {

// Tells the sync engine how to merge the ConosciAMO tables: bookings and
// their outcomes are append-only ledgers (union); people, periods and
// assignments are master data.
void declareSyncTables();

} // namespace tutoring
