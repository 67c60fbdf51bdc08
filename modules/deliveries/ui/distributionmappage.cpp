#include "deliveries/ui/distributionmappage.h"

#include "core/db/backgroundreader.h"
#include "core/ui/appcontext.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/backgroundreport.h"
#include "core/ui/reportactions.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliveryreports.h"
#include "deliveries/ui/mapimage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace deliveries {

namespace {
constexpr int deliveryIdRole = Qt::UserRole + 1;
}

DistributionMapPage::DistributionMapPage(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    const QDate today = context.clock->today();
    m_from = core::makeDateEdit(QDate(today.year(), 1, 1), this, tr("From"));
    m_to = core::makeDateEdit(today, this, tr("To"));
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("kg delivered"), int(Measure::Kg));
    m_measure->addItem(tr("Number of deliveries"), int(Measure::Deliveries));
    m_measure->setAccessibleName(tr("Measure"));
    m_goods = new QComboBox(this);
    m_goods->addItem(tr("Food"), int(GoodsFilter::Food));
    m_goods->addItem(tr("DPI and kits"), int(GoodsFilter::HealthGoods));
    m_goods->addItem(tr("All goods"), int(GoodsFilter::All));
    m_goods->setAccessibleName(tr("Goods"));
    auto *published = new QPushButton(tr("Published period"), this);
    published->setToolTip(tr("01/12/2020 - 19/03/2021: the 1,474 food distributions of the published figures."));
    auto *year = new QPushButton(tr("This year"), this);
    auto *month = new QPushButton(tr("Last 30 days"), this);
    connect(published, &QPushButton::clicked, this, [this] { setPeriod(QDate(2020, 12, 1), QDate(2021, 3, 19)); });
    connect(year, &QPushButton::clicked, this, [this] {
        const QDate t = m_context.clock->today();
        setPeriod(QDate(t.year(), 1, 1), t);
    });
    connect(month, &QPushButton::clicked, this, [this] {
        const QDate t = m_context.clock->today();
        setPeriod(t.addDays(-29), t);
    });
    auto *exportPng = new QPushButton(tr("Export &PNG..."), this);
    auto *print = new QPushButton(tr("P&rint the report..."), this);
    print->setToolTip(tr("Food distributions by comune for the period, with the map."));
    m_print = print;
    connect(exportPng, &QPushButton::clicked, this, &DistributionMapPage::exportPng);
    connect(print, &QPushButton::clicked, this, &DistributionMapPage::printReport);

    m_map = new core::ComuniMapWidget(this);
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    if (auto s = m_map->load(context.db); !s)
        m_totals->setText(core::ErrorText::describe(s.error()));
    m_comune = new QLabel(tr("Point at a comune to see what it received; click it to list its deliveries."), this);
    m_comune->setWordWrap(true);
    m_comune->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_comune->setMinimumHeight(80);
    m_deliveries = new QTableWidget(0, 4, this);
    m_deliveries->setHorizontalHeaderLabels({ tr("Day"), tr("DDT"), tr("Recipient"), tr("kg") });
    m_deliveries->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_deliveries->verticalHeader()->hide();
    m_deliveries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deliveries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deliveries->setAccessibleName(tr("Deliveries of the comune"));
    m_deliveriesNote = new QLabel(this);
    m_deliveriesNote->setObjectName(QStringLiteral("comuneDeliveriesNote"));
    m_deliveriesNote->setStyleSheet(QStringLiteral("color: #555f6a; font-style: italic;"));
    m_deliveriesNote->setWordWrap(true);
    QSizePolicy notePolicy = m_deliveriesNote->sizePolicy();
    notePolicy.setRetainSizeWhenHidden(true); // shown and hidden without moving the list
    m_deliveriesNote->setSizePolicy(notePolicy);
    m_deliveriesNote->hide();
    connect(m_deliveries, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const qint64 id = m_deliveries->item(row, 0)->data(deliveryIdRole).toLongLong())
            emit openDelivery(id);
    });
    auto *openAll = new QPushButton(tr("&Open in the Deliveries page"), this);
    connect(openAll, &QPushButton::clicked, this, [this] {
        if (m_selected)
            emit openComuneDeliveries(m_selected, m_from->date(), m_to->date());
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From:"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to:"), this));
    controls->addWidget(m_to);
    controls->addWidget(published);
    controls->addWidget(year);
    controls->addWidget(month);
    controls->addSpacing(12);
    controls->addWidget(m_measure);
    controls->addWidget(m_goods);
    controls->addStretch();
    controls->addWidget(exportPng);
    controls->addWidget(print);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_totals);
    sideLayout->addWidget(m_comune);
    sideLayout->addWidget(m_deliveriesNote);
    sideLayout->addWidget(m_deliveries, 1);
    sideLayout->addWidget(openAll);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_map);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 1000, 420 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    m_reader = new core::BackgroundReader(this);
    connect(m_from, &core::DateField::dateChanged, this, &DistributionMapPage::recolour);
    connect(m_to, &core::DateField::dateChanged, this, &DistributionMapPage::recolour);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &DistributionMapPage::recolour);
    connect(m_goods, &QComboBox::currentIndexChanged, this, &DistributionMapPage::recolour);
    connect(m_map, &core::ComuniMapWidget::comuneHovered, this, [this](int id) {
        // The figures only: the list stays the selected comune's.
        if (id)
            showComune(id);
        else if (m_selected)
            showComune(m_selected);
    });
    connect(m_map, &core::ComuniMapWidget::comuneClicked, this, &DistributionMapPage::selectComune);
    connect(m_map, &core::ComuniMapWidget::comuneActivated, this,
        [this](int id) { emit openComuneDeliveries(id, m_from->date(), m_to->date()); });
    recolour();
}

void DistributionMapPage::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    recolour();
}

void DistributionMapPage::setMeasure(Measure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

void DistributionMapPage::setGoods(GoodsFilter goods)
{
    m_goods->setCurrentIndex(m_goods->findData(int(goods)));
}

void DistributionMapPage::recolour()
{
    const GoodsFilter goods = GoodsFilter(m_goods->currentData().toInt());
    const bool kg = Measure(m_measure->currentData().toInt()) == Measure::Kg;
    const int read = ++m_read;
    m_reading = true;
    m_totals->setText(tr("Reading the figures of the period…"));
    auto answer = std::make_shared<std::optional<core::Result<QList<ComuneDistribution>>>>();
    const core::DateRange period { m_from->date(), m_to->date() };
    m_reader->read(
        m_context.db.databaseName(),
        [answer, period, goods](const QSqlDatabase &db) { *answer = DistributionQueries::byComune(db, period, goods); },
        [this, read, answer, goods, kg](const core::Error &openError) {
            if (read != m_read)
                return; // another period or measure was asked for meanwhile
            m_reading = false;
            if (!openError.code.isEmpty() || !*answer || !**answer) {
                m_totals->setText(core::ErrorText::describe(
                    !openError.code.isEmpty() || !*answer ? openError : (*answer)->error()));
                return;
            }
            showFigures(***answer, goods, kg);
        });
}

void DistributionMapPage::showFigures(const QList<ComuneDistribution> &figures, GoodsFilter goods, bool kg)
{
    m_figures = figures;
    m_index.clear();
    QHash<int, double> values;
    core::Grams grams = 0;
    int deliveries = 0, served = 0;
    for (int i = 0; i < m_figures.size(); ++i) {
        const ComuneDistribution &c = m_figures.at(i);
        m_index.insert(c.comuneId, i);
        grams += c.grams;
        deliveries += c.distributions;
        if (c.distributions > 0) {
            ++served;
            values.insert(c.comuneId, kg ? core::gramsToKg(c.grams) : double(c.distributions));
        }
    }
    const QLocale locale;
    if (kg)
        m_map->setValues(values,
            goods == GoodsFilter::HealthGoods ? tr("kg delivered (known weights)") : tr("kg delivered"),
            [locale](double v) { return tr("%1 kg").arg(locale.toString(v, 'f', 0)); });
    else
        m_map->setValues(values, tr("Deliveries"), [locale](double v) { return locale.toString(v, 'f', 0); });
    m_totals->setText(
        tr("<b>%1 – %2</b>: %3 in %Ln delivery(ies) to %4.", nullptr, deliveries)
            .arg(locale.toString(m_from->date(), QStringLiteral("dd/MM/yyyy")),
                locale.toString(m_to->date(), QStringLiteral("dd/MM/yyyy")), DeliveryLabels::kg(grams, locale),
                tr("%Ln comune(s)", nullptr, int(served))));
    if (m_selected) {
        showComune(m_selected);
        readComuneDeliveries(); // of the new period
    }
}

void DistributionMapPage::selectComune(int comuneId)
{
    m_selected = comuneId;
    m_map->setSelectedComune(comuneId);
    showComune(comuneId);
    readComuneDeliveries();
}

void DistributionMapPage::showComune(int comuneId)
{
    const QLocale locale;
    const auto it = m_index.constFind(comuneId);
    if (it == m_index.constEnd())
        return;
    const ComuneDistribution &c = m_figures.at(it.value());
    const double perThousand = c.population > 0 ? core::gramsToKg(c.grams) * 1000.0 / double(c.population) : 0.0;
    m_comune->setText(tr(
        "<b>%1</b> (%2)<br/>%3 in %Ln delivery(ies)<br/>%4 kg per 1,000 residents", nullptr, c.distributions)
                          .arg(c.name.toHtmlEscaped(), tr("%Ln resident(s)", nullptr, int(c.population)),
                              DeliveryLabels::kg(c.grams, locale), locale.toString(perThousand, 'f', 1)));
}

void DistributionMapPage::readComuneDeliveries()
{
    // The selected comune's deliveries of the period: on the worker (after
    // the figures asked before), the latest selection wins.
    const int read = ++m_comuneRead;
    m_readingComune = true;
    m_deliveries->setRowCount(0);
    m_deliveriesNote->setText(tr("Reading the deliveries of the comune…"));
    m_deliveriesNote->show();
    auto answer = std::make_shared<std::optional<core::Result<QList<DeliverySummary>>>>();
    const int comuneId = m_selected;
    const core::DateRange period { m_from->date(), m_to->date() };
    const GoodsFilter goods = GoodsFilter(m_goods->currentData().toInt());
    m_reader->read(
        m_context.db.databaseName(),
        [answer, comuneId, period, goods](const QSqlDatabase &db) {
            *answer = DistributionQueries::comuneDeliveries(db, comuneId, period, true, goods, 200);
        },
        [this, read, answer](const core::Error &openError) {
            if (read != m_comuneRead)
                return; // another comune or period was asked for meanwhile
            m_readingComune = false;
            if (!openError.code.isEmpty() || !*answer || !**answer) {
                m_deliveriesNote->setText(
                    core::ErrorText::describe(!openError.code.isEmpty() || !*answer ? openError : (*answer)->error()));
                return;
            }
            showComuneDeliveries(***answer);
        });
}

void DistributionMapPage::showComuneDeliveries(const QList<DeliverySummary> &list)
{
    const QLocale locale;
    m_deliveries->setRowCount(0);
    m_deliveriesNote->setVisible(list.isEmpty());
    m_deliveriesNote->setText(list.isEmpty() ? tr("No deliveries in the period.") : QString());
    for (const DeliverySummary &s : list) {
        const int row = m_deliveries->rowCount();
        m_deliveries->insertRow(row);
        auto *day = new QTableWidgetItem(locale.toString(s.date, QStringLiteral("dd/MM/yyyy")));
        day->setData(deliveryIdRole, s.id);
        m_deliveries->setItem(row, 0, day);
        m_deliveries->setItem(row, 1, new QTableWidgetItem(s.number));
        auto *recipient = new QTableWidgetItem(s.recipientName);
        recipient->setToolTip(s.goods);
        m_deliveries->setItem(row, 2, recipient);
        m_deliveries->setItem(row, 3, new QTableWidgetItem(core::kgRounded(s.grams, locale, 1)));
    }
    m_deliveries->resizeColumnToContents(0);
    m_deliveries->resizeColumnToContents(1);
}

void DistributionMapPage::exportPng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the map"), dir + QStringLiteral("/mappa_distribuzioni.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (auto s = m_map->exportPng(path); !s)
        QMessageBox::warning(this, tr("Export the map"), core::ErrorText::describe(s.error()));
}

bool DistributionMapPage::prepareReport(std::function<void(const core::Result<core::ReportDocument> &)> done)
{
    if (m_preparingReport)
        return false; // the one asked is on its way
    if (!m_reportReader)
        m_reportReader = new core::BackgroundReader(this);
    core::ReportRequest request;
    request.operatorName = m_context.operatorName;
    request.now = m_context.clock->now();
    request.from = m_from->date();
    request.to = m_to->date();
    m_preparingReport = true;
    const QString text = m_print->text();
    m_print->setEnabled(false);
    m_print->setText(tr("Preparing the report…"));
    core::buildReportInBackground(
        m_reportReader, m_context.db,
        [request](const QSqlDatabase &db) { return DeliveryReports::byComune(db, request, &renderDistributionMap); },
        [this, text, done = std::move(done)](const core::Result<core::ReportDocument> &doc) {
            m_preparingReport = false;
            m_print->setText(text);
            m_print->setEnabled(true);
            done(doc);
        });
    return true;
}

void DistributionMapPage::printReport()
{
    prepareReport([this](const core::Result<core::ReportDocument> &doc) {
        if (!doc) {
            QMessageBox::warning(this, tr("Report"), core::ErrorText::describe(doc.error()));
            return;
        }
        core::ReportActions::preview(this, *doc);
    });
}

} // namespace deliveries
