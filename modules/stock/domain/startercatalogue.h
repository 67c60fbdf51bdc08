#pragma once

#include "core/commands/command.h"
#include "stock/domain/stockcatalog.h"

#include <QCoreApplication>

namespace stock {

// One item of the starter catalogue that ships with the program
// (resources/starter/starter_catalogue.csv, :/stock/starter_catalogue.csv):
// the usual goods of the six food categories and the common DPI and kits,
// proposed to a new room by the first-start guide.
struct StarterItem {
    Item item; // categoryId resolved from the category code; id 0
    QString categoryName;
    // Already in the catalogue: an item with the same code or name exists
    // (active or not). Never created again.
    bool present = false;
};

// The starter catalogue, each item marked present or not in this database.
// stock.starter_unreadable when the shipped file cannot be read,
// stock.unknown_category (code) when a category is missing.
core::Result<QList<StarterItem>> starterCatalogue(const QSqlDatabase &db);

// How many active items the catalogue has (the first-start guide's state).
core::Result<int> activeItemCount(const QSqlDatabase &db);

// Creates the chosen items of the starter catalogue in one run (one
// transaction, one audit entry), Permission::StockEdit. Items already in
// the catalogue (same code or name, checked again when it runs) are left
// as they are: running it twice adds nothing. Not undoable: a wrong item
// is taken out of use in the Magazzino like any other.
class CreateStarterItems : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(stock::CreateStarterItems)
public:
    explicit CreateStarterItems(QList<Item> items) : m_items(std::move(items)) { }

    QString code() const override { return QStringLiteral("stock.catalogue.starter"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;

    // The ids of the items created, and how many were already there.
    const QList<qint64> &createdIds() const { return m_created; }
    int alreadyPresent() const { return m_present; }

private:
    QList<Item> m_items;
    QList<qint64> m_created;
    int m_present = 0;
};

} // namespace stock
