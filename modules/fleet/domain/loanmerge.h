#pragma once

#include "core/domain/result.h"
#include "core/sync/postimport.h"

#include <QSqlDatabase>

namespace fleet {

// After a merge: a piece of equipment lent twice (issue 20; issue 15, item 3).
//
// One workstation refuses to lend a piece already out
// (fleet.equipment_already_out), but two workstations apart can each lend
// the same piece: after the exchange both 'out' rows are open, which no
// single workstation allows. Nothing is rewritten (which loan is real is a
// fact only a person knows, and the ledger keeps both); the case is flagged
// for review in the shared conflict log (rule fleet.loan_twice): among the
// open loans of one piece the earliest recorded (recorded_at, then id)
// stands, and each later one is flagged on its own row, with the same key
// on every workstation that finds it. Closing the flagged loan with a
// return (or the other) settles the piece.
class LoanMerge {
public:
    static core::Result<core::sync::Reconciled> reconcile(const QSqlDatabase &db, const core::sync::ImportedRows &rows);
    // Flags the pieces among these that have more than one open loan.
    static core::Result<core::sync::Reconciled> flagDoubleLoans(const QSqlDatabase &db, const QSet<qint64> &equipmentIds);
};

} // namespace fleet
