#include "tutoring/ui/listpage.h"
#include "core/ui/columnwidths.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tutoring {

ListPage::ListPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_filters = new QHBoxLayout;
    m_filters->addWidget(m_search, 1);
    m_table = new QTableView(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count = new QLabel(this);
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_count, 1);
    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(m_filters);
    m_layout->addWidget(m_table, 1);
    m_layout->addLayout(m_buttons);
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_table, &QTableView::activated, this, [this] { activated(); });
}

void ListPage::setModel(core::PagedSqlModel *model, const QList<int> &columnWidths)
{
    m_model = model;
    m_table->setModel(model);
    // Never narrower than the header: "Ore prenotate" was cut.
    for (int i = 0; i < columnWidths.size(); ++i)
        core::setColumnWidth(m_table, i, std::max(columnWidths.at(i), m_table->horizontalHeader()->sectionSizeHint(i)));
    if (model->sortColumn() >= 0)
        m_table->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit selectionChanged(selectedId());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateButtons);
}

QPushButton *ListPage::addButton(const QString &text, bool needsSelection)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button);
    if (needsSelection) {
        m_selectionButtons.append(button);
        button->setEnabled(false);
    }
    return button;
}

void ListPage::setCountText(const QString &text)
{
    m_count->setText(text);
}

qint64 ListPage::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_model ? m_model->keyAt(current.row()).toLongLong() : 0;
}

void ListPage::selectId(qint64 id)
{
    const int row = m_model ? m_model->rowOfKey(id) : -1;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void ListPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    for (QPushButton *b : std::as_const(m_selectionButtons))
        b->setEnabled(selected);
}

} // namespace tutoring
