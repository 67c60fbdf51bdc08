#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace stock::StockSnapshots {

// Stock at a past date in time that follows the period (0016_stock_snapshot.sql):
// the balance per lot and location at month ends, kept in the local table
// stock_snapshot (never synchronised), built lazily from the nearer end (the
// snapshot before or the first movement, the snapshot after or today's
// balance) and deleted by a trigger when a movement is dated on or before it.

// The snapshot a position at `date` starts from: the date itself when it is
// the last day of its month, else the last day of the month before.
QDate dayFor(const QDate &date);

// Makes sure the snapshot of `day` exists. False (not an error) when it
// cannot be written now: a read-only file, another writer; the caller then
// sums the ledger as before.
core::Result<bool> ensure(const QSqlDatabase &db, const QDate &day);

// Balance per lot and location at the end of (SELECT day FROM at_date), from
// the snapshot of `day` (on or before it) plus the movements after `day`.
// Columns: lot_id, location_id, item_id, quantity, grams; rows with a zero
// quantity left out. Should the snapshot have been deleted since ensure()
// (another connection's back-dated movement), the same statement sums the
// ledger up to `day` instead, so the result is always the ledger's sum.
QString positionsFrom(const QDate &day);

} // namespace stock::StockSnapshots
