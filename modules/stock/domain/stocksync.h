#pragma once

namespace stock {

// Tells the sync engine how to merge the warehouse tables: the movement
// ledger merges by union; lots and receipts are written once and never
// edited, so they merge by union too; the rest is master data.
void declareSyncTables();
// Tells the audit log how to say this module's commands and name its rows.
void declareAuditTexts();

} // namespace stock
