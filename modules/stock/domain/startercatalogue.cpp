#include "stock/domain/startercatalogue.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/csv.h"

#include <QSet>

namespace stock {

using core::Error;
using core::Result;
using core::Status;

namespace {

const QString starterCatalogueFile = QStringLiteral(":/stock/starter_catalogue.csv");

// What makes two items the same for the starter catalogue: the code or the
// name, as the UNIQUE NOCASE columns compare them (and a little more).
QString starterCodeKey(const QString &code)
{
    return QStringLiteral("c:") + code.trimmed().toCaseFolded();
}

QString starterNameKey(const QString &name)
{
    return QStringLiteral("n:") + name.simplified().toCaseFolded();
}

Result<QSet<QString>> existingItemKeys(const QSqlDatabase &db)
{
    auto q = core::runQuery(db, QStringLiteral("SELECT code, name FROM stock_item"));
    if (!q)
        return q.error();
    QSet<QString> keys;
    while (q->next()) {
        keys.insert(starterCodeKey(q->value(0).toString()));
        keys.insert(starterNameKey(q->value(1).toString()));
    }
    return keys;
}

bool starterItemPresent(const QSet<QString> &keys, const Item &item)
{
    return keys.contains(starterCodeKey(item.code)) || keys.contains(starterNameKey(item.name));
}

} // namespace

Result<QList<StarterItem>> starterCatalogue(const QSqlDatabase &db)
{
    auto table = core::readCsvFile(starterCatalogueFile, QLatin1Char(','));
    if (!table)
        return Error(QStringLiteral("stock.starter_unreadable"), { table.error().code });
    auto categories = StockCatalog(db).categories(false);
    if (!categories)
        return categories.error();
    QHash<QString, Category> byCode;
    for (const Category &c : *categories)
        byCode.insert(c.code, c);
    auto keys = existingItemKeys(db);
    if (!keys)
        return keys.error();
    const int code = table->column({ QStringLiteral("code") });
    const int name = table->column({ QStringLiteral("name") });
    const int category = table->column({ QStringLiteral("category") });
    const int unit = table->column({ QStringLiteral("unit") });
    const int grams = table->column({ QStringLiteral("grams_per_piece") });
    const int pieces = table->column({ QStringLiteral("pieces_per_package") });
    const int expiry = table->column({ QStringLiteral("tracks_expiry") });
    QList<StarterItem> list;
    for (const core::CsvRecord &r : table->records) {
        const QString categoryCode = r.fields.value(category);
        if (!byCode.contains(categoryCode))
            return Error(QStringLiteral("stock.unknown_category"), { categoryCode });
        StarterItem s;
        s.item.code = r.fields.value(code);
        s.item.name = r.fields.value(name);
        s.item.categoryId = byCode.value(categoryCode).id;
        s.item.unit = unitFromCode(r.fields.value(unit));
        s.item.gramsPerPiece = r.fields.value(grams).toLongLong();
        s.item.piecesPerPackage = r.fields.value(pieces).toLongLong();
        s.item.tracksExpiry = r.fields.value(expiry) != QLatin1String("0");
        s.categoryName = byCode.value(categoryCode).name;
        s.present = starterItemPresent(*keys, s.item);
        list.append(s);
    }
    return list;
}

Result<int> activeItemCount(const QSqlDatabase &db)
{
    auto n = core::queryValue(db, QStringLiteral("SELECT count(*) FROM stock_item WHERE active = 1"));
    if (!n)
        return n.error();
    return n->toInt();
}

QString CreateStarterItems::permission() const
{
    return core::Permission::StockEdit;
}

Status CreateStarterItems::check(const core::CommandContext &context) const
{
    if (m_items.isEmpty())
        return Error(QStringLiteral("stock.starter_empty"));
    StockCatalog catalog(context.db);
    for (const Item &item : m_items) {
        auto category = catalog.category(item.categoryId);
        if (!category)
            return category.error();
        if (auto s = StockCatalog::validateItem(item, category->kind); !s)
            return s;
    }
    return {};
}

Status CreateStarterItems::apply(const core::CommandContext &context)
{
    m_created.clear();
    m_present = 0;
    // Looked at again here, inside the transaction: what another person or
    // another run created since the list was shown is not duplicated.
    auto keys = existingItemKeys(context.db);
    if (!keys)
        return keys.error();
    StockCatalog catalog(context.db);
    for (Item item : m_items) {
        if (starterItemPresent(*keys, item)) {
            ++m_present;
            continue;
        }
        item.id = 0;
        auto id = catalog.saveItem(item);
        if (!id)
            return id.error();
        m_created.append(*id);
        keys->insert(starterCodeKey(item.code));
        keys->insert(starterNameKey(item.name));
    }
    return {};
}

QString CreateStarterItems::auditDetail() const
{
    return QStringLiteral("%1 created, %2 already present").arg(m_created.size()).arg(m_present);
}

QString CreateStarterItems::text() const
{
    return tr("starter catalogue");
}

} // namespace stock
