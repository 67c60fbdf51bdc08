#include "stock/domain/stockqueries.h"

#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/domain/dates.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stocksnapshots.h"

#include <QSqlQuery>

namespace stock {

using core::Error;
using core::Result;

namespace {

// Balance per lot and location at the end of `date`: today's balance minus
// the rows dated after it. Columns: lot_id, location_id, item_id, quantity, grams.
// Reads of stock_balance say `quantity <> 0` (with any other condition on
// the quantity): then SQLite reads the partial index stock_balance_held,
// the rows holding something, instead of every lot that ever moved (0033).
// The statements start with withDates(): the dates are bound once, as the
// CTE at_date(day, until), because the Qt driver binds each ? once.
QString positionsAt(bool fromStart)
{
    if (fromStart) // an old date: fewer rows up to it than after it
        return QStringLiteral(
            "(SELECT lot_id, location_id, item_id, sum(quantity) AS quantity, sum(grams) AS grams FROM stock_movement "
            "WHERE moved_on <= (SELECT day FROM at_date) GROUP BY lot_id, location_id HAVING sum(quantity) <> 0)");
    return QStringLiteral("(SELECT lot_id, location_id, item_id, sum(quantity) AS quantity, sum(grams) AS grams FROM ("
                          " SELECT lot_id, location_id, item_id, quantity, grams FROM stock_balance WHERE quantity <> 0"
                          " UNION ALL SELECT lot_id, location_id, item_id, -quantity, -grams FROM stock_movement WHERE "
                          "moved_on > (SELECT day FROM at_date)"
                          ") GROUP BY lot_id, location_id HAVING sum(quantity) <> 0)");
}

// Whether the date is nearer the first movement than today: then summing
// the rows up to it reads less than undoing the rows after it.
bool nearerTheStart(const QSqlDatabase &db, const QDate &date)
{
    auto first = core::queryValue(db, QStringLiteral("SELECT min(moved_on) FROM stock_movement"));
    const QDate start = first ? core::fromSqlDate(first->toString()) : QDate();
    return start.isValid() && start.daysTo(date) < date.daysTo(core::SystemClock::instance().today());
}

QString positionsAt(const QSqlDatabase &db, const QDate &date)
{
    // A past month: from the month-end snapshot (built now if missing), so
    // the cost follows the period, not the years of history before it. The
    // current month (today's alerts, the Cruscotto) keeps today's balance
    // minus the few days after the date, and writes nothing.
    const QDate today = core::SystemClock::instance().today();
    const QDate day = StockSnapshots::dayFor(date);
    if (day.isValid() && date < QDate(today.year(), today.month(), 1)) {
        auto ready = StockSnapshots::ensure(db, day);
        if (ready && *ready)
            return StockSnapshots::positionsFrom(day);
    }
    return positionsAt(nearerTheStart(db, date));
}

QString withDates()
{
    return QStringLiteral("WITH at_date(day, until) AS (SELECT ?, ?) ");
}

} // namespace

namespace StockQueries {

Result<QList<CategoryStock>> byCategory(const QSqlDatabase &db, const QDate &date)
{
    const QString day = core::toSqlDate(date);
    auto q = core::runQuery(db,
        withDates()
            + QStringLiteral("SELECT c.id, c.name, c.kind, coalesce(sum(p.grams), 0), coalesce(sum(CASE WHEN i.unit = "
                             "'pcs' THEN p.quantity END), 0), "
                             "coalesce(sum(CASE WHEN l.expiry_on < (SELECT day FROM at_date) THEN p.grams END), 0) "
                             "FROM goods_category c LEFT JOIN stock_item i ON i.category_id = c.id "
                             "LEFT JOIN %1 p ON p.item_id = i.id LEFT JOIN stock_lot l ON l.id = p.lot_id "
                             "WHERE c.active = 1 GROUP BY c.id ORDER BY c.sort_order, c.name")
                  .arg(positionsAt(db, date)),
        { day, day });
    if (!q)
        return q.error();
    QList<CategoryStock> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong(),
            q->value(4).toLongLong(), q->value(5).toLongLong() });
    if (auto s = core::queryFinished(*q); !s) // a sum beyond 64 bits in a later category
        return s.error();
    return list;
}

static Result<QList<LotPosition>> readLots(const QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    auto q = core::runQuery(db,
        withDates()
            + QStringLiteral(
                "SELECT p.lot_id, i.id, i.code, i.name, c.name, i.unit, coalesce(i.grams_per_piece, 0), l.lot_code, "
                "l.expiry_on, "
                "l.received_on, coalesce(d.name, ''), p.location_id, s.name, p.quantity, p.grams "
                "FROM %1 p JOIN stock_lot l ON l.id = p.lot_id JOIN stock_item i ON i.id = p.item_id "
                "JOIN goods_category c ON c.id = i.category_id JOIN stock_location s ON s.id = p.location_id "
                "LEFT JOIN stock_donor d ON d.id = l.donor_id %2 "
                "ORDER BY c.sort_order, i.name, l.expiry_on IS NULL, l.expiry_on, l.received_on, l.id, s.sort_order")
                  .arg(positionsAt(db, core::fromSqlDate(binds.value(0).toString())), where),
        binds);
    if (!q)
        return q.error();
    QList<LotPosition> list;
    while (q->next()) {
        LotPosition p;
        p.lotId = q->value(0).toLongLong();
        p.itemId = q->value(1).toLongLong();
        p.itemCode = q->value(2).toString();
        p.itemName = q->value(3).toString();
        p.categoryName = q->value(4).toString();
        p.unit = unitFromCode(q->value(5).toString());
        p.gramsPerPiece = q->value(6).toLongLong();
        p.lotCode = q->value(7).toString();
        p.expiry = core::fromSqlDate(q->value(8).toString());
        p.receivedOn = core::fromSqlDate(q->value(9).toString());
        p.donorName = q->value(10).toString();
        p.locationId = q->value(11).toLongLong();
        p.locationName = q->value(12).toString();
        p.quantity = q->value(13).toLongLong();
        p.grams = q->value(14).toLongLong();
        list.append(p);
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return list;
}

Result<QList<LotPosition>> lots(const QSqlDatabase &db, const QDate &date, qint64 locationId)
{
    const QString day = core::toSqlDate(date);
    if (locationId)
        return readLots(db, QStringLiteral("WHERE p.location_id = ?"), { day, day, locationId });
    return readLots(db, QString(), { day, day });
}

Result<QList<LotPosition>> expiring(const QSqlDatabase &db, const QDate &date, int days, bool includeExpired)
{
    const QString where = includeExpired
        ? QStringLiteral("WHERE p.quantity > 0 AND l.expiry_on <= (SELECT until FROM at_date)")
        : QStringLiteral("WHERE p.quantity > 0 AND l.expiry_on <= (SELECT until FROM at_date) AND l.expiry_on >= "
                         "(SELECT day FROM at_date)");
    auto list = readLots(db, where, { core::toSqlDate(date), core::toSqlDate(date.addDays(days)) });
    if (!list)
        return list;
    std::stable_sort(
        list->begin(), list->end(), [](const LotPosition &a, const LotPosition &b) { return a.expiry < b.expiry; });
    return list;
}

Result<QList<ItemShortage>> underMinimum(const QSqlDatabase &db, const QDate &date)
{
    auto q = core::runQuery(db,
        withDates()
            + QStringLiteral("SELECT i.id, i.name, c.name, i.unit, coalesce(sum(CASE WHEN l.expiry_on IS NULL OR "
                             "l.expiry_on >= (SELECT day FROM at_date) "
                             "THEN p.quantity END), 0) "
                             "AS usable, i.min_level FROM stock_item i JOIN goods_category c ON c.id = i.category_id "
                             "LEFT JOIN %1 p ON p.item_id = i.id LEFT JOIN stock_lot l ON l.id = p.lot_id "
                             "WHERE i.active = 1 AND i.min_level > 0 GROUP BY i.id HAVING usable < i.min_level "
                             "ORDER BY c.sort_order, i.name")
                  .arg(positionsAt(db, date)),
        { core::toSqlDate(date), core::toSqlDate(date) });
    if (!q)
        return q.error();
    QList<ItemShortage> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
            unitFromCode(q->value(3).toString()), q->value(4).toLongLong(), q->value(5).toLongLong() });
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return list;
}

Result<int> overdrawnLots(const QSqlDatabase &db)
{
    auto count = core::queryValue(db, QStringLiteral("SELECT count(*) FROM stock_balance WHERE quantity <> 0 AND quantity < 0"));
    if (!count)
        return count.error();
    return count->toInt();
}

Result<StockAlerts> alerts(const QSqlDatabase &db, const QDate &today)
{
    StockAlerts a;
    auto days = StockCatalog(db).expiryWarningDays();
    if (!days)
        return days.error();
    a.warningDays = *days;
    auto q = core::runQuery(db,
        withDates()
            + QStringLiteral("SELECT sum(l.expiry_on >= d.day), sum(l.expiry_on < d.day), min(CASE WHEN l.expiry_on >= "
                             "d.day THEN l.expiry_on END) FROM "
                             "(SELECT lot_id FROM stock_balance WHERE quantity <> 0 AND quantity > 0 GROUP BY lot_id) b JOIN stock_lot l "
                             "ON l.id = b.lot_id, at_date d "
                             "WHERE l.expiry_on <= d.until"),
        { core::toSqlDate(today), core::toSqlDate(today.addDays(a.warningDays)) });
    if (!q)
        return q.error();
    if (q->next()) {
        a.expiringLots = q->value(0).toInt();
        a.expiredLots = q->value(1).toInt();
        a.firstExpiry = core::fromSqlDate(q->value(2).toString());
    }
    auto under = underMinimum(db, today);
    if (!under)
        return under.error();
    a.underMinimum = int(under->size());
    auto overdrawn = overdrawnLots(db);
    if (!overdrawn)
        return overdrawn.error();
    a.overdrawnLots = *overdrawn;
    return a;
}

Result<LotPosition> lotAt(const QSqlDatabase &db, qint64 lotId, qint64 locationId)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT i.name, l.lot_code, l.expiry_on, s.name, coalesce(b.quantity, 0), i.unit, l.item_id "
                       "FROM stock_lot l JOIN stock_item i ON i.id = l.item_id JOIN stock_location s ON s.id = ? "
                       "LEFT JOIN stock_balance b ON b.lot_id = l.id AND b.location_id = s.id WHERE l.id = ?"),
        { locationId, lotId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_lot"), { QString::number(lotId) });
    LotPosition p;
    p.lotId = lotId;
    p.itemId = q->value(6).toLongLong();
    p.itemName = q->value(0).toString();
    p.lotCode = q->value(1).toString();
    p.expiry = core::fromSqlDate(q->value(2).toString());
    p.locationId = locationId;
    p.locationName = q->value(3).toString();
    p.quantity = q->value(4).toLongLong();
    p.unit = unitFromCode(q->value(5).toString());
    return p;
}

Result<QList<ComuneChoice>> metropolitanComuni(const QSqlDatabase &db)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT c.id, c.name FROM comune_cmm m JOIN comune c ON c.id = m.comune_id ORDER BY c.name"));
    if (!q)
        return q.error();
    QList<ComuneChoice> list;
    while (q->next())
        list.append({ q->value(0).toInt(), q->value(1).toString() });
    return list;
}

Result<QString> comuneName(const QSqlDatabase &db, int comuneId)
{
    auto v = core::queryValue(db, QStringLiteral("SELECT name FROM comune WHERE id = ?"), { comuneId });
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : QString();
}

Result<QList<CountSummary>> counts(const QSqlDatabase &db, int limit)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT c.id, c.counted_on, l.name, coalesce(g.name, ''), c.status, "
                       "(SELECT count(*) FROM stock_count_line WHERE count_id = c.id), "
                       "(SELECT count(*) FROM stock_count_line WHERE count_id = c.id AND counted_quantity IS NOT NULL "
                       " AND counted_quantity <> book_quantity), c.notes "
                       "FROM stock_count c JOIN stock_location l ON l.id = c.location_id LEFT JOIN goods_category g ON "
                       "g.id = c.category_id ORDER BY c.counted_on DESC, c.id DESC LIMIT ?"),
        { limit });
    if (!q)
        return q.error();
    QList<CountSummary> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), core::fromSqlDate(q->value(1).toString()), q->value(2).toString(),
            q->value(3).toString(), q->value(4).toString(), q->value(5).toInt(), q->value(6).toInt(), q->value(7).toString() });
    return list;
}

} // namespace StockQueries

} // namespace stock
