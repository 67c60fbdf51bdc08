#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "stock/domain/stocktypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace stock {

struct CountLine {
    qint64 id = 0;
    qint64 lotId = 0;
    qint64 itemId = 0;
    QString itemName;
    QString categoryName;
    Unit unit = Unit::Grams;
    QString lotCode;
    QDate expiry;
    qint64 bookQuantity = 0;
    bool counted = false;
    qint64 countedQuantity = 0;
    QString reason;

    qint64 difference() const { return counted ? countedQuantity - bookQuantity : 0; }
};

struct StockCount {
    qint64 id = 0;
    qint64 locationId = 0;
    QString locationName;
    qint64 categoryId = 0; // 0: every category
    QString categoryName;
    QDate date;
    QString status; // open, closed, cancelled
    QString notes;
    QString operatorName;
    QString closedBy;
    QList<CountLine> lines;
};

// Stock counts (inventario). Opening a count of a location (optionally of
// one category) on a date lists every lot with stock there and its book
// quantity; people enter what they counted (and why it differs); closing
// turns every difference into an 'adjustment' row dated the count date,
// in one transaction, against the book quantity recomputed at closing (so
// movements recorded meanwhile on earlier dates are taken into account).
//
// Error codes: stock.count_not_open (id), stock.count_incomplete (uncounted lines),
// stock.bad_quantity (q), stock.unknown_count (id), stock.lot_in_count (lot),
// stock.would_go_negative (item, lot, shortfall), stock.future_date (date).
class CountService {
    Q_DECLARE_TR_FUNCTIONS(stock::CountService)
public:
    explicit CountService(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    core::Result<qint64> open(qint64 locationId, qint64 categoryId, const QDate &date, const QString &notes);
    core::Result<StockCount> count(qint64 countId);
    // counted < 0 clears the line (not counted yet).
    core::Status setCounted(qint64 lineId, qint64 counted, const QString &reason);
    core::Result<int> close(qint64 countId); // returns the number of adjustments
    core::Status cancel(qint64 countId);

private:
    core::Result<StockCount> header(qint64 countId);
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace stock
