#include "deliveries/domain/distributionqueries.h"

#include "deliveries/domain/listqueries.h"
#include "core/db/sql.h"

#include <QHash>

namespace deliveries {

using core::Result;

namespace {

QVariantList periodBinds(const core::DateRange &period)
{
    return { period.from.isValid() ? core::toSqlDate(period.from) : QStringLiteral("0000-01-01"),
        period.to.isValid() ? core::toSqlDate(period.to) : QStringLiteral("9999-12-31") };
}

QString goodsCondition(GoodsFilter goods)
{
    switch (goods) {
    case GoodsFilter::Food:
        return QStringLiteral(" AND g.kind = 'food'");
    case GoodsFilter::HealthGoods:
        return QStringLiteral(" AND g.kind IN ('dpi', 'kit')");
    case GoodsFilter::All:
        break;
    }
    return {};
}

// Delivered deliveries of the period and their lines; the partial index
// delivery_delivered serves the date range.
const char *const deliveredLines
    = "FROM delivery d JOIN delivery_line l ON l.delivery_id = d.id JOIN goods_category g ON g.id = l.category_id "
      "WHERE d.status = 'delivered' AND d.delivery_date BETWEEN ? AND ?";

QString summarySql(const QString &where, const QString &order)
{
    return QStringLiteral(
        "SELECT d.id, d.number, d.delivery_date, r.name, d.recipient_kind, d.comune_id, c.name, d.status, "
        "(SELECT coalesce(sum(grams), 0) FROM delivery_line WHERE delivery_id = d.id), "
        "(SELECT coalesce(sum(pieces), 0) FROM delivery_line WHERE delivery_id = d.id), "
        "%3, "
        "(SELECT group_concat(name, ', ') FROM (SELECT DISTINCT g.name FROM delivery_line x JOIN goods_category g ON "
        "g.id = x.category_id "
        "WHERE x.delivery_id = d.id ORDER BY g.sort_order)), d.vehicle, d.driver "
        "FROM delivery d JOIN delivery_recipient r ON r.id = d.recipient_id JOIN comune c ON c.id = d.comune_id WHERE "
        "%1 ORDER BY %2")
        .arg(where, order, packagesSql());
}

DeliverySummary readSummary(const QSqlQuery &q)
{
    DeliverySummary s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.date = core::fromSqlDate(q.value(2).toString());
    s.recipientName = q.value(3).toString();
    recipientKindFromCode(q.value(4).toString(), &s.recipientKind);
    s.comuneId = q.value(5).toInt();
    s.comuneName = q.value(6).toString();
    s.status = deliveryStatusFromCode(q.value(7).toString());
    s.grams = q.value(8).toLongLong();
    s.pieces = q.value(9).toLongLong();
    s.packages = q.value(10).toInt();
    s.goods = q.value(11).toString();
    s.vehicle = q.value(12).toString();
    s.driver = q.value(13).toString();
    return s;
}

} // namespace

namespace DistributionQueries {

Result<DeliveryFigures> figures(const QSqlDatabase &db, const QDate &today)
{
    DeliveryFigures f;
    auto day = core::runQuery(db,
        QStringLiteral("SELECT count(*), coalesce(sum(status = 'delivered'), 0), coalesce(sum(status = 'loaded'), 0) "
                       "FROM delivery "
                       "WHERE delivery_date = ? AND status NOT IN ('cancelled', 'returned')"),
        { core::toSqlDate(today) });
    if (!day)
        return day.error();
    if (day->next()) {
        f.today = day->value(0).toInt();
        f.deliveredToday = day->value(1).toInt();
        f.onTheRoad = day->value(2).toInt();
    }
    auto waiting
        = core::queryValue(db, QStringLiteral("SELECT count(*) FROM delivery_request WHERE status = 'received'"));
    if (!waiting)
        return waiting.error();
    f.waitingRequests = waiting->toInt();
    auto food = core::queryValue(db,
        QStringLiteral("SELECT coalesce(sum(l.grams), 0) %1%2")
            .arg(QLatin1String(deliveredLines), goodsCondition(GoodsFilter::Food)),
        periodBinds({ QDate(today.year(), 1, 1), today }));
    if (!food)
        return food.error();
    f.foodThisYear = food->toLongLong();
    return f;
}

Result<QList<CategoryDistribution>> byCategory(const QSqlDatabase &db, const core::DateRange &period)
{
    auto sums = core::runQuery(db,
        QStringLiteral("SELECT l.category_id, sum(l.grams), sum(l.pieces), count(DISTINCT d.id) %1 "
                       "GROUP BY l.category_id")
            .arg(QLatin1String(deliveredLines)),
        periodBinds(period));
    if (!sums)
        return sums.error();
    QHash<qint64, CategoryDistribution> byId;
    while (sums->next()) {
        CategoryDistribution c;
        c.grams = sums->value(1).toLongLong();
        c.pieces = sums->value(2).toLongLong();
        c.distributions = sums->value(3).toInt();
        byId.insert(sums->value(0).toLongLong(), c);
    }
    if (auto s = core::queryFinished(*sums); !s) // a sum beyond 64 bits in a later group
        return s.error();
    auto categories = core::runQuery(
        db, QStringLiteral("SELECT id, code, name, kind, active FROM goods_category ORDER BY sort_order, name"));
    if (!categories)
        return categories.error();
    QList<CategoryDistribution> list;
    while (categories->next()) {
        const qint64 id = categories->value(0).toLongLong();
        if (!categories->value(4).toBool() && !byId.contains(id))
            continue;
        CategoryDistribution c = byId.value(id);
        c.categoryId = id;
        c.code = categories->value(1).toString();
        c.name = categories->value(2).toString();
        c.kind = categories->value(3).toString();
        list.append(c);
    }
    return list;
}

Result<int> distributions(const QSqlDatabase &db, const core::DateRange &period, GoodsFilter goods)
{
    auto v = core::queryValue(db,
        QStringLiteral(
            "SELECT count(*) FROM delivery d WHERE d.status = 'delivered' AND d.delivery_date BETWEEN ? AND ? "
            "AND EXISTS (SELECT 1 FROM delivery_line l JOIN goods_category g ON g.id = l.category_id WHERE "
            "l.delivery_id = d.id%1)")
            .arg(goodsCondition(goods)),
        periodBinds(period));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QPair<int, int>> distributionsByKind(const QSqlDatabase &db, const core::DateRange &period)
{
    // One probe of the covering line index per delivery: cheaper than
    // count(DISTINCT) over every line.
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT coalesce(sum(EXISTS (SELECT 1 FROM delivery_line l JOIN goods_category g ON g.id = l.category_id "
            "WHERE l.delivery_id = d.id AND g.kind = 'food')), 0), "
            "coalesce(sum(EXISTS (SELECT 1 FROM delivery_line l JOIN goods_category g ON g.id = l.category_id "
            "WHERE l.delivery_id = d.id AND g.kind IN ('dpi', 'kit'))), 0) "
            "FROM delivery d WHERE d.status = 'delivered' AND d.delivery_date BETWEEN ? AND ?"),
        periodBinds(period));
    if (!q)
        return q.error();
    if (!q->next())
        return QPair<int, int>(0, 0);
    return QPair<int, int>(q->value(0).toInt(), q->value(1).toInt());
}

Result<QList<ComuneDistribution>> byComune(const QSqlDatabase &db, const core::DateRange &period, GoodsFilter goods)
{
    auto sums = core::runQuery(db,
        QStringLiteral("SELECT d.comune_id, sum(l.grams), sum(l.pieces), count(DISTINCT d.id) %1%2 "
                       "GROUP BY d.comune_id")
            .arg(QLatin1String(deliveredLines), goodsCondition(goods)),
        periodBinds(period));
    if (!sums)
        return sums.error();
    QHash<int, ComuneDistribution> byId;
    while (sums->next()) {
        ComuneDistribution c;
        c.comuneId = sums->value(0).toInt();
        c.grams = sums->value(1).toLongLong();
        c.pieces = sums->value(2).toLongLong();
        c.distributions = sums->value(3).toInt();
        byId.insert(c.comuneId, c);
    }
    if (auto s = core::queryFinished(*sums); !s) // a sum beyond 64 bits in a later group
        return s.error();
    auto comuni = core::runQuery(db,
        QStringLiteral(
            "SELECT c.id, c.istat_code, c.name, m.population FROM comune_cmm m JOIN comune c ON c.id = m.comune_id "
            "ORDER BY c.name COLLATE NOCASE"));
    if (!comuni)
        return comuni.error();
    QList<ComuneDistribution> list;
    while (comuni->next()) {
        const int id = comuni->value(0).toInt();
        ComuneDistribution c = byId.take(id);
        c.comuneId = id;
        c.istatCode = comuni->value(1).toString();
        c.name = comuni->value(2).toString();
        c.population = comuni->value(3).toLongLong();
        list.append(c);
    }
    QList<ComuneDistribution> outside = byId.values();
    for (ComuneDistribution &c : outside) {
        auto q = core::runQuery(db,
            QStringLiteral("SELECT istat_code, name, province, coalesce(population, 0) FROM comune WHERE id = ?"),
            { c.comuneId });
        if (!q)
            return q.error();
        if (q->next()) {
            c.istatCode = q->value(0).toString();
            c.name = QStringLiteral("%1 (%2)").arg(q->value(1).toString(), q->value(2).toString());
            c.population = q->value(3).toLongLong();
        }
        c.metropolitan = false;
    }
    std::sort(outside.begin(), outside.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    list += outside;
    return list;
}

Result<QList<core::sync::ComuneDistributions>> totalsByComune(const QSqlDatabase &db)
{
    auto deliveries = core::runQuery(db,
        QStringLiteral("SELECT comune_id, count(*), min(delivery_date), max(delivery_date) FROM delivery WHERE status "
                       "= 'delivered' "
                       "GROUP BY comune_id ORDER BY comune_id"));
    if (!deliveries)
        return deliveries.error();
    QList<core::sync::ComuneDistributions> list;
    QHash<int, int> index;
    while (deliveries->next()) {
        core::sync::ComuneDistributions t;
        t.comuneId = deliveries->value(0).toInt();
        t.distributions = deliveries->value(1).toLongLong();
        t.first = core::fromSqlDate(deliveries->value(2).toString());
        t.last = core::fromSqlDate(deliveries->value(3).toString());
        index.insert(t.comuneId, int(list.size()));
        list.append(t);
    }
    auto lines = core::runQuery(db,
        QStringLiteral("SELECT d.comune_id, l.category_id, sum(l.grams), sum(l.pieces) FROM delivery d JOIN "
                       "delivery_line l ON l.delivery_id = d.id "
                       "WHERE d.status = 'delivered' GROUP BY d.comune_id, l.category_id"));
    if (!lines)
        return lines.error();
    while (lines->next()) {
        const int i = index.value(lines->value(0).toInt(), -1);
        if (i >= 0)
            list[i].byCategory.insert(
                lines->value(1).toLongLong(), { lines->value(2).toLongLong(), lines->value(3).toLongLong() });
    }
    if (auto s = core::queryFinished(*lines); !s) // a sum beyond 64 bits in a later group
        return s.error();
    return list;
}

Result<QList<RecipientKindDistribution>> byRecipientKind(const QSqlDatabase &db, const core::DateRange &period)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT d.recipient_kind, count(DISTINCT d.recipient_id), count(DISTINCT d.id), "
                       "coalesce(sum(CASE WHEN g.kind = 'food' THEN l.grams END), 0), coalesce(sum(CASE WHEN g.kind = "
                       "'dpi' THEN l.pieces END), 0), "
                       "coalesce(sum(CASE WHEN g.kind = 'kit' THEN l.pieces END), 0) %1 GROUP BY d.recipient_kind")
            .arg(QLatin1String(deliveredLines)),
        periodBinds(period));
    if (!q)
        return q.error();
    QHash<QString, RecipientKindDistribution> byKind;
    while (q->next()) {
        RecipientKindDistribution k;
        k.recipients = q->value(1).toInt();
        k.deliveries = q->value(2).toInt();
        k.foodGrams = q->value(3).toLongLong();
        k.dpiPieces = q->value(4).toLongLong();
        k.kitPieces = q->value(5).toLongLong();
        byKind.insert(q->value(0).toString(), k);
    }
    if (auto s = core::queryFinished(*q); !s) // a sum beyond 64 bits in a later group
        return s.error();
    QList<RecipientKindDistribution> list;
    for (RecipientKind kind : allRecipientKinds()) {
        RecipientKindDistribution k = byKind.value(recipientKindCode(kind));
        k.kind = kind;
        list.append(k);
    }
    return list;
}

Result<QList<RecipientKindCategory>> byRecipientKindAndCategory(const QSqlDatabase &db, const core::DateRange &period)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT d.recipient_kind, g.name, g.kind, sum(l.grams), sum(l.pieces), count(DISTINCT d.id) %1 "
                       "GROUP BY d.recipient_kind, g.id ORDER BY g.sort_order")
            .arg(QLatin1String(deliveredLines)),
        periodBinds(period));
    if (!q)
        return q.error();
    QList<RecipientKindCategory> rows;
    while (q->next()) {
        RecipientKindCategory r;
        recipientKindFromCode(q->value(0).toString(), &r.kind);
        r.category = q->value(1).toString();
        r.categoryKind = q->value(2).toString();
        r.grams = q->value(3).toLongLong();
        r.pieces = q->value(4).toLongLong();
        r.deliveries = q->value(5).toInt();
        rows.append(r);
    }
    if (auto s = core::queryFinished(*q); !s) // a sum beyond 64 bits in a later group
        return s.error();
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return int(a.kind) < int(b.kind); });
    return rows;
}

Result<QList<DeliverySummary>> comuneDeliveries(const QSqlDatabase &db, int comuneId, const core::DateRange &period,
    bool deliveredOnly, GoodsFilter goods, int limit)
{
    QString where = QStringLiteral("d.comune_id = ? AND d.delivery_date BETWEEN ? AND ?");
    if (deliveredOnly)
        where += QStringLiteral(" AND d.status = 'delivered'");
    if (goods != GoodsFilter::All)
        where += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM delivery_line l JOIN goods_category g ON g.id = l.category_id "
            "WHERE l.delivery_id = d.id%1)")
                     .arg(goodsCondition(goods));
    QVariantList binds { comuneId };
    binds += periodBinds(period);
    binds.append(limit);
    auto q
        = core::runQuery(db, summarySql(where, QStringLiteral("d.delivery_date DESC, d.number DESC LIMIT ?")), binds);
    if (!q)
        return q.error();
    QList<DeliverySummary> list;
    while (q->next())
        list.append(readSummary(*q));
    if (auto s = core::queryFinished(*q); !s) // a sum beyond 64 bits in a later group
        return s.error();
    return list;
}

Result<QList<DeliverySummary>> deliveries(const QSqlDatabase &db, const core::DateRange &period)
{
    auto q = core::runQuery(db,
        summarySql(QStringLiteral("d.delivery_date BETWEEN ? AND ?"), QStringLiteral("d.delivery_date, d.number")),
        periodBinds(period));
    if (!q)
        return q.error();
    QList<DeliverySummary> list;
    while (q->next())
        list.append(readSummary(*q));
    if (auto s = core::queryFinished(*q); !s) // a sum beyond 64 bits in a later group
        return s.error();
    return list;
}

} // namespace DistributionQueries

} // namespace deliveries
