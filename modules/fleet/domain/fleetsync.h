#pragma once

namespace fleet {

// The Colonna Mobile's tables for the sync engine (core/sync/tableregistry.h):
// sites, vehicles and equipment are master data (Mutable), the maintenance
// log and the loans ledgers. Called from app/moduleregistry.cpp.
void declareSyncTables();
// The module's commands and row names in the audit log.
void declareAuditTexts();

} // namespace fleet
