#include "core/ui/formwidgets.h"

#include "core/domain/dates.h"
#include "core/ui/datefield.h"
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace core {

QTableWidget *makeReadOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->setWordWrap(true);
    return label;
}

QTableWidgetItem *makeCell(const QString &text, const QVariant &id)
{
    auto *item = new QTableWidgetItem(text);
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

DateField *makeDateEdit(const QDate &date, QWidget *parent, const QString &accessibleName)
{
    auto *edit = new DateField(date, parent);
    if (!accessibleName.isEmpty())
        edit->setAccessibleName(accessibleName);
    return edit;
}

void selectByData(QComboBox *combo, const QVariant &value)
{
    const int index = value.isValid() ? combo->findData(value) : -1;
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString formatDay(const QDate &date, const QString &empty)
{
    return date.isValid() ? toItalianDate(date) : empty;
}

} // namespace core
