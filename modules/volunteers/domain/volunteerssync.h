#pragma once

namespace volunteers {

// Tells the sync engine how to merge the Volontari tables: activations and
// the attestati register are append-only ledgers (union); organisations,
// volunteers, employers and events are master data.
void declareSyncTables();

} // namespace volunteers
