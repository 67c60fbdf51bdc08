#include "stock/domain/stockcatalog.h"

#include "core/auth/audittext.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stockledger.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace stock {

using core::Error;
using core::Result;
using core::Status;

namespace {

QVariant nullIfZero(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

// A UNIQUE constraint failure becomes a readable duplicate error.
Error uniqueError(const Error &e, const QString &name, const QString &code = {})
{
    const QString message = e.args.value(0);
    if (message.contains(QLatin1String("UNIQUE")) && message.contains(QLatin1String(".code")))
        return Error(QStringLiteral("stock.duplicate_code"), { code });
    if (message.contains(QLatin1String("UNIQUE")) && message.contains(QLatin1String(".name")))
        return Error(QStringLiteral("stock.duplicate_name"), { name });
    if (message.contains(QLatin1String("stock.item_locked")))
        return Error(QStringLiteral("stock.item_locked"), { name });
    return e;
}

} // namespace

Result<QList<Category>> StockCatalog::categories(bool activeOnly)
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT id, code, name, kind, active FROM goods_category %1 ORDER BY sort_order, name")
                                      .arg(activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Category> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                      q->value(4).toInt() != 0 });
    return list;
}

Result<Category> StockCatalog::category(qint64 id)
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT id, code, name, kind, active FROM goods_category WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_category"), { QString::number(id) });
    return Category{ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toInt() != 0 };
}

Status StockCatalog::validateCategory(const Category &c)
{
    if (c.code.trimmed().isEmpty())
        return Error(QStringLiteral("stock.empty_code"));
    if (c.name.trimmed().isEmpty())
        return Error(QStringLiteral("stock.empty_name"));
    if (!StockLabels::categoryKinds().contains(c.kind))
        return Error(QStringLiteral("stock.bad_category_kind"), { c.kind });
    return {};
}

Result<qint64> StockCatalog::saveCategory(const Category &input)
{
    if (auto s = validateCategory(input); !s)
        return s.error();
    Category c = input;
    c.code = c.code.trimmed().toUpper();
    c.name = c.name.simplified();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (c.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        c.id = *id;
        // New categories are listed after the reference ones.
        auto q = core::runQuery(m_db, QStringLiteral(
            "INSERT INTO goods_category(id, code, name, kind, active, sort_order) "
            "VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM goods_category))"),
            { c.id, c.code, c.name, c.kind, int(c.active) });
        if (!q)
            return uniqueError(q.error(), c.name, c.code);
    } else {
        auto q = core::runQuery(m_db, QStringLiteral("UPDATE goods_category SET code = ?, name = ?, kind = ?, active = ? WHERE id = ?"),
                                { c.code, c.name, c.kind, int(c.active), c.id });
        if (!q)
            return uniqueError(q.error(), c.name, c.code);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return c.id;
}

Result<QList<Item>> StockCatalog::items(bool activeOnly)
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM stock_item i JOIN goods_category c ON c.id = i.category_id %2 "
                                                 "ORDER BY c.sort_order, i.name")
                                      .arg(QLatin1String(itemColumns), activeOnly ? QStringLiteral("WHERE i.active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Item> list;
    while (q->next())
        list.append(readItem(*q));
    return list;
}

Result<Item> StockCatalog::item(qint64 id)
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM stock_item i WHERE i.id = ?").arg(QLatin1String(itemColumns)), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_item"), { QString::number(id) });
    return readItem(*q);
}

Result<Item> StockCatalog::itemByCode(const QString &code)
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM stock_item i WHERE i.code = ? COLLATE NOCASE").arg(QLatin1String(itemColumns)),
                            { code });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_item"), { code });
    return readItem(*q);
}

Status StockCatalog::validateItem(const Item &item, const QString &categoryKind)
{
    if (item.code.trimmed().isEmpty())
        return Error(QStringLiteral("stock.empty_code"));
    if (item.name.trimmed().isEmpty())
        return Error(QStringLiteral("stock.empty_name"));
    if (item.minLevel < 0)
        return Error(QStringLiteral("stock.bad_min_level"));
    if (item.unit == Unit::Grams && (item.gramsPerPiece || item.piecesPerPackage))
        return Error(QStringLiteral("stock.package_on_weight"));
    if (item.gramsPerPiece < 0 || item.piecesPerPackage < 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(std::min(item.gramsPerPiece, item.piecesPerPackage)) });
    // Food reports speak kg: food by the piece must say what a piece weighs.
    if (categoryKind == QLatin1String("food") && item.unit == Unit::Pieces && item.gramsPerPiece <= 0)
        return Error(QStringLiteral("stock.food_needs_weight"), { item.name.trimmed() });
    return {};
}

Result<qint64> StockCatalog::saveItem(const Item &input)
{
    auto category = this->category(input.categoryId);
    if (!category)
        return category.error();
    if (auto s = validateItem(input, category->kind); !s)
        return s.error();
    Item item = input;
    item.code = item.code.trimmed().toUpper();
    item.name = item.name.simplified();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (item.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        item.id = *id;
        auto q = core::runQuery(m_db, QStringLiteral(
            "INSERT INTO stock_item(id, code, name, category_id, unit, grams_per_piece, pieces_per_package, min_level, "
            "tracks_expiry, active, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { item.id, item.code, item.name, item.categoryId, unitCode(item.unit), nullIfZero(item.gramsPerPiece),
              nullIfZero(item.piecesPerPackage), item.minLevel, int(item.tracksExpiry), int(item.active), item.notes });
        if (!q)
            return uniqueError(q.error(), item.name, item.code);
    } else {
        auto q = core::runQuery(m_db, QStringLiteral(
            "UPDATE stock_item SET code = ?, name = ?, category_id = ?, unit = ?, grams_per_piece = ?, pieces_per_package = ?, "
            "min_level = ?, tracks_expiry = ?, active = ?, notes = ? WHERE id = ?"),
            { item.code, item.name, item.categoryId, unitCode(item.unit), nullIfZero(item.gramsPerPiece),
              nullIfZero(item.piecesPerPackage), item.minLevel, int(item.tracksExpiry), int(item.active), item.notes, item.id });
        if (!q)
            return uniqueError(q.error(), item.name, item.code);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return item.id;
}

static Location readLocation(const QSqlQuery &q)
{
    Location l;
    l.id = q.value(0).toLongLong();
    l.code = q.value(1).toString();
    l.name = q.value(2).toString();
    l.kind = locationKindFromCode(q.value(3).toString());
    l.comuneId = q.value(4).toInt();
    l.address = q.value(5).toString();
    l.isDefault = q.value(6).toInt() != 0;
    l.active = q.value(7).toInt() != 0;
    l.sortOrder = q.value(8).toInt();
    return l;
}

static const char locationSelect[] =
    "SELECT id, code, name, kind, comune_id, address, is_default, active, sort_order FROM stock_location ";

Result<QList<Location>> StockCatalog::locations(bool activeOnly)
{
    auto q = core::runQuery(m_db, QLatin1String(locationSelect) + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString())
                                      + QStringLiteral("ORDER BY sort_order, name"));
    if (!q)
        return q.error();
    QList<Location> list;
    while (q->next())
        list.append(readLocation(*q));
    return list;
}

Result<Location> StockCatalog::location(qint64 id)
{
    auto q = core::runQuery(m_db, QLatin1String(locationSelect) + QStringLiteral("WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_location"), { QString::number(id) });
    return readLocation(*q);
}

Result<qint64> StockCatalog::saveLocation(const Location &input)
{
    if (auto s = validateLocation(input); !s)
        return s.error();
    Location l = input;
    l.code = l.code.trimmed().toUpper();
    l.name = l.name.simplified();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (l.isDefault) {
        // One default location: the new default takes the place of the old one.
        if (auto q = core::runQuery(m_db, QStringLiteral("UPDATE stock_location SET is_default = 0 WHERE is_default = 1 AND id <> ?"), { l.id }); !q)
            return q.error();
    }
    const QVariantList values{ l.code, l.name, locationKindCode(l.kind), l.comuneId ? QVariant(l.comuneId) : QVariant(), l.address,
                               int(l.isDefault), int(l.active), l.sortOrder };
    if (l.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        l.id = *id;
        auto q = core::runQuery(m_db, QStringLiteral(
            "INSERT INTO stock_location(code, name, kind, comune_id, address, is_default, active, sort_order, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), values + QVariantList{ l.id });
        if (!q)
            return uniqueError(q.error(), l.name, l.code);
    } else {
        auto q = core::runQuery(m_db, QStringLiteral(
            "UPDATE stock_location SET code = ?, name = ?, kind = ?, comune_id = ?, address = ?, is_default = ?, active = ?, "
            "sort_order = ? WHERE id = ?"), values + QVariantList{ l.id });
        if (!q)
            return uniqueError(q.error(), l.name, l.code);
    }
    auto defaults = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM stock_location WHERE is_default = 1"));
    if (!defaults)
        return defaults.error();
    if (defaults->toInt() != 1)
        return Error(QStringLiteral("stock.default_inactive"));
    if (auto s = tx.commit(); !s)
        return s.error();
    return l.id;
}

Status StockCatalog::validateLocation(const Location &l)
{
    if (l.code.trimmed().isEmpty())
        return Error(QStringLiteral("stock.empty_code"));
    if (l.name.trimmed().isEmpty())
        return Error(QStringLiteral("stock.empty_name"));
    if (l.isDefault && !l.active)
        return Error(QStringLiteral("stock.default_inactive"));
    return {};
}

static Donor readDonor(const QSqlQuery &q)
{
    Donor d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.kind = donorKindFromCode(q.value(2).toString());
    d.taxCode = q.value(3).toString();
    d.address = q.value(4).toString();
    d.comuneId = q.value(5).toInt();
    d.contact = q.value(6).toString();
    d.phone = q.value(7).toString();
    d.email = q.value(8).toString();
    d.notes = q.value(9).toString();
    d.active = q.value(10).toInt() != 0;
    return d;
}

static const char donorSelect[] =
    "SELECT id, name, kind, tax_code, address, comune_id, contact, phone, email, notes, active FROM stock_donor ";

Result<QList<Donor>> StockCatalog::donors(bool activeOnly)
{
    auto q = core::runQuery(m_db, QLatin1String(donorSelect) + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString())
                                      + QStringLiteral("ORDER BY name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<Donor> list;
    while (q->next())
        list.append(readDonor(*q));
    return list;
}

Result<Donor> StockCatalog::donor(qint64 id)
{
    auto q = core::runQuery(m_db, QLatin1String(donorSelect) + QStringLiteral("WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_donor"), { QString::number(id) });
    return readDonor(*q);
}

Result<qint64> StockCatalog::saveDonor(const Donor &input)
{
    if (auto s = validateDonor(input); !s)
        return s.error();
    Donor d = input;
    d.name = d.name.simplified();
    d.email = d.email.trimmed();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const QVariantList values{ d.name, donorKindCode(d.kind), d.taxCode.trimmed(), d.address.trimmed(),
                               d.comuneId ? QVariant(d.comuneId) : QVariant(), d.contact.trimmed(), d.phone.trimmed(), d.email,
                               d.notes.trimmed(), int(d.active) };
    if (d.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        d.id = *id;
        auto q = core::runQuery(m_db, QStringLiteral(
            "INSERT INTO stock_donor(name, kind, tax_code, address, comune_id, contact, phone, email, notes, active, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), values + QVariantList{ d.id });
        if (!q)
            return uniqueError(q.error(), d.name);
    } else {
        auto q = core::runQuery(m_db, QStringLiteral(
            "UPDATE stock_donor SET name = ?, kind = ?, tax_code = ?, address = ?, comune_id = ?, contact = ?, phone = ?, "
            "email = ?, notes = ?, active = ? WHERE id = ?"), values + QVariantList{ d.id });
        if (!q)
            return uniqueError(q.error(), d.name);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return d.id;
}

Status StockCatalog::validateDonor(const Donor &d)
{
    if (d.name.simplified().isEmpty())
        return Error(QStringLiteral("stock.empty_name"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString e = d.email.trimmed();
    if (!e.isEmpty() && !email.match(e).hasMatch())
        return Error(QStringLiteral("stock.bad_email"), { e });
    return {};
}

Result<QList<KitComponent>> StockCatalog::kitRecipe(qint64 kitItemId)
{
    auto q = core::runQuery(m_db, QStringLiteral(
        "SELECT k.component_item_id, k.quantity FROM stock_kit_component k JOIN stock_item i ON i.id = k.component_item_id "
        "WHERE k.kit_item_id = ? ORDER BY i.name"), { kitItemId });
    if (!q)
        return q.error();
    QList<KitComponent> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong() });
    return list;
}

Status StockCatalog::saveKitRecipe(qint64 kitItemId, const QList<KitComponent> &components)
{
    auto kit = item(kitItemId);
    if (!kit)
        return kit.error();
    auto category = this->category(kit->categoryId);
    if (!category)
        return category.error();
    if (category->kind != QLatin1String("kit") || kit->unit != Unit::Pieces)
        return Error(QStringLiteral("stock.kit_not_kit"), { kit->name });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto q = core::runQuery(m_db, QStringLiteral("DELETE FROM stock_kit_component WHERE kit_item_id = ?"), { kitItemId }); !q)
        return q.error();
    for (const KitComponent &c : components) {
        if (c.quantity <= 0)
            return Error(QStringLiteral("stock.bad_quantity"), { QString::number(c.quantity) });
        auto component = item(c.componentItemId);
        if (!component)
            return component.error();
        if (c.componentItemId == kitItemId)
            return Error(QStringLiteral("stock.kit_component_loop"), { kit->name });
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        auto q = core::runQuery(m_db, QStringLiteral(
            "INSERT INTO stock_kit_component(id, kit_item_id, component_item_id, quantity) VALUES (?, ?, ?, ?)"),
            { *id, kitItemId, c.componentItemId, c.quantity });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<int> StockCatalog::expiryWarningDays()
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT value FROM stock_setting WHERE key = 'expiry_warning_days'"));
    if (!v)
        return v.error();
    bool ok = false;
    const int days = v->toString().toInt(&ok);
    return ok && days >= 0 ? days : 7;
}

Status StockCatalog::setExpiryWarningDays(int days)
{
    if (days < 0 || days > 365)
        return Error(QStringLiteral("stock.bad_warning_days"), { QString::number(days) });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(m_db, QStringLiteral("UPDATE stock_setting SET value = ? WHERE key = 'expiry_warning_days'"),
                            { QString::number(days) });
    if (!q)
        return q.error();
    return tx.commit();
}

namespace {
struct StockAuditNames {
    Q_DECLARE_TR_FUNCTIONS(stock::StockAuditNames)
};
} // namespace

void StockCatalog::declareAuditNames()
{
    using core::AuditText;
    for (const QString &table : { QStringLiteral("stock_item"), QStringLiteral("stock_donor"),
             QStringLiteral("stock_location"), QStringLiteral("goods_category") })
        AuditText::setRowQuery(table, QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table),
            [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("stock_receipt"),
        QStringLiteral("SELECT number FROM stock_receipt WHERE id = ?"), [] { return StockAuditNames::tr("receipt %1"); });
    AuditText::setRowQuery(QStringLiteral("stock_lot"),
        QStringLiteral("SELECT i.name, l.lot_code FROM stock_lot l JOIN stock_item i ON i.id = l.item_id WHERE l.id = ?"),
        [] { return StockAuditNames::tr("%1, lot %2"); });
    AuditText::setRowQuery(QStringLiteral("stock_movement"),
        QStringLiteral("SELECT i.name, strftime('%d/%m/%Y', m.moved_on) FROM stock_movement m JOIN stock_item i ON "
                       "i.id = m.item_id WHERE m.id = ?"),
        [] { return StockAuditNames::tr("%1, movement of %2"); });
    AuditText::setRowQuery(QStringLiteral("stock_count"),
        QStringLiteral("SELECT strftime('%d/%m/%Y', counted_on) FROM stock_count WHERE id = ?"),
        [] { return StockAuditNames::tr("stock count of %1"); });
    AuditText::setRowQuery(QStringLiteral("stock_count_line"),
        QStringLiteral("SELECT strftime('%d/%m/%Y', c.counted_on), i.name FROM stock_count_line x JOIN stock_count c ON "
                       "c.id = x.count_id JOIN stock_lot l ON l.id = x.lot_id JOIN stock_item i ON i.id = l.item_id "
                       "WHERE x.id = ?"),
        [] { return StockAuditNames::tr("stock count of %1: %2"); });
    AuditText::setRowQuery(QStringLiteral("stock_kit_component"),
        QStringLiteral("SELECT k.name, c.name FROM stock_kit_component x JOIN stock_item k ON k.id = x.kit_item_id "
                       "JOIN stock_item c ON c.id = x.component_item_id WHERE x.id = ?"),
        [] { return StockAuditNames::tr("kit %1: %2"); });
}

} // namespace stock
