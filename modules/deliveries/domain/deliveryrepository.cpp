#include "deliveries/domain/deliveryrepository.h"

#include "core/auth/audittext.h"

#include <QCoreApplication>

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "deliveries/domain/recipientrepository.h"

#include <QHash>

namespace deliveries {

using core::Error;
using core::Result;

namespace {

const char *const deliveryColumns = "d.id, d.number, d.recipient_id, d.comune_id, d.recipient_kind, "
                                    "coalesce(d.request_id, 0), coalesce(d.allocation_id, 0), "
                                    "d.location_id, d.delivery_date, d.delivery_time, d.vehicle, d.driver, "
                                    "d.organisation, d.transport_reason, d.packages, "
                                    "d.status, d.origin, d.issued_on, d.delivered_at, d.signed_by, d.returned_on, "
                                    "d.status_reason, d.notes, d.operator, "
                                    "coalesce(q.number, ''), coalesce(s.name, '')";
constexpr int deliveryColumnCount = 26;

Delivery readDelivery(const QSqlQuery &q)
{
    Delivery d;
    d.id = q.value(0).toLongLong();
    d.number = q.value(1).toString();
    d.recipientId = q.value(2).toLongLong();
    d.comuneId = q.value(3).toInt();
    recipientKindFromCode(q.value(4).toString(), &d.recipientKind);
    d.requestId = q.value(5).toLongLong();
    d.allocationId = q.value(6).toLongLong();
    d.locationId = q.value(7).toLongLong();
    d.date = core::fromSqlDate(q.value(8).toString());
    const QString time = q.value(9).toString();
    if (!time.isEmpty())
        d.time = QTime::fromString(time, QStringLiteral("HH:mm"));
    d.vehicle = q.value(10).toString();
    d.driver = q.value(11).toString();
    d.organisation = q.value(12).toString();
    d.reason = transportReasonFromCode(q.value(13).toString());
    d.packages = q.value(14).toInt();
    d.status = deliveryStatusFromCode(q.value(15).toString());
    d.origin = deliveryOriginFromCode(q.value(16).toString());
    d.issuedOn = core::fromSqlDate(q.value(17).toString());
    if (!q.value(18).isNull())
        d.deliveredAt = QDateTime::fromMSecsSinceEpoch(q.value(18).toLongLong());
    d.signedBy = q.value(19).toString();
    d.returnedOn = core::fromSqlDate(q.value(20).toString());
    d.statusReason = q.value(21).toString();
    d.notes = q.value(22).toString();
    d.operatorName = q.value(23).toString();
    d.requestNumber = q.value(24).toString();
    d.locationName = q.value(25).toString();
    d.recipient = RecipientRepository::read(q, deliveryColumnCount);
    return d;
}

QString selectDeliveries()
{
    return QStringLiteral(
        "SELECT %1, %2 FROM delivery d JOIN delivery_recipient r ON r.id = d.recipient_id%3 "
        "LEFT JOIN delivery_request q ON q.id = d.request_id LEFT JOIN stock_location s ON s.id = d.location_id")
        .arg(QLatin1String(deliveryColumns), RecipientRepository::columnsSql(), RecipientRepository::joinsSql());
}

} // namespace

Result<qint64> DeliveryRepository::idOf(const QString &idOrNumber) const
{
    const QString text = idOrNumber.trimmed();
    auto id = core::queryValue(m_db,
        QStringLiteral("SELECT id FROM delivery WHERE number = ? OR (id = ? AND ? NOT GLOB '*[^0-9]*')"),
        { text, text.toLongLong(), text });
    if (!id)
        return id.error();
    if (!id->isValid() || text.isEmpty())
        return Error(QStringLiteral("deliveries.unknown_delivery"), { text });
    return id->toLongLong();
}

Result<Delivery> DeliveryRepository::delivery(qint64 id, bool withHistory) const
{
    auto q = core::runQuery(m_db, selectDeliveries() + QStringLiteral(" WHERE d.id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("deliveries.unknown_delivery"), { QString::number(id) });
    Delivery d = readDelivery(*q);
    if (auto s = readLines(d); !s)
        return s.error();
    if (!withHistory)
        return d;
    auto events = core::runQuery(m_db,
        QStringLiteral("SELECT event, happened_at, note, operator FROM delivery_event WHERE delivery_id = ? ORDER BY "
                       "happened_at, id"),
        { id });
    if (!events)
        return events.error();
    while (events->next())
        d.events.append({ events->value(0).toString(), QDateTime::fromMSecsSinceEpoch(events->value(1).toLongLong()),
            events->value(2).toString(), events->value(3).toString() });
    return d;
}

Result<QList<Delivery>> DeliveryRepository::deliveriesOn(const QDate &date, bool includeReturned) const
{
    auto q = core::runQuery(m_db,
        selectDeliveries()
            + QStringLiteral(" WHERE d.delivery_date = ? AND d.status <> 'cancelled'%1 "
                             "ORDER BY d.delivery_time, d.number")
                  .arg(includeReturned ? QString() : QStringLiteral(" AND d.status <> 'returned'")),
        { core::toSqlDate(date) });
    if (!q)
        return q.error();
    QList<Delivery> list;
    while (q->next())
        list.append(readDelivery(*q));
    for (Delivery &d : list)
        if (auto s = readLines(d); !s)
            return s.error();
    return list;
}

core::Status DeliveryRepository::readLines(Delivery &d) const
{
    auto lines = core::runQuery(m_db,
        QStringLiteral(
            "SELECT l.id, l.line_no, l.category_id, coalesce(l.item_id, 0), l.quantity, l.packages, l.grams, l.pieces, "
            "coalesce(l.request_line_id, 0), l.description, c.name, c.kind, coalesce(i.name, ''), coalesce(i.unit = "
            "'pcs', 0) "
            "FROM delivery_line l JOIN goods_category c ON c.id = l.category_id LEFT JOIN stock_item i ON i.id = "
            "l.item_id "
            "WHERE l.delivery_id = ? ORDER BY l.line_no"),
        { d.id });
    if (!lines)
        return lines.error();
    QHash<qint64, int> index;
    while (lines->next()) {
        DeliveryLine l;
        l.id = lines->value(0).toLongLong();
        l.lineNo = lines->value(1).toInt();
        l.categoryId = lines->value(2).toLongLong();
        l.itemId = lines->value(3).toLongLong();
        l.quantity = lines->value(4).toLongLong();
        l.packages = lines->value(5).toInt();
        l.grams = lines->value(6).toLongLong();
        l.pieces = lines->value(7).toLongLong();
        l.requestLineId = lines->value(8).toLongLong();
        l.description = lines->value(9).toString();
        l.categoryName = lines->value(10).toString();
        l.categoryKind = lines->value(11).toString();
        l.itemName = lines->value(12).toString();
        l.byPiece = lines->value(13).toBool();
        index.insert(l.id, int(d.lines.size()));
        d.lines.append(l);
    }
    auto lots = core::runQuery(m_db,
        QStringLiteral(
            "SELECT x.line_id, x.movement_id, x.lot_id, x.item_id, i.name, l.lot_code, l.expiry_on, x.quantity, "
            "x.grams, x.kind, i.unit = 'pcs' "
            "FROM delivery_line_lot x JOIN stock_item i ON i.id = x.item_id JOIN stock_lot l ON l.id = x.lot_id "
            // Goods a merge counted once (deliverymerge.h: a second load or
            // return, reversed) are not the delivery's.
            "WHERE x.delivery_id = ? AND NOT EXISTS (SELECT 1 FROM stock_movement r WHERE r.reverses_id = x.movement_id) "
            "ORDER BY x.id"),
        { d.id });
    if (!lots)
        return lots.error();
    while (lots->next()) {
        LineLot lot;
        lot.movementId = lots->value(1).toLongLong();
        lot.lotId = lots->value(2).toLongLong();
        lot.itemId = lots->value(3).toLongLong();
        lot.itemName = lots->value(4).toString();
        lot.lotCode = lots->value(5).toString();
        lot.expiry = core::fromSqlDate(lots->value(6).toString());
        lot.quantity = lots->value(7).toLongLong();
        lot.grams = lots->value(8).toLongLong();
        lot.isReturn = lots->value(9).toString() == QLatin1String("return");
        lot.byPiece = lots->value(10).toBool();
        const int i = index.value(lots->value(0).toLongLong(), -1);
        if (i >= 0)
            d.lines[i].lots.append(lot);
    }
    return {};
}

Result<QStringList> DeliveryRepository::usedValues(const QString &column) const
{
    static const QStringList allowed
        = { QStringLiteral("vehicle"), QStringLiteral("driver"), QStringLiteral("organisation") };
    if (!allowed.contains(column))
        return QStringList();
    // The most recent deliveries are enough to learn the usual names.
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT DISTINCT %1 FROM (SELECT %1 FROM delivery ORDER BY delivery_date DESC LIMIT 2000) "
                       "WHERE %1 <> '' ORDER BY %1 COLLATE NOCASE")
            .arg(column));
    if (!q)
        return q.error();
    QStringList values;
    while (q->next())
        values.append(q->value(0).toString());
    return values;
}

namespace {
struct DeliveryAuditNames {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveryAuditNames)
};
} // namespace

void DeliveryRepository::declareAuditNames()
{
    using core::AuditText;
    AuditText::setRowQuery(QStringLiteral("delivery"),
        QStringLiteral("SELECT d.number, r.name FROM delivery d JOIN delivery_recipient r ON r.id = d.recipient_id "
                       "WHERE d.id = ?"),
        [] { return DeliveryAuditNames::tr("delivery note %1 to %2"); });
    AuditText::setRowQuery(QStringLiteral("delivery_line"),
        QStringLiteral("SELECT d.number, l.line_no FROM delivery_line l JOIN delivery d ON d.id = l.delivery_id "
                       "WHERE l.id = ?"),
        [] { return DeliveryAuditNames::tr("delivery note %1, line %2"); });
    AuditText::setRowQuery(QStringLiteral("delivery_line_lot"),
        QStringLiteral("SELECT d.number, l.line_no, t.lot_code FROM delivery_line_lot x JOIN delivery_line l ON l.id = "
                       "x.line_id JOIN delivery d ON d.id = x.delivery_id JOIN stock_lot t ON t.id = x.lot_id "
                       "WHERE x.id = ?"),
        [] { return DeliveryAuditNames::tr("delivery note %1, line %2, lot %3"); });
    AuditText::setRowQuery(QStringLiteral("delivery_event"),
        QStringLiteral("SELECT d.number FROM delivery_event e JOIN delivery d ON d.id = e.delivery_id WHERE e.id = ?"),
        [] { return DeliveryAuditNames::tr("delivery note %1"); });
    AuditText::setRowQuery(QStringLiteral("delivery_request"),
        QStringLiteral("SELECT q.number, r.name FROM delivery_request q JOIN delivery_recipient r ON r.id = "
                       "q.recipient_id WHERE q.id = ?"),
        [] { return DeliveryAuditNames::tr("request %1 of %2"); });
    AuditText::setRowQuery(QStringLiteral("delivery_request_line"),
        QStringLiteral("SELECT q.number, r.name FROM delivery_request_line l JOIN delivery_request q ON q.id = "
                       "l.request_id JOIN delivery_recipient r ON r.id = q.recipient_id WHERE l.id = ?"),
        [] { return DeliveryAuditNames::tr("request %1 of %2"); });
    AuditText::setRowQuery(QStringLiteral("delivery_allocation"),
        QStringLiteral("SELECT strftime('%d/%m/%Y', allocated_on) FROM delivery_allocation WHERE id = ?"),
        [] { return DeliveryAuditNames::tr("allocation of %1"); });
    for (const QString &table : { QStringLiteral("delivery_allocation_line"), QStringLiteral("delivery_allocation_pool") })
        AuditText::setRowQuery(table,
            QStringLiteral("SELECT strftime('%d/%m/%Y', a.allocated_on) FROM %1 l JOIN delivery_allocation a ON a.id = "
                           "l.allocation_id WHERE l.id = ?")
                .arg(table),
            [] { return DeliveryAuditNames::tr("allocation of %1"); });
    AuditText::setRowQuery(QStringLiteral("delivery_recipient"),
        QStringLiteral("SELECT name FROM delivery_recipient WHERE id = ?"), [] { return QStringLiteral("%1"); });
}

} // namespace deliveries
