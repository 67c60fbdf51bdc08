#include "deliveries/domain/listqueries.h"

#include "core/auth/access.h"
#include "core/db/textsearch.h"
#include "core/domain/dates.h"
#include "deliveries/domain/deliveryrepository.h"

namespace deliveries {

QString packagesSql(const QString &d)
{
    return QStringLiteral("CASE WHEN %1.packages > 0 THEN %1.packages ELSE (SELECT coalesce(sum(packages), 0) FROM "
                          "delivery_line WHERE delivery_id = %1.id) END")
        .arg(d);
}

// --- deliveries ---------------------------------------------------------------

QString DeliveryListQuery::from()
{
    return QStringLiteral(
        "delivery d JOIN delivery_recipient r ON r.id = d.recipient_id JOIN comune c ON c.id = d.comune_id");
}

QStringList DeliveryListQuery::columns()
{
    return {
        QStringLiteral("d.delivery_date"),
        QStringLiteral("d.delivery_time"),
        QStringLiteral("d.number"),
        QStringLiteral("r.name"),
        QStringLiteral("d.recipient_kind"),
        QStringLiteral("c.name"),
        QStringLiteral("d.status"),
        QStringLiteral(
            "(SELECT group_concat(name, ', ') FROM (SELECT DISTINCT g.name FROM delivery_line x "
            "JOIN goods_category g ON g.id = x.category_id WHERE x.delivery_id = d.id ORDER BY g.sort_order))"),
        QStringLiteral("(SELECT sum(grams) FROM delivery_line WHERE delivery_id = d.id)"),
        packagesSql(),
        QStringLiteral("d.vehicle"),
        QStringLiteral("d.driver"),
        QStringLiteral("d.status"),
    };
}

ListFilter DeliveryListQuery::where(const Filter &f)
{
    QStringList where { QStringLiteral("d.delivery_date BETWEEN ? AND ?") };
    QVariantList binds { core::toSqlDate(f.from), core::toSqlDate(f.to) };
    if (!f.status.isEmpty()) {
        where.append(QStringLiteral("d.status = ?"));
        binds << f.status;
    }
    if (!f.kind.isEmpty()) {
        where.append(QStringLiteral("d.recipient_kind = ?"));
        binds << f.kind;
    }
    if (f.comuneId) {
        where.append(QStringLiteral("d.comune_id = ?"));
        binds << f.comuneId;
    }
    if (!f.text.trimmed().isEmpty()) {
        where.append(
            QStringLiteral("(d.number LIKE ? ESCAPE '\\' OR r.name LIKE ? ESCAPE '\\' OR d.vehicle LIKE ? ESCAPE '\\' "
                           "OR d.driver LIKE ? ESCAPE '\\')"));
        const QString like = core::likeContains(f.text.trimmed());
        binds << like << like << like << like;
    }
    return { where.join(QStringLiteral(" AND ")), binds };
}

// --- requests -----------------------------------------------------------------

QString RequestListQuery::from()
{
    return QStringLiteral("delivery_request q JOIN delivery_recipient r ON r.id = q.recipient_id "
                          "JOIN comune c ON c.id = r.comune_id");
}

QStringList RequestListQuery::columns()
{
    return {
        QStringLiteral("q.number"),
        QStringLiteral("q.requested_on"),
        QStringLiteral("r.name"),
        QStringLiteral("c.name"),
        QStringLiteral(
            "(SELECT group_concat(coalesce(i.name, g.name) || ' ' || CASE WHEN i.unit = 'pcs' THEN l.quantity || ' "
            "pz' ELSE (l.quantity / 1000) || ' kg' END, ', ') FROM delivery_request_line l "
            "LEFT JOIN goods_category g ON g.id = l.category_id LEFT JOIN stock_item i ON i.id = l.item_id "
            "WHERE l.request_id = q.id)"),
        QStringLiteral("q.status"),
        QStringLiteral("q.source"),
        QStringLiteral("q.needed_by"),
        QStringLiteral("CASE WHEN q.status = 'cancelled' THEN q.cancel_reason ELSE q.notes END"),
        QStringLiteral("q.status"),
    };
}

ListFilter RequestListQuery::where(const Filter &f)
{
    QStringList where { QStringLiteral("q.requested_on BETWEEN ? AND ?") };
    QVariantList binds { core::toSqlDate(f.from), core::toSqlDate(f.to) };
    if (!f.status.isEmpty()) {
        where.append(QStringLiteral("q.status = ?"));
        binds << f.status;
    }
    if (!f.text.trimmed().isEmpty()) {
        where.append(
            QStringLiteral("(q.number LIKE ? ESCAPE '\\' OR r.name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')"));
        const QString like = core::likeContains(f.text.trimmed());
        binds << like << like << like;
    }
    return { where.join(QStringLiteral(" AND ")), binds };
}

// --- recipients -----------------------------------------------------------------

QString RecipientListQuery::from()
{
    return QStringLiteral("delivery_recipient r JOIN comune c ON c.id = r.comune_id "
                          "LEFT JOIN comune_cmm m ON m.comune_id = r.comune_id");
}

QStringList RecipientListQuery::columns()
{
    // A COC's address and contacts are its comune's.
    return {
        QStringLiteral("r.kind"),
        QStringLiteral("r.name"),
        QStringLiteral("c.name"),
        QStringLiteral("CASE WHEN r.kind = 'coc' THEN m.coc_address ELSE r.address END"),
        QStringLiteral("CASE WHEN r.kind = 'coc' THEN m.coc_contact ELSE r.contact END"),
        QStringLiteral("CASE WHEN r.kind = 'coc' THEN m.coc_phone ELSE r.phone END"),
        QStringLiteral("CASE WHEN r.kind = 'coc' THEN m.coc_email ELSE r.email END"),
        QStringLiteral("r.active"),
    };
}

ListFilter RecipientListQuery::where(const Filter &f)
{
    QStringList where;
    QVariantList binds;
    if (!f.kind.isEmpty()) {
        where.append(QStringLiteral("r.kind = ?"));
        binds << f.kind;
    }
    if (!f.withInactive)
        where.append(QStringLiteral("r.active = 1"));
    if (!f.text.trimmed().isEmpty()) {
        where.append(QStringLiteral("(r.name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')"));
        const QString like = core::likeContains(f.text.trimmed());
        binds << like << like;
    }
    return { where.join(QStringLiteral(" AND ")), binds };
}

// --- allocations --------------------------------------------------------------

QStringList AllocationListQuery::columns()
{
    return {
        QStringLiteral("a.allocated_on"),
        QStringLiteral("a.weighting"),
        QStringLiteral("a.unmet"),
        QStringLiteral("(SELECT count(DISTINCT l.request_line_id) FROM delivery_allocation_line l WHERE "
                       "l.allocation_id = a.id)"),
        QStringLiteral("(SELECT group_concat(coalesce(i.name, g.name) || ' ' || (p.allocated / p.unit) || '/' || "
                       "(p.requested / p.unit), ', ') "
                       "FROM delivery_allocation_pool p LEFT JOIN goods_category g ON g.id = p.category_id "
                       "LEFT JOIN stock_item i ON i.id = p.item_id WHERE p.allocation_id = a.id)"),
        QStringLiteral("a.operator"),
        QStringLiteral("a.notes"),
    };
}

core::Result<Delivery> readDelivery(const QSqlDatabase &db, qint64 id)
{
    if (auto s = core::Access::require(db, core::Permission::DeliveriesView); !s)
        return s.error();
    return DeliveryRepository(db).delivery(id);
}

} // namespace deliveries
