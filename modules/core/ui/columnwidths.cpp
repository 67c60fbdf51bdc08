#include "core/ui/columnwidths.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace core {

namespace {

QHeaderView *headerOf(const QAbstractItemView *view)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

int headerWidth(const QAbstractItemView *view, int column)
{
    QHeaderView *header = headerOf(view);
    if (!header || !header->model() || column < 0 || column >= header->count())
        return 0;
    return header->sectionSizeHint(column);
}

void setColumnWidth(QAbstractItemView *view, int column, int width)
{
    const int wanted = std::max(width, headerWidth(view, column));
    if (auto *table = qobject_cast<QTableView *>(view))
        table->setColumnWidth(column, wanted);
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        tree->setColumnWidth(column, wanted);
}

} // namespace core
