#include "core/ui/importproblemstable.h"

#include "core/ui/errortext.h"
#include "core/ui/tablemenu.h"

#include <QColor>
#include <QHeaderView>
#include <QTableWidget>

namespace core {

QTableWidget *ImportProblemsTable::create(QWidget *parent)
{
    auto *table = new QTableWidget(0, 4, parent);
    table->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Level"), tr("Problem") });
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->setAccessibleName(tr("Problems found"));
    installTableContextMenu(table);
    return table;
}

void ImportProblemsTable::show(QTableWidget *table, const QList<ImportProblem> &problems)
{
    table->setRowCount(0);
    for (const ImportProblem &p : problems) {
        const int row = table->rowCount();
        table->insertRow(row);
        Error bare = p.error; // the place has its own columns
        bare.where = {};
        table->setItem(
            row, 0, new QTableWidgetItem(p.error.where.line > 0 ? QString::number(p.error.where.line) : QString()));
        table->setItem(row, 1, new QTableWidgetItem(p.error.where.field));
        auto *level = new QTableWidgetItem(p.warning ? tr("warning") : tr("error"));
        level->setForeground(p.warning ? QColor(0xa1, 0x5c, 0x00) : QColor(0xb7, 0x1c, 0x1c));
        table->setItem(row, 2, level);
        table->setItem(row, 3, new QTableWidgetItem(ErrorText::describe(bare)));
    }
    for (int column = 0; column < 3; ++column)
        table->resizeColumnToContents(column);
}

} // namespace core
