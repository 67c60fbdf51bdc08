#pragma once

#include "core/domain/result.h"
#include "stock/domain/stocktypes.h"

#include <QSqlDatabase>

namespace stock {

struct Category {
    qint64 id = 0; // reference categories 1..n; new ones a global row id
    QString code;
    QString name;
    QString kind; // food, dpi, kit, other
    bool active = true;
};

// The warehouse's master data: items, locations, donors and kit recipes.
// Validates, then writes in one Transaction per call. Ids come from
// core::allocateRowId. GUI thread or any thread with its own connection.
//
// Error codes: stock.empty_name, stock.empty_code, stock.duplicate_name (name),
// stock.duplicate_code (code), stock.unknown_category (id), stock.food_needs_weight (name),
// stock.package_on_weight (), stock.bad_min_level (), stock.item_locked (name),
// stock.kit_not_kit (name), stock.kit_component_loop (name), stock.bad_quantity (q),
// stock.default_inactive (), stock.bad_email (text), stock.bad_category_kind (kind).
class StockCatalog {
public:
    // The audit log's names of the Magazzino rows ("Pasta, lotto L2104",
    // "carico 2021/0012"): registered with core::AuditText at start.
    static void declareAuditNames();

    explicit StockCatalog(const QSqlDatabase &db) : m_db(db) { }

    core::Result<QList<Category>> categories(bool activeOnly = true);
    core::Result<Category> category(qint64 id);
    // Inserts (id 0) or updates a goods category.
    core::Result<qint64> saveCategory(const Category &category);
    static core::Status validateCategory(const Category &category);

    core::Result<QList<Item>> items(bool activeOnly = false);
    core::Result<Item> item(qint64 id);
    core::Result<Item> itemByCode(const QString &code);
    // Inserts (id 0) or updates. Food by the piece needs a weight per piece.
    core::Result<qint64> saveItem(const Item &item);
    // Pure validation, also used by the item dialog before saving.
    static core::Status validateItem(const Item &item, const QString &categoryKind);

    core::Result<QList<Location>> locations(bool activeOnly = false);
    core::Result<Location> location(qint64 id);
    core::Result<qint64> saveLocation(const Location &location);
    static core::Status validateLocation(const Location &location);

    core::Result<QList<Donor>> donors(bool activeOnly = false);
    core::Result<Donor> donor(qint64 id);
    core::Result<qint64> saveDonor(const Donor &donor);
    static core::Status validateDonor(const Donor &donor);

    core::Result<QList<KitComponent>> kitRecipe(qint64 kitItemId);
    // Replaces the recipe of a kit item (an item of a 'kit' category).
    core::Status saveKitRecipe(qint64 kitItemId, const QList<KitComponent> &components);

    // Shared settings: days before expiry that count as "expiring soon".
    core::Result<int> expiryWarningDays();
    core::Status setExpiryWarningDays(int days);

private:
    QSqlDatabase m_db;
};

} // namespace stock
