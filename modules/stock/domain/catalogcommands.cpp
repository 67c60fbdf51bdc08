#include "stock/domain/catalogcommands.h"

#include "core/auth/permissions.h"

namespace stock {

using core::Error;
using core::Status;

template <typename Row>
QString SaveCatalogRow<Row>::permission() const
{
    return core::Permission::StockEdit;
}

template <typename Row>
Status SaveCatalogRow<Row>::check(const core::CommandContext &context) const
{
    StockCatalog catalog(context.db);
    if (!m_creating)
        if (auto found = load(catalog, m_row.id); !found)
            return found.error();
    return validate(catalog, m_row);
}

template <typename Row>
Status SaveCatalogRow<Row>::apply(const core::CommandContext &context)
{
    StockCatalog catalog(context.db);
    if (!m_creating && !m_applied) { // what Undo will put back
        auto previous = load(catalog, m_row.id);
        if (!previous)
            return previous.error();
        m_previous = *previous;
    }
    Row row = m_row;
    if (m_creating)
        row.id = m_id; // Redo of a creation saves the row it made
    auto id = save(catalog, row);
    if (!id)
        return id.error();
    m_id = *id;
    m_applied = true;
    return {};
}

template <typename Row>
Status SaveCatalogRow<Row>::revert(const core::CommandContext &context)
{
    StockCatalog catalog(context.db);
    Row row = m_previous;
    if (m_creating) {
        auto current = load(catalog, m_id);
        if (!current)
            return current.error();
        row = *current;
        row.active = false;
    }
    auto id = save(catalog, row);
    return id ? Status() : Status(id.error());
}

template class SaveCatalogRow<Item>;
template class SaveCatalogRow<Category>;
template class SaveCatalogRow<Donor>;
template class SaveCatalogRow<Location>;

Status SaveItem::validate(StockCatalog &catalog, const Item &row) const
{
    auto category = catalog.category(row.categoryId);
    if (!category)
        return category.error();
    return StockCatalog::validateItem(row, category->kind);
}

QString SaveItem::text() const
{
    return m_creating ? tr("new item %1").arg(m_row.name.simplified()) : tr("changes to item %1").arg(m_row.name.simplified());
}

QString SaveCategory::text() const
{
    return m_creating ? tr("new category %1").arg(m_row.name.simplified())
                      : tr("changes to category %1").arg(m_row.name.simplified());
}

QString SaveDonor::text() const
{
    return m_creating ? tr("new donor %1").arg(m_row.name.simplified()) : tr("changes to donor %1").arg(m_row.name.simplified());
}

QString SaveLocation::text() const
{
    return m_creating ? tr("new location %1").arg(m_row.name.simplified())
                      : tr("changes to location %1").arg(m_row.name.simplified());
}

QString SaveKitRecipe::permission() const
{
    return core::Permission::StockEdit;
}

Status SaveKitRecipe::apply(const core::CommandContext &context)
{
    StockCatalog catalog(context.db);
    auto previous = catalog.kitRecipe(m_kitItemId);
    if (!previous)
        return previous.error();
    m_previous = *previous;
    return catalog.saveKitRecipe(m_kitItemId, m_components);
}

QString SaveKitRecipe::auditDetail() const
{
    return QStringLiteral("kit %1 (%2 components)").arg(m_kitItemId).arg(m_components.size());
}

Status SaveKitRecipe::revert(const core::CommandContext &context)
{
    return StockCatalog(context.db).saveKitRecipe(m_kitItemId, m_previous);
}

QString SaveKitRecipe::text() const
{
    return tr("kit recipe");
}

QString SetExpiryWarningDays::permission() const
{
    return core::Permission::StockEdit;
}

Status SetExpiryWarningDays::check(const core::CommandContext &) const
{
    if (m_days < 0 || m_days > 365)
        return Error(QStringLiteral("stock.bad_warning_days"), { QString::number(m_days) });
    return {};
}

Status SetExpiryWarningDays::apply(const core::CommandContext &context)
{
    StockCatalog catalog(context.db);
    auto previous = catalog.expiryWarningDays();
    if (!previous)
        return previous.error();
    m_previous = *previous;
    return catalog.setExpiryWarningDays(m_days);
}

Status SetExpiryWarningDays::revert(const core::CommandContext &context)
{
    return StockCatalog(context.db).setExpiryWarningDays(m_previous);
}

QString SetExpiryWarningDays::text() const
{
    return tr("days of the expiry warning");
}

} // namespace stock
