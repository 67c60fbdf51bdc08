#include "stock/ui/receiptspage.h"
#include "core/ui/columnwidths.h"

#include "core/domain/dates.h"
#include "core/domain/units.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/formwidgets.h"
#include "stock/domain/stocklists.h"
#include "stock/ui/filtercombos.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stock {

using core::ColumnKind;

namespace {
using namespace ReceiptList;
}

ReceiptsPage::ReceiptsPage(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    const QDate today = context.clock->today();
    m_from = core::makeDateEdit(today.addYears(-1), this);
    m_to = core::makeDateEdit(today, this);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_donor = new QComboBox(this);
    m_donor->setAccessibleName(tr("Donor"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Number or donor's document"));
    m_search->setClearButtonEnabled(true);
    reloadChoices();

    m_model = new core::FormattedSqlModel(context.db, this);
    const ListSql list = ReceiptList::sql();
    QList<core::PagedColumn> columns {
        { {}, tr("Date"), ColumnKind::Date, 0, true },
        { {}, tr("Number"), ColumnKind::Text, 0, true },
        { {}, tr("Donor") },
        { {}, tr("Donor's document") },
        { {}, tr("Lines"), ColumnKind::Integer },
        { {}, tr("kg"), ColumnKind::Grams, 1 },
        { {}, tr("Recorded by") },
    };
    for (int i = 0; i < columns.size(); ++i)
        columns[i].expression = list.columns.at(i);
    m_model->setSource(list.source, list.key);
    m_model->setColumns(columns);
    m_model->setDefaultSort(Date, Qt::DescendingOrder);
    m_model->setWatchedTables(list.watchedTables);
    m_model->setFormatter(
        Date, [](const QVariantList &row, int c) { return core::FormattedSqlModel::isoDate(row.at(c)); });
    m_model->setFormatter(Weight, [](const QVariantList &row, int c) -> QVariant {
        if (row.at(Lines).toLongLong() == 0)
            return tr("cancelled");
        return core::kgRounded(row.at(c).toLongLong(), QLocale(), 1);
    });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(Date, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAccessibleName(tr("Receipts"));
    const QList<int> widths { 95, 110, 280, 170, 70, 100 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_view, i, widths.at(i));
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = selectedReceipt())
            emit printRequested(id);
    });

    m_count = new QLabel(this);
    auto *add = new QPushButton(tr("&New receipt..."), this);
    auto *print = new QPushButton(tr("&Donation receipt..."), this);
    print->setToolTip(tr("The ricevuta di donazione for the donor: print preview, PDF"));
    auto *cancel = new QPushButton(tr("Cancel the receipt..."), this);
    connect(add, &QPushButton::clicked, this, &ReceiptsPage::newReceiptRequested);
    connect(print, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedReceipt())
            emit printRequested(id);
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedReceipt())
            emit cancelRequested(id);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("Donor:"), this));
    filters->addWidget(m_donor, 2);
    filters->addWidget(m_search, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(cancel);
    bottom->addWidget(print);
    bottom->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_from, &core::DateField::dateChanged, this, &ReceiptsPage::applyFilter);
    connect(m_to, &core::DateField::dateChanged, this, &ReceiptsPage::applyFilter);
    connect(m_donor, &QComboBox::currentIndexChanged, this, &ReceiptsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ReceiptsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { m_count->setText(tr("%Ln receipt(s)", nullptr, m_model->rowCount())); });
    applyFilter();
}

void ReceiptsPage::reloadChoices()
{
    FilterCombos::fillDonors(m_donor, m_context.db, tr("All donors"));
}

void ReceiptsPage::applyFilter()
{
    const ListFilter filter = ReceiptList::filter({ m_from->date(), m_to->date(), m_donor->currentData(), m_search->text() });
    m_model->setFilter(filter.where, filter.binds);
}

qint64 ReceiptsPage::selectedReceipt() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
}

} // namespace stock
