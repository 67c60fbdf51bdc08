#include "stock/domain/stocksnapshots.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/clock.h"
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

namespace {

QString text(const core::Result<QVariant> &v)
{
    return v ? v->toString() : QString();
}

} // namespace

core::Result<bool> ensure(const QSqlDatabase &db, const QDate &day)
{
    const QString d = core::toSqlDate(day);
    auto has = core::queryValue(db, QStringLiteral("SELECT count(*) FROM stock_snapshot_day WHERE day = ?"), { d });
    if (!has)
        return has.error();
    if (has->toInt() > 0)
        return true;
    // Only a shortcut: never wait for another connection's write lock (the
    // caller then sums the ledger), where a write would wait 10 s.
    auto timeout = core::queryValue(db, QStringLiteral("PRAGMA busy_timeout"));
    (void)core::runQuery(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    core::Transaction tx(db);
    if (timeout)
        (void)core::runQuery(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout->toInt()));
    if (!tx)
        return false;
    // Built from the nearer of: the snapshot before (or the first movement)
    // and the snapshot after (or today's balance), counted in days, so that
    // even the first snapshot reads no more of the ledger than the old query.
    const QString before
        = text(core::queryValue(db, QStringLiteral("SELECT max(day) FROM stock_snapshot_day WHERE day < ?"), { d }));
    const QString after
        = text(core::queryValue(db, QStringLiteral("SELECT min(day) FROM stock_snapshot_day WHERE day > ?"), { d }));
    const QString first = text(core::queryValue(db, QStringLiteral("SELECT min(moved_on) FROM stock_movement")));
    const QDate start = core::fromSqlDate(before.isEmpty() ? first : before);
    const QDate end = after.isEmpty() ? core::SystemClock::instance().today() : core::fromSqlDate(after);
    const bool backwards = start.isValid() && end.isValid() && day.daysTo(end) < start.daysTo(day);
    QString rows;
    QVariantList binds = { d };
    if (!backwards) {
        rows = QStringLiteral("SELECT lot_id, location_id, item_id, quantity, grams FROM stock_snapshot WHERE day = ?"
                              " UNION ALL SELECT lot_id, location_id, item_id, quantity, grams FROM stock_movement"
                              " WHERE moved_on > ? AND moved_on <= ?");
        binds << before << before << d; // before '' (none): from the first movement
    } else if (after.isEmpty()) {
        rows = QStringLiteral("SELECT lot_id, location_id, item_id, quantity, grams FROM stock_balance"
                              " UNION ALL SELECT lot_id, location_id, item_id, -quantity, -grams FROM stock_movement"
                              " WHERE moved_on > ?");
        binds << d;
    } else {
        rows = QStringLiteral("SELECT lot_id, location_id, item_id, quantity, grams FROM stock_snapshot WHERE day = ?"
                              " UNION ALL SELECT lot_id, location_id, item_id, -quantity, -grams FROM stock_movement"
                              " WHERE moved_on > ? AND moved_on <= ?");
        binds << after << d << after;
    }
    if (!core::runQuery(db, QStringLiteral("INSERT INTO stock_snapshot_day(day) VALUES (?)"), { d }))
        return false;
    // Kept: every position whose quantity or weight is not zero, so that the
    // sums from here are the ledger's sums.
    auto fill = core::runQuery(db,
        QStringLiteral("INSERT INTO stock_snapshot(day, lot_id, location_id, item_id, quantity, grams) "
                       "SELECT ?, lot_id, location_id, item_id, sum(quantity), sum(grams) FROM (%1) "
                       "GROUP BY lot_id, location_id HAVING sum(quantity) <> 0 OR sum(grams) <> 0")
            .arg(rows),
        binds);
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
        // The guard drives the join (CROSS JOIN keeps it outside), so with the
        // snapshot in place the ledger up to it is not even walked.
        " UNION ALL SELECT m.lot_id, m.location_id, m.item_id, m.quantity, m.grams"
        " FROM (SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM stock_snapshot_day WHERE day = %1)) g"
        " CROSS JOIN stock_movement m WHERE m.moved_on <= %1"
        ") GROUP BY lot_id, location_id HAVING sum(quantity) <> 0)")
        .arg(d);
}

} // namespace stock::StockSnapshots
