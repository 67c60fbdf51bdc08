#pragma once

namespace room {

// The emergency plans' tables for the sync engine and their audit texts;
// called by room::declareSyncTables() and room::declareAuditTexts().
//   room_plan       Mutable (one row per comune, keyed on the comune, merged field by field)
//   room_plan_risk  SetMember (comune, risk)
//   room_coc_state  Ledger (the COCs opened and closed)
void declarePlanSyncTables();
void declarePlanAuditTexts();

} // namespace room
