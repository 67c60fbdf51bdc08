#include "stock/domain/stocklists.h"

#include "core/db/textsearch.h"
#include "core/domain/dates.h"
#include "stock/domain/stockledger.h"

namespace stock {

namespace {

void addIf(QStringList &where, QVariantList &binds, const QVariant &value, const char *sql)
{
    if (!value.isValid())
        return;
    where << QLatin1String(sql);
    binds << value;
}

ListFilter joined(const QStringList &where, const QVariantList &binds)
{
    return { where.join(QStringLiteral(" AND ")), binds };
}

} // namespace

namespace ReceiptList {

ListSql sql()
{
    return { QStringLiteral("stock_receipt r"), QStringLiteral("r.id"),
        { QStringLiteral("r.received_on"), QStringLiteral("r.number"),
            QStringLiteral("(SELECT name FROM stock_donor WHERE id = r.donor_id)"), QStringLiteral("r.document_ref"),
            // Lines still standing: a cancelled receipt has none.
            QStringLiteral("(SELECT count(*) FROM stock_movement o WHERE o.ref_type = 'receipt' AND o.ref_id = r.id "
                           "AND o.kind = 'receipt' AND %1)")
                .arg(StockLedger::notReversed(QStringLiteral("o"))),
            QStringLiteral("(SELECT coalesce(sum(grams), 0) FROM stock_movement WHERE ref_type = 'receipt' AND ref_id = r.id "
                           "AND kind = 'receipt')"),
            QStringLiteral("r.operator") },
        { QStringLiteral("stock_receipt"), QStringLiteral("stock_movement") } };
}

ListFilter filter(const Filter &f)
{
    QStringList where { QStringLiteral("r.received_on BETWEEN ? AND ?") };
    QVariantList binds { core::toSqlDate(f.from), core::toSqlDate(f.to) };
    addIf(where, binds, f.donorId, "r.donor_id = ?");
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        where << QStringLiteral("(r.number LIKE ? ESCAPE '\\' OR r.document_ref LIKE ? ESCAPE '\\')");
        binds << core::likeContains(text) << core::likeContains(text);
    }
    return joined(where, binds);
}

} // namespace ReceiptList

namespace LedgerList {

ListSql sql()
{
    // Names come from scalar subqueries: SQLite evaluates them only for the
    // rows of the page, never for the rows an OFFSET skips.
    return { QStringLiteral("stock_movement m"), QStringLiteral("m.id"),
        { QStringLiteral("m.moved_on"), QStringLiteral("m.kind"),
            QStringLiteral("(SELECT name FROM stock_item WHERE id = m.item_id)"),
            QStringLiteral("(SELECT name FROM goods_category WHERE id = m.category_id)"),
            QStringLiteral("(SELECT lot_code FROM stock_lot WHERE id = m.lot_id)"),
            QStringLiteral("(SELECT name FROM stock_location WHERE id = m.location_id)"), QStringLiteral("m.quantity"),
            QStringLiteral("m.grams"), QStringLiteral("(SELECT name FROM stock_donor WHERE id = m.donor_id)"),
            QStringLiteral("m.reason"),
            QStringLiteral("CASE m.ref_type WHEN 'receipt' THEN (SELECT number FROM stock_receipt WHERE id = m.ref_id) "
                           "WHEN 'delivery' THEN (SELECT number FROM delivery WHERE id = m.ref_id) ELSE '' END"),
            QStringLiteral("m.operator"), QStringLiteral("m.reverses_id"),
            QStringLiteral("(SELECT unit FROM stock_item WHERE id = m.item_id)"), QStringLiteral("m.ref_type"),
            QStringLiteral("m.ref_id"), QStringLiteral("m.operation_id") },
        { QStringLiteral("stock_movement") } };
}

ListFilter filter(const Filter &f)
{
    QStringList where { QStringLiteral("m.moved_on BETWEEN ? AND ?") };
    QVariantList binds { core::toSqlDate(f.from), core::toSqlDate(f.to) };
    addIf(where, binds, f.categoryId, "m.category_id = ?");
    addIf(where, binds, f.itemId, "m.item_id = ?");
    addIf(where, binds, f.donorId, "m.donor_id = ?");
    addIf(where, binds, f.kind, "m.kind = ?");
    addIf(where, binds, f.locationId, "m.location_id = ?");
    return joined(where, binds);
}

} // namespace LedgerList

namespace LotList {

ListSql sql()
{
    return { QStringLiteral("stock_balance b JOIN stock_lot l ON l.id = b.lot_id JOIN stock_item i ON i.id = b.item_id "
                            "JOIN goods_category c ON c.id = i.category_id JOIN stock_location s ON s.id = b.location_id "
                            "LEFT JOIN stock_donor d ON d.id = l.donor_id"),
        QStringLiteral("printf('%d-%d', b.lot_id, b.location_id)"),
        { QStringLiteral("i.name"), QStringLiteral("c.name"), QStringLiteral("l.lot_code"), QStringLiteral("l.expiry_on"),
            QStringLiteral("l.received_on"), QStringLiteral("s.name"), QStringLiteral("coalesce(d.name, '')"),
            QStringLiteral("b.quantity"), QStringLiteral("b.grams"), QStringLiteral("i.unit") },
        { QStringLiteral("stock_movement"), QStringLiteral("stock_item"), QStringLiteral("stock_lot") } };
}

ListFilter filter(const Filter &f)
{
    QStringList where { QStringLiteral("b.quantity <> 0") };
    QVariantList binds;
    addIf(where, binds, f.locationId, "b.location_id = ?");
    addIf(where, binds, f.categoryId, "i.category_id = ?");
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        where << QStringLiteral("(i.name LIKE ? ESCAPE '\\' OR l.lot_code LIKE ? ESCAPE '\\' OR i.code LIKE ? ESCAPE '\\')");
        binds << core::likeContains(text) << core::likeContains(text) << core::likeContains(text);
    }
    if (f.expiringBy.isValid()) {
        where << QStringLiteral("l.expiry_on <= ?");
        binds << core::toSqlDate(f.expiringBy);
    }
    return joined(where, binds);
}

} // namespace LotList

} // namespace stock
