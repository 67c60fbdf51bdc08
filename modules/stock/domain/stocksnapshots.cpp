#include "stock/domain/stocksnapshots.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"

namespace stock::StockSnapshots {

QDate dayFor(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (date.day() == date.daysInMonth())
        return date;
    return QDate(date.year(), date.month(), 1).addDays(-1);
}

core::Result<bool> ensure(const QSqlDatabase &db, const QDate &day)
{
    const QString d = core::toSqlDate(day);
    auto has = core::queryValue(db, QStringLiteral("SELECT count(*) FROM stock_snapshot_day WHERE day = ?"), { d });
    if (!has)
        return has.error();
    if (has->toInt() > 0)
        return true;
    core::Transaction tx(db);
    if (!tx)
        return false;
    // The nearest earlier snapshot ('' when none: then from the first movement).
    auto base
        = core::queryValue(db, QStringLiteral("SELECT coalesce(max(day), '') FROM stock_snapshot_day WHERE day < ?"), { d });
    if (!base)
        return false;
    const QString from = base->toString();
    if (!core::runQuery(db, QStringLiteral("INSERT INTO stock_snapshot_day(day) VALUES (?)"), { d }))
        return false;
    // Kept: every position whose quantity or weight is not zero, so that the
    // sums from here are the ledger's sums.
    auto fill = core::runQuery(db,
        QStringLiteral("INSERT INTO stock_snapshot(day, lot_id, location_id, item_id, quantity, grams) "
                       "SELECT ?, lot_id, location_id, item_id, sum(quantity), sum(grams) FROM ("
                       " SELECT lot_id, location_id, item_id, quantity, grams FROM stock_snapshot WHERE day = ?"
                       " UNION ALL SELECT lot_id, location_id, item_id, quantity, grams FROM stock_movement"
                       " WHERE moved_on > ? AND moved_on <= ?"
                       ") GROUP BY lot_id, location_id HAVING sum(quantity) <> 0 OR sum(grams) <> 0"),
        { d, from, from, d });
    if (!fill)
        return false;
    return tx.commit().ok();
}

QString positionsFrom(const QDate &day)
{
    const QString d = QStringLiteral("'%1'").arg(core::toSqlDate(day)); // a valid date: digits and dashes only
    return QStringLiteral(
        "(SELECT lot_id, location_id, item_id, sum(quantity) AS quantity, sum(grams) AS grams FROM ("
        " SELECT lot_id, location_id, item_id, quantity, grams FROM stock_snapshot WHERE day = %1"
        " UNION ALL SELECT lot_id, location_id, item_id, quantity, grams FROM stock_movement"
        " WHERE moved_on > %1 AND moved_on <= (SELECT day FROM at_date)"
        " UNION ALL SELECT lot_id, location_id, item_id, quantity, grams FROM stock_movement"
        " WHERE moved_on <= %1 AND NOT EXISTS (SELECT 1 FROM stock_snapshot_day WHERE day = %1)"
        ") GROUP BY lot_id, location_id HAVING sum(quantity) <> 0)")
        .arg(d);
}

} // namespace stock::StockSnapshots
