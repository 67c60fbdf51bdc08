#pragma once

#include "core/domain/result.h"
#include "core/sync/postimport.h"

#include <QSqlDatabase>

namespace volunteers {

// After a merge: one valid attestato per volunteer-day, and volunteers on
// two services the same day flagged (issue 15, item 3).
//
// Attestati. Two workstations that run attestati apart for the same period
// each link the same activations to their own attestato (attestato_day:
// one link per activation; the link that arrived second went to the
// conflict log). Rule: the attestato issued first (issued_at, then id)
// keeps the volunteer-day; a later attestato that certifies any day already
// certified by a valid one is void as a whole: its links are removed on
// every workstation (an attestato with no days is void: the register shows
// it so, it is not reprinted nor sent to the region), the days only it
// certified become pending again (the next batch certifies them), and the
// case is flagged (volunteers.attestato_void). attestato_day refuses
// UPDATE and DELETE: the rule drops and recreates those two triggers around
// its own rewrite, inside the import's transaction. The candidates of an
// activation are its link here and the links the conflict log recorded
// for it (both sides), so every workstation reaches the same links.
//
// Activations. The same volunteer on the same day in two services,
// recorded apart (neither entry reversed), is flagged on the later entry
// (volunteers.double_service): a person decides which to void.
class AttestatoMerge {
public:
    static core::Result<core::sync::Reconciled> reconcile(const QSqlDatabase &db, const core::sync::ImportedRows &rows);
    // Reconciles the links of these activations (and of the attestati they meet).
    static core::Result<core::sync::Reconciled> reconcileActivations(const QSqlDatabase &db, const QSet<qint64> &activations);
    static core::Result<core::sync::Reconciled> flagDoubleServices(const QSqlDatabase &db, const QSet<qint64> &activations);
};

// Whether an attestato was voided after a merge (it certifies no day).
core::Result<bool> isVoidAttestato(const QSqlDatabase &db, qint64 attestatoId);

} // namespace volunteers
