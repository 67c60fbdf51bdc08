#include "deliveries/domain/lookups.h"

#include "core/db/sql.h"

namespace deliveries {

namespace Lookups {

core::Result<QList<GoodsChoice>> goods(const QSqlDatabase &db)
{
    QList<GoodsChoice> list;
    auto categories = core::runQuery(
        db, QStringLiteral("SELECT id, name, kind FROM goods_category WHERE active = 1 ORDER BY sort_order, name"));
    if (!categories)
        return categories.error();
    while (categories->next())
        list.append({ QStringLiteral("c%1").arg(categories->value(0).toLongLong()), categories->value(1).toString(),
            categories->value(2).toString(), true, false });
    auto items = core::runQuery(db,
        QStringLiteral("SELECT i.id, i.name, c.kind, i.unit FROM stock_item i JOIN goods_category c ON c.id = "
                       "i.category_id WHERE i.active = 1 "
                       "ORDER BY c.sort_order, i.name"));
    if (!items)
        return items.error();
    while (items->next())
        list.append({ QStringLiteral("i%1").arg(items->value(0).toLongLong()), items->value(1).toString(),
            items->value(2).toString(), false, items->value(3).toString() == QLatin1String("pcs") });
    return list;
}

core::Result<int> requestsWithoutDelivery(const QSqlDatabase &db, qint64 allocationId)
{
    auto v = core::queryValue(db,
        QStringLiteral("SELECT count(DISTINCT r.id) FROM delivery_allocation_line a JOIN delivery_request_line l ON "
                       "l.id = a.request_line_id "
                       "JOIN delivery_request r ON r.id = l.request_id WHERE a.allocation_id = ? AND a.allocated > 0 "
                       "AND r.status = 'allocated' "
                       "AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.request_id = r.id AND d.status NOT IN "
                       "('cancelled', 'returned'))"),
        { allocationId });
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace Lookups

} // namespace deliveries
