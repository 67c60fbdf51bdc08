#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "stock/domain/fefo.h"
#include "stock/domain/stocktypes.h"

#include <QHash>
#include <QSqlDatabase>

class QSqlQuery;

namespace stock {

// One row to append to the ledger. quantity is signed (+ in, - out) in the
// item's unit; the grams are computed from the item.
struct MovementDraft {
    QDate date;
    MovementKind kind = MovementKind::Issue;
    qint64 itemId = 0;
    qint64 lotId = 0;
    qint64 locationId = 0;
    qint64 quantity = 0;
    qint64 operationId = 0;
    QString reason;
    Reference reference;
    qint64 reversesId = 0;
};

// A ledger row as read back.
struct Movement {
    qint64 id = 0;
    QDate date;
    MovementKind kind = MovementKind::Issue;
    qint64 itemId = 0;
    qint64 lotId = 0;
    qint64 locationId = 0;
    qint64 quantity = 0;
    core::Grams grams = 0;
    qint64 operationId = 0;
    QString reason;
    Reference reference;
    qint64 reversesId = 0;
    qint64 reversedById = 0; // 0: not reversed
};

// Which lots to look at: one item or every item of a category, at one
// location (0: every location).
struct LotFilter {
    qint64 itemId = 0;
    qint64 categoryId = 0;
    qint64 locationId = 0;
};

// The ledger's low level: reads items and lots, computes what can leave a
// lot on a date, appends rows. Used by the services of this module inside
// their transactions; it validates nothing but the balance arithmetic.
// One instance per connection and thread.
//
// What "available on a date" means: the quantity a lot holds at a location
// at the end of that day, lowered by any later-dated movement that already
// takes from it. A backdated issue must leave every later balance
// non-negative, so availability(D) = min over d >= D of balance(d).
class StockLedger {
public:
    explicit StockLedger(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    // The one definition of "this movement still counts": neither a
    // reversal itself nor reversed since. SQL over the stock_movement row
    // `alias`, for every query that asks (receipt lines, cancelling).
    static QString notReversed(const QString &alias);

    core::Result<Item> item(qint64 itemId);
    core::Result<Movement> movement(qint64 movementId);
    core::Result<QList<Movement>> operationMovements(qint64 operationId);

    // Lots with stock for the filter, each with what can leave it on
    // `date` (expired ones included: the callers decide).
    core::Result<QList<LotCandidate>> candidates(const LotFilter &filter, const QDate &date);
    // What can leave one lot at one location on `date`.
    core::Result<qint64> availableOnDate(qint64 lotId, qint64 locationId, const QDate &date);
    // The balance at the end of `date` (sum of the rows dated up to it).
    core::Result<qint64> balanceOnDate(qint64 lotId, qint64 locationId, const QDate &date);

    // Appends one row (id from allocateRowId). Must run in a Transaction.
    core::Result<qint64> append(const MovementDraft &draft);
    // A new operation id (groups the rows of one action).
    core::Result<qint64> newOperationId();

    core::Result<qint64> defaultLocationId();

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
    QHash<qint64, Item> m_items;
};

// Reads an item from a query whose columns, from `first`, are itemColumns.
Item readItem(const QSqlQuery &query, int first = 0);
extern const char *const itemColumns;

} // namespace stock
