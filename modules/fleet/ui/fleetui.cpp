#include "fleet/ui/fleetui.h"

#include <QHeaderView>
#include <QTableView>

namespace fleet {

core::Status setFleetList(core::PagedSqlModel *model, const core::Result<FleetListSql> &list, QList<core::PagedColumn> columns)
{
    if (!list) {
        model->setColumns(columns);
        return list.error();
    }
    for (int i = 0; i < columns.size(); ++i)
        columns[i].expression = list->columns.value(i);
    model->setSource(list->from, list->key);
    model->setColumns(columns);
    model->setWatchedTables(list->watchedTables);
    return {};
}

void setUpFleetTable(QTableView *table)
{
    table->horizontalHeader()->setSectionsClickable(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setSortingEnabled(true);
}

QVariant fleetDate(const QVariant &value)
{
    return value.isNull() ? QVariant(QString()) : core::FormattedSqlModel::isoDate(value);
}

} // namespace fleet
