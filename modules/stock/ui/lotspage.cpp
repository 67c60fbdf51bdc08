#include "stock/ui/lotspage.h"

#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/formattedsqlmodel.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stocklabels.h"
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
enum Column { ItemName, Category, Lot, Expiry, Received, Location, Donor, Quantity, Weight, UnitCode };
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
    m_model->setSource(
        QStringLiteral("stock_balance b JOIN stock_lot l ON l.id = b.lot_id JOIN stock_item i ON i.id = b.item_id "
                       "JOIN goods_category c ON c.id = i.category_id JOIN stock_location s ON s.id = b.location_id "
                       "LEFT JOIN stock_donor d ON d.id = l.donor_id"),
        QStringLiteral("printf('%d-%d', b.lot_id, b.location_id)"));
    m_model->setColumns({
        { QStringLiteral("i.name"), tr("Item"), ColumnKind::Text, 0, true },
        { QStringLiteral("c.name"), tr("Category"), ColumnKind::Text, 0, false },
        { QStringLiteral("l.lot_code"), tr("Lot"), ColumnKind::Text, 0, false },
        { QStringLiteral("l.expiry_on"), tr("Expiry"), ColumnKind::Text, 0, true },
        { QStringLiteral("l.received_on"), tr("Received"), ColumnKind::Text, 0, false },
        { QStringLiteral("s.name"), tr("Location"), ColumnKind::Text, 0, false },
        { QStringLiteral("coalesce(d.name, '')"), tr("Donor"), ColumnKind::Text, 0, false },
        { QStringLiteral("b.quantity"), tr("Quantity"), ColumnKind::Integer, 0, false },
        { QStringLiteral("b.grams"), tr("kg"), ColumnKind::Grams, 1, false },
        { QStringLiteral("i.unit"), tr("Unit"), ColumnKind::Text, 0, false },
    });
    m_model->setDefaultSort(Expiry, Qt::AscendingOrder);
    m_model->setWatchedTables(
        { QStringLiteral("stock_movement"), QStringLiteral("stock_item"), QStringLiteral("stock_lot") });
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
        m_view->setColumnWidth(i, widths.at(i));
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

void LotsPage::refresh()
{
    m_model->refresh();
    m_count->setText(tr("%n lot(s) in stock", nullptr, m_model->rowCount()));
}

void LotsPage::applyFilter()
{
    QStringList where { QStringLiteral("b.quantity <> 0") };
    QVariantList binds;
    if (m_location->currentData().isValid()) {
        where << QStringLiteral("b.location_id = ?");
        binds << m_location->currentData();
    }
    if (m_category->currentData().isValid()) {
        where << QStringLiteral("i.category_id = ?");
        binds << m_category->currentData();
    }
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        where << QStringLiteral(
            "(i.name LIKE ? ESCAPE '\\' OR l.lot_code LIKE ? ESCAPE '\\' OR i.code LIKE ? ESCAPE '\\')");
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        binds << pattern << pattern << pattern;
    }
    if (m_expiringOnly->isChecked()) {
        auto days = StockCatalog(m_context.db).expiryWarningDays();
        where << QStringLiteral("l.expiry_on <= ?");
        binds << core::toSqlDate(m_context.clock->today().addDays(days ? *days : 7));
    }
    m_model->setFilter(where.join(QStringLiteral(" AND ")), binds);
    m_count->setText(tr("%n lot(s) in stock", nullptr, m_model->rowCount()));
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
