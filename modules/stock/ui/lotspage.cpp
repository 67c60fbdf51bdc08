#include "stock/ui/lotspage.h"
#include "core/ui/columnwidths.h"

#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/formattedsqlmodel.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stocklists.h"
#include "stock/ui/filtercombos.h"

#include <QCheckBox>
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
using namespace LotList;
}

LotsPage::LotsPage(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_location = new QComboBox(this);
    m_location->setAccessibleName(tr("Location"));
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search item or lot"));
    m_search->setClearButtonEnabled(true);
    m_expiringOnly = new QCheckBox(tr("Only &expired and expiring"), this);
    reloadChoices();

    m_model = new core::FormattedSqlModel(context.db, this);
    const ListSql list = LotList::sql();
    QList<core::PagedColumn> columns {
        { {}, tr("Item"), ColumnKind::Text, 0, true },
        { {}, tr("Category"), ColumnKind::Text, 0, false },
        { {}, tr("Lot"), ColumnKind::Text, 0, false },
        { {}, tr("Expiry"), ColumnKind::Date, 0, true },
        { {}, tr("Received"), ColumnKind::Date, 0, false },
        { {}, tr("Location"), ColumnKind::Text, 0, false },
        { {}, tr("Donor"), ColumnKind::Text, 0, false },
        { {}, tr("Quantity"), ColumnKind::Integer, 0, false },
        { {}, tr("kg"), ColumnKind::Grams, 1, false },
        { {}, tr("Unit"), ColumnKind::Text, 0, false },
    };
    for (int i = 0; i < columns.size(); ++i)
        columns[i].expression = list.columns.at(i);
    m_model->setSource(list.source, list.key);
    m_model->setColumns(columns);
    m_model->setDefaultSort(Expiry, Qt::AscendingOrder);
    m_model->setWatchedTables(list.watchedTables);
    m_model->setFormatter(Expiry, [](const QVariantList &row, int c) {
        return row.at(c).isNull() ? QVariant(tr("does not expire")) : core::FormattedSqlModel::isoDate(row.at(c));
    });
    m_model->setFormatter(
        Received, [](const QVariantList &row, int c) { return core::FormattedSqlModel::isoDate(row.at(c)); });
    m_model->setFormatter(Quantity, [](const QVariantList &row, int c) {
        return StockLabels::quantity(row.at(c).toLongLong(), unitFromCode(row.at(UnitCode).toString()));
    });
    const core::AppContext *ctx = &context;
    m_model->setRowRoleProvider([ctx](const QVariantList &row, int role) -> QVariant {
        if (role != Qt::BackgroundRole || row.at(Expiry).isNull())
            return {};
        const QString expiry = row.at(Expiry).toString();
        const QDate today = ctx->clock->today();
        if (expiry < core::toSqlDate(today))
            return QColor(0xfd, 0xde, 0xde);
        auto days = StockCatalog(ctx->db).expiryWarningDays();
        if (expiry <= core::toSqlDate(today.addDays(days ? *days : 7)))
            return QColor(0xff, 0xf1, 0xd6);
        return {};
    });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(Expiry, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setColumnHidden(UnitCode, true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Stock by item and lot"));
    const QList<int> widths { 230, 150, 90, 95, 95, 170, 200, 100, 80 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_view, i, widths.at(i));
    m_count = new QLabel(this);

    auto *writeOff = new QPushButton(tr("&Write off..."), this);
    auto *transfer = new QPushButton(tr("&Move to another location..."), this);
    connect(writeOff, &QPushButton::clicked, this, [this] {
        qint64 lot = 0, location = 0;
        if (selectedLot(&lot, &location))
            emit writeOffRequested(lot, location);
    });
    connect(transfer, &QPushButton::clicked, this, [this] {
        qint64 lot = 0, location = 0;
        if (selectedLot(&lot, &location))
            emit transferRequested(lot, location);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Location:"), this));
    filters->addWidget(m_location, 2);
    filters->addWidget(new QLabel(tr("Category:"), this));
    filters->addWidget(m_category, 2);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_expiringOnly);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(transfer);
    bottom->addWidget(writeOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_location, &QComboBox::currentIndexChanged, this, &LotsPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LotsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &LotsPage::applyFilter);
    connect(m_expiringOnly, &QCheckBox::toggled, this, &LotsPage::applyFilter);
    applyFilter();
}

void LotsPage::reloadChoices()
{
    FilterCombos::fillLocations(m_location, m_context.db, tr("All locations"));
    FilterCombos::fillCategories(m_category, m_context.db, tr("All categories"));
}

void LotsPage::showExpiringOnly()
{
    m_expiringOnly->setChecked(true); // its toggled signal filters
}

void LotsPage::refresh()
{
    m_model->refresh();
    m_count->setText(tr("%Ln lot(s) in stock", nullptr, m_model->rowCount()));
}

void LotsPage::applyFilter()
{
    LotList::Filter f { m_location->currentData(), m_category->currentData(), m_search->text(), QDate() };
    if (m_expiringOnly->isChecked()) {
        auto days = StockCatalog(m_context.db).expiryWarningDays();
        f.expiringBy = m_context.clock->today().addDays(days ? *days : 7);
    }
    const ListFilter filter = LotList::filter(f);
    m_model->setFilter(filter.where, filter.binds);
    m_count->setText(tr("%Ln lot(s) in stock", nullptr, m_model->rowCount()));
}

bool LotsPage::selectedLot(qint64 *lotId, qint64 *locationId) const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const QStringList key = m_model->keyAt(current.row()).toString().split(QLatin1Char('-'));
    if (key.size() != 2)
        return false;
    *lotId = key.at(0).toLongLong();
    *locationId = key.at(1).toLongLong();
    return true;
}

} // namespace stock
