#include "stock/ui/overviewpage.h"

#include "core/db/backgroundreader.h"
#include "core/domain/units.h"
#include "core/ui/appcontext.h"
#include "core/ui/chartaxis.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "stock/domain/catalogcommands.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stockqueries.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <memory>

namespace stock {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

OverviewPage::OverviewPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_at = core::makeDateEdit(context.clock->today(), this, tr("Stock position at"));
    auto *todayButton = new QPushButton(tr("&Today"), this);
    connect(todayButton, &QPushButton::clicked, this, [this] { m_at->setDate(m_context.clock->today()); });
    connect(m_at, &core::DateField::dateChanged, this, &OverviewPage::refreshCategories);

    m_categories
        = core::makeReadOnlyTable({ tr("Category"), tr("kg"), tr("Pieces"), tr("of which expired (kg)") }, this);
    m_categories->setAccessibleName(tr("Stock by category"));
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->horizontalHeader()->setStretchLastSection(false);
    m_totals = new QLabel(this);
    m_chart = new QChart;
    core::localizeChartNumbers(m_chart);
    m_chart->setTitle(tr("Food in stock by category (kg)"));
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    auto *stockBox = new QGroupBox(tr("Stock by category"), this);
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(new QLabel(tr("Position at:"), this));
    atRow->addWidget(m_at);
    atRow->addWidget(todayButton);
    atRow->addStretch();
    auto *stockLayout = new QVBoxLayout(stockBox);
    stockLayout->addLayout(atRow);
    stockLayout->addWidget(m_categories, 3);
    stockLayout->addWidget(m_totals);
    stockLayout->addWidget(m_chartView, 4);

    m_warningDays = new QSpinBox(this);
    m_warningDays->setRange(0, 365);
    m_warningDays->setSuffix(tr(" days"));
    m_warningDays->setAccessibleName(tr("Days of warning before expiry"));
    m_expiring = core::makeReadOnlyTable({ tr("Expiry"), tr("Item"), tr("Lot"), tr("Location"), tr("Quantity") }, this);
    m_expiring->setAccessibleName(tr("Expiring lots"));
    m_shortages = core::makeReadOnlyTable({ tr("Item"), tr("Category"), tr("Usable"), tr("Minimum") }, this);
    m_shortages->setAccessibleName(tr("Items under their minimum"));
    m_alertSummary = new QLabel(this);
    m_alertSummary->setWordWrap(true);
    auto *writeOff = new QPushButton(tr("&Write off the selected lot..."), this);
    writeOff->setToolTip(tr("Expired goods can only leave the warehouse as a write-off, with a reason."));
    connect(writeOff, &QPushButton::clicked, this, [this] {
        const int row = m_expiring->currentRow();
        if (row < 0)
            return;
        emit writeOffRequested(m_expiring->item(row, 0)->data(Qt::UserRole).toLongLong(),
            m_expiring->item(row, 0)->data(Qt::UserRole + 1).toLongLong());
    });
    connect(m_warningDays, &QSpinBox::editingFinished, this, [this] { warningDaysChanged(m_warningDays->value()); });

    auto *alertsBox = new QGroupBox(tr("Alerts"), this);
    auto *daysForm = new QHBoxLayout;
    daysForm->addWidget(new QLabel(tr("Warn before expiry:"), this));
    daysForm->addWidget(m_warningDays);
    daysForm->addStretch();
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->addLayout(daysForm);
    alertsLayout->addWidget(m_alertSummary);
    alertsLayout->addWidget(new QLabel(tr("<b>Expired and expiring lots</b>"), this));
    alertsLayout->addWidget(m_expiring, 3);
    alertsLayout->addWidget(writeOff, 0, Qt::AlignRight);
    alertsLayout->addWidget(new QLabel(tr("<b>Items under their minimum level</b>"), this));
    alertsLayout->addWidget(m_shortages, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(stockBox);
    splitter->addWidget(alertsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_reader = new core::BackgroundReader(this);
}

void OverviewPage::refresh()
{
    refreshCategories();
    refreshAlerts();
}

void OverviewPage::refreshCategories()
{
    // The position at a date sums the movement ledger: on the worker,
    // "reading" meanwhile; an answer for a date changed since is dropped.
    const int read = ++m_categoriesRead;
    m_totals->setText(tr("Reading the stock…"));
    const QDate at = m_at->date();
    auto rows = std::make_shared<core::Result<QList<CategoryStock>>>(QList<CategoryStock>());
    m_reader->read(
        m_context.db.databaseName(), [rows, at](const QSqlDatabase &db) { *rows = StockQueries::byCategory(db, at); },
        [this, read, rows, at](const core::Error &openError) {
            if (read != m_categoriesRead)
                return; // another date was asked meanwhile
            m_categoriesShown = read;
            showCategories(openError.code.isEmpty() ? *rows : core::Result<QList<CategoryStock>>(openError), at);
        });
}

void OverviewPage::showCategories(const core::Result<QList<CategoryStock>> &rows, const QDate &at)
{
    const QLocale locale;
    if (!rows) {
        m_totals->setText(core::ErrorText::describe(rows.error()));
        return;
    }
    m_categories->setRowCount(0);
    core::Grams food = 0;
    QStringList names;
    QList<double> values;
    for (const CategoryStock &c : *rows) {
        const int row = m_categories->rowCount();
        m_categories->insertRow(row);
        m_categories->setItem(row, 0, cell(c.name));
        const bool isFood = c.kind == QLatin1String("food");
        m_categories->setItem(
            row, 1, cell(isFood || c.grams ? core::kgRounded(c.grams, locale, 1) : QString(), true));
        m_categories->setItem(row, 2, cell(c.pieces ? locale.toString(c.pieces) : QString(), true));
        m_categories->setItem(
            row, 3, cell(c.expiredGrams ? core::kgRounded(c.expiredGrams, locale, 1) : QString(), true));
        if (c.expiredGrams > 0)
            m_categories->item(row, 3)->setForeground(QColor(0xb7, 0x1c, 0x1c));
        if (c.kind == QLatin1String("food")) {
            food += c.grams;
            names.prepend(c.name); // horizontal bars are drawn bottom-up
            values.prepend(std::round(core::gramsToKg(c.grams)));
        }
    }
    m_categories->resizeColumnsToContents();
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Rounded like the table above it (759.719,0 kg, not 759.719,045 kg).
    m_totals->setText(tr("Food in stock on %1: <b>%2</b>")
                          .arg(at.toString(QStringLiteral("dd/MM/yyyy")), core::formatKg(food, locale, 1)));

    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto *set = new QBarSet(tr("kg"));
    for (double v : values)
        *set << v;
    set->setColor(QColor(0x1f, 0x5f, 0x99));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(9);
    m_chart->addSeries(series);
    // After the bar, dark: inside a short bar ("460") the label overflowed it.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(QColor(0x1b, 0x1f, 0x23));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(names);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(tr("kg"));
    double max = 1;
    for (double v : values)
        max = std::max(max, v);
    core::setNiceRange(valueAxis, max * 1.15, false);
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

void OverviewPage::refreshAlerts()
{
    // Every lot's balance: on the worker, "reading" meanwhile; an answer
    // asked before a later change is dropped.
    const int read = ++m_alertsRead;
    m_alertSummary->setText(tr("Reading the alerts…"));
    const QDate today = m_context.clock->today();
    auto alerts = std::make_shared<Alerts>();
    alerts->days = m_warningDays->value(); // when the setting cannot be read
    m_reader->read(
        m_context.db.databaseName(),
        [alerts, today](const QSqlDatabase &db) {
            auto days = StockCatalog(db).expiryWarningDays();
            alerts->daysRead = bool(days);
            if (days)
                alerts->days = *days;
            alerts->lots = StockQueries::expiring(db, today, alerts->days, true);
            alerts->shortages = StockQueries::underMinimum(db, today);
            alerts->overdrawn = StockQueries::overdrawnLots(db);
        },
        [this, read, alerts](const core::Error &openError) {
            if (read != m_alertsRead)
                return; // asked again meanwhile
            m_alertsShown = read;
            if (!openError.code.isEmpty()) {
                m_alertSummary->setText(core::ErrorText::describe(openError));
                return;
            }
            showAlerts(*alerts);
        });
}

void OverviewPage::showAlerts(const Alerts &alerts)
{
    const QLocale locale;
    const QDate today = m_context.clock->today();
    if (alerts.daysRead) {
        const QSignalBlocker block(m_warningDays);
        m_warningDays->setValue(alerts.days);
    }
    const auto &lots = alerts.lots;
    const auto &shortages = alerts.shortages;
    if (!lots || !shortages) {
        m_alertSummary->setText(core::ErrorText::describe(!lots ? lots.error() : shortages.error()));
        return;
    }
    m_expiring->setRowCount(0);
    int expired = 0;
    for (const LotPosition &p : *lots) {
        const int row = m_expiring->rowCount();
        m_expiring->insertRow(row);
        const bool isExpired = p.expiry < today;
        expired += isExpired ? 1 : 0;
        auto *expiry = cell(p.expiry.toString(QStringLiteral("dd/MM/yyyy")));
        expiry->setData(Qt::UserRole, p.lotId);
        expiry->setData(Qt::UserRole + 1, p.locationId);
        m_expiring->setItem(row, 0, expiry);
        m_expiring->setItem(row, 1, cell(p.itemName));
        m_expiring->setItem(row, 2, cell(p.lotCode));
        m_expiring->setItem(row, 3, cell(p.locationName));
        m_expiring->setItem(row, 4, cell(StockLabels::quantity(p.quantity, p.unit, locale), true));
        const QColor background = isExpired ? QColor(0xfd, 0xde, 0xde) : QColor(0xff, 0xf1, 0xd6);
        for (int c = 0; c < m_expiring->columnCount(); ++c)
            m_expiring->item(row, c)->setBackground(background);
        expiry->setToolTip(
            isExpired ? tr("Expired: write it off") : tr("Expires in %Ln day(s)", nullptr, int(today.daysTo(p.expiry))));
    }
    m_expiring->resizeColumnsToContents();
    m_shortages->setRowCount(0);
    for (const ItemShortage &s : *shortages) {
        const int row = m_shortages->rowCount();
        m_shortages->insertRow(row);
        m_shortages->setItem(row, 0, cell(s.itemName));
        m_shortages->setItem(row, 1, cell(s.categoryName));
        m_shortages->setItem(row, 2, cell(StockLabels::quantity(s.available, s.unit, locale), true));
        m_shortages->setItem(row, 3, cell(StockLabels::quantity(s.minLevel, s.unit, locale), true));
    }
    m_shortages->resizeColumnsToContents();
    QStringList summary { tr("%Ln expired lot(s) to write off", nullptr, expired),
        tr("%Ln lot(s) expiring within the warning days", nullptr, int(lots->size()) - expired),
        tr("%Ln item(s) under their minimum", nullptr, int(shortages->size())) };
    const auto &overdrawn = alerts.overdrawn;
    if (overdrawn && *overdrawn > 0)
        summary.append(tr("%Ln lot(s) issued beyond what they held on two workstations while apart: count them "
                          "(negative in Lots)",
            nullptr, *overdrawn));
    m_alertSummary->setText(summary.join(QStringLiteral(" · ")));
}

void OverviewPage::warningDaysChanged(int days)
{
    auto current = StockCatalog(m_context.db).expiryWarningDays();
    if (current && *current == days)
        return;
    if (auto s = m_commands.run(std::make_shared<SetExpiryWarningDays>(days)); !s)
        QMessageBox::warning(this, tr("Alerts"), core::ErrorText::describe(s.error()));
    refreshAlerts();
}

} // namespace stock
