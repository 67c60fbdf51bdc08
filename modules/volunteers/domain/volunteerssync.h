#pragma once

namespace volunteers {

// Tells the sync engine how to merge the Volontari tables: activations and
// the attestati register are append-only ledgers (union); organisations,
// volunteers, employers and events are master data.
void declareSyncTables();
// Tells the audit log how to say this module's commands and name its rows.
void declareAuditTexts();

} // namespace volunteers
