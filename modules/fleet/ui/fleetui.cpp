#include "fleet/ui/fleetui.h"

#include <QHeaderView>
#include <QStyleOptionHeader>
#include <QTableView>

namespace fleet {

namespace {
// The sort arrow points the way the values go down the list: down for
// newest (largest) first. Qt's Fusion draws an up arrow for a descending
// order ("the largest on top"), which the room read as "oldest first".
class FleetHeaderView : public QHeaderView {
public:
    explicit FleetHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent) { }

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override
    {
        QHeaderView::initStyleOptionForIndex(option, logicalIndex);
        if (option->sortIndicator == QStyleOptionHeader::SortUp)
            option->sortIndicator = QStyleOptionHeader::SortDown;
        else if (option->sortIndicator == QStyleOptionHeader::SortDown)
            option->sortIndicator = QStyleOptionHeader::SortUp;
    }
};
} // namespace

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
    auto *header = new FleetHeaderView(table);
    header->setSectionsClickable(true);
    table->setHorizontalHeader(header);
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
