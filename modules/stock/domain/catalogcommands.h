#pragma once

#include "core/commands/command.h"
#include "stock/domain/stockcatalog.h"

#include <QCoreApplication>

namespace stock {

// The Magazzino's master-data commands (core/commands/command.h): items,
// goods categories, donors, locations, kit recipes and the warehouse
// settings, from the dialogs and the command line. Stock.edit.
//
// A save creates the row (id 0) or edits it. Undo never deletes: undo of an
// edit saves the previous values again through a new update, undo of a
// creation takes the row out of use (active = 0); Redo saves the new values
// again on the same row.
template <typename Row>
class SaveCatalogRow : public core::Command {
public:
    explicit SaveCatalogRow(Row row) : m_row(std::move(row)), m_creating(m_row.id == 0) { }

    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;

    // The id of the row created or edited.
    qint64 id() const { return m_id; }

protected:
    virtual core::Result<Row> load(StockCatalog &catalog, qint64 id) const = 0;
    virtual core::Result<qint64> save(StockCatalog &catalog, const Row &row) const = 0;
    // The pure rules, before the transaction.
    virtual core::Status validate(StockCatalog &catalog, const Row &row) const = 0;

    Row m_row;
    bool m_creating = true;

private:
    Row m_previous;
    bool m_applied = false;
    qint64 m_id = 0;
};

class SaveItem : public SaveCatalogRow<Item> {
    Q_DECLARE_TR_FUNCTIONS(stock::SaveItem)
public:
    using SaveCatalogRow::SaveCatalogRow;
    QString code() const override { return m_creating ? QStringLiteral("stock.item.add") : QStringLiteral("stock.item.edit"); }
    QString text() const override;

protected:
    core::Result<Item> load(StockCatalog &catalog, qint64 id) const override { return catalog.item(id); }
    core::Result<qint64> save(StockCatalog &catalog, const Item &row) const override { return catalog.saveItem(row); }
    core::Status validate(StockCatalog &catalog, const Item &row) const override;
};

class SaveCategory : public SaveCatalogRow<Category> {
    Q_DECLARE_TR_FUNCTIONS(stock::SaveCategory)
public:
    using SaveCatalogRow::SaveCatalogRow;
    QString code() const override
    {
        return m_creating ? QStringLiteral("stock.category.add") : QStringLiteral("stock.category.edit");
    }
    QString text() const override;

protected:
    core::Result<Category> load(StockCatalog &catalog, qint64 id) const override { return catalog.category(id); }
    core::Result<qint64> save(StockCatalog &catalog, const Category &row) const override { return catalog.saveCategory(row); }
    core::Status validate(StockCatalog &, const Category &row) const override { return StockCatalog::validateCategory(row); }
};

class SaveDonor : public SaveCatalogRow<Donor> {
    Q_DECLARE_TR_FUNCTIONS(stock::SaveDonor)
public:
    using SaveCatalogRow::SaveCatalogRow;
    QString code() const override { return m_creating ? QStringLiteral("stock.donor.add") : QStringLiteral("stock.donor.edit"); }
    QString text() const override;

protected:
    core::Result<Donor> load(StockCatalog &catalog, qint64 id) const override { return catalog.donor(id); }
    core::Result<qint64> save(StockCatalog &catalog, const Donor &row) const override { return catalog.saveDonor(row); }
    core::Status validate(StockCatalog &, const Donor &row) const override { return StockCatalog::validateDonor(row); }
};

class SaveLocation : public SaveCatalogRow<Location> {
    Q_DECLARE_TR_FUNCTIONS(stock::SaveLocation)
public:
    using SaveCatalogRow::SaveCatalogRow;
    QString code() const override
    {
        return m_creating ? QStringLiteral("stock.location.add") : QStringLiteral("stock.location.edit");
    }
    QString text() const override;

protected:
    core::Result<Location> load(StockCatalog &catalog, qint64 id) const override { return catalog.location(id); }
    core::Result<qint64> save(StockCatalog &catalog, const Location &row) const override { return catalog.saveLocation(row); }
    core::Status validate(StockCatalog &, const Location &row) const override { return StockCatalog::validateLocation(row); }
};

// Replaces the recipe of a kit. Undo saves the previous recipe again.
class SaveKitRecipe : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(stock::SaveKitRecipe)
public:
    SaveKitRecipe(qint64 kitItemId, QList<KitComponent> components)
        : m_kitItemId(kitItemId), m_components(std::move(components))
    {
    }

    QString code() const override { return QStringLiteral("stock.kit.recipe"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    qint64 m_kitItemId = 0;
    QList<KitComponent> m_components;
    QList<KitComponent> m_previous;
};

// The days before expiry that count as "expiring soon". Undo restores the
// previous value.
class SetExpiryWarningDays : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(stock::SetExpiryWarningDays)
public:
    explicit SetExpiryWarningDays(int days) : m_days(days) { }

    QString code() const override { return QStringLiteral("stock.setting.warning_days"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_days); }
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    int m_days = 0;
    int m_previous = 0;
};

} // namespace stock
