#include "volunteers/ui/persondayspage.h"

#include "core/db/backgroundreader.h"
#include "core/ui/appcontext.h"
#include "core/ui/backgroundreport.h"
#include "core/ui/chartaxis.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/reportactions.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/ui/uihelpers.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace volunteers {

PersonDaysPage::PersonDaysPage(core::AppContext &context, QWidget *parent)
    : TabPage(context, parent)
{
    const QDate today = context.clock->today();
    m_from = core::makeDateEdit(QDate(today.year(), 1, 1), this);
    m_to = core::makeDateEdit(today, this);
    m_by = new QComboBox(this);
    for (PersonDaysGrouping g : { PersonDaysGrouping::Month, PersonDaysGrouping::Service,
             PersonDaysGrouping::Organisation, PersonDaysGrouping::Comune })
        m_by->addItem(VolunteerReports::groupingTitle(g), groupingCode(g));
    auto *show = new QPushButton(tr("&Show"), this);
    auto *published2020 = new QPushButton(tr("Feb–Oct 2020"), this);
    published2020->setToolTip(tr("The period of the published table by month (56,200 person-days)"));
    auto *publishedServices = new QPushButton(tr("Oct 2020 – 16/03/2021"), this);
    publishedServices->setToolTip(tr("The period of the published table by service (20,459 person-days)"));
    auto *print = new QPushButton(tr("&Print..."), this);
    auto *pdf = new QPushButton(tr("P&DF..."), this);
    auto *csv = new QPushButton(tr("&CSV..."), this);
    auto *xlsx = new QPushButton(tr("&Excel..."), this);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_table = new QTableWidget(0, 2, this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Person-days"));
    m_total = new QLabel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(new QLabel(tr("by"), this));
    top->addWidget(m_by);
    top->addWidget(show);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Published:"), this));
    top->addWidget(published2020);
    top->addWidget(publishedServices);
    top->addStretch();
    top->addWidget(print);
    top->addWidget(pdf);
    top->addWidget(csv);
    top->addWidget(xlsx);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 1100, 420 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_total);

    connect(show, &QPushButton::clicked, this, &PersonDaysPage::refresh);
    connect(m_by, &QComboBox::currentIndexChanged, this, &PersonDaysPage::refresh);
    connect(published2020, &QPushButton::clicked, this, [this] {
        setGrouping(QStringLiteral("month"));
        setPeriod(QDate(2020, 2, 1), QDate(2020, 10, 31));
    });
    connect(publishedServices, &QPushButton::clicked, this, [this] {
        setGrouping(QStringLiteral("service"));
        setPeriod(QDate(2020, 10, 1), QDate(2021, 3, 16));
    });
    connect(print, &QPushButton::clicked, this, [this] { act(&core::ReportActions::preview); });
    connect(pdf, &QPushButton::clicked, this, [this] { act(&core::ReportActions::savePdf); });
    connect(csv, &QPushButton::clicked, this, [this] { act(&core::ReportActions::saveCsv); });
    connect(xlsx, &QPushButton::clicked, this, [this] { act(&core::ReportActions::saveXlsx); });
    m_outputs = { print, pdf, csv, xlsx };
    m_reader = new core::BackgroundReader(this);
}

void PersonDaysPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void PersonDaysPage::setGrouping(const QString &by)
{
    const QSignalBlocker block(m_by);
    core::selectByData(m_by, by);
}

core::ReportRequest PersonDaysPage::request() const
{
    core::ReportRequest r;
    r.from = m_from->date();
    r.to = m_to->date();
    r.by = m_by->currentData().toString();
    r.operatorName = context().operatorName;
    r.now = context().clock->now();
    r.locale = QLocale();
    return r;
}

void PersonDaysPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    TabPage::showEvent(event);
}

void PersonDaysPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("activation"))) {
        m_stale = true;
        if (isVisible())
            refresh();
    }
}

void PersonDaysPage::refresh()
{
    m_stale = false;
    const int read = ++m_read;
    m_loading = true;
    m_total->setText(tr("Counting the person-days…"));
    const core::ReportRequest r = request();
    core::buildReportInBackground(
        m_reader, context().db, [r](const QSqlDatabase &db) { return VolunteerReports::personDays(db, r); },
        [this, read](const core::Result<core::ReportDocument> &doc) {
            if (read != m_read)
                return; // another period or grouping was asked meanwhile
            m_loading = false;
            showDocument(doc);
        });
}

void PersonDaysPage::showDocument(const core::Result<core::ReportDocument> &doc)
{
    m_table->setRowCount(0);
    if (!doc) {
        m_total->setText(core::ErrorText::describe(doc.error()));
        return;
    }
    const core::ReportTable *table = doc->primaryTable();
    const QLocale locale;
    m_table->setHorizontalHeaderLabels({ table->columns.at(0).title, table->columns.at(1).title });
    m_table->setRowCount(int(table->rows.size()));
    const bool byMonth = m_by->currentData().toString() == QLatin1String("month");
    QStringList categories;
    auto *set = new QBarSet(tr("Person-days"));
    set->setColor(QColor(0x1f, 0x5f, 0x99));
    for (int i = 0; i < table->rows.size(); ++i) {
        const QVariantList &row = table->rows.at(i);
        const QString label = byMonth ? locale.standaloneMonthName(row.at(0).toDate().month(), QLocale::LongFormat)
                + QLatin1Char(' ') + QString::number(row.at(0).toDate().year())
                                      : row.at(0).toString();
        m_table->setItem(i, 0, new QTableWidgetItem(label));
        auto *value = new QTableWidgetItem(locale.toString(row.at(1).toLongLong()));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, value);
        categories.append(byMonth ? locale.standaloneMonthName(row.at(0).toDate().month(), QLocale::ShortFormat)
                    + QLatin1Char(' ') + QString::number(row.at(0).toDate().year() % 100)
                                  : label);
        *set << row.at(1).toDouble();
    }
    // "20.459 giornate/persona" kept on one line: a no-break space after a
    // figure, a word joiner after the slash.
    QString note = doc->blocks.isEmpty() ? QString() : doc->blocks.first().text.toHtmlEscaped();
    note.replace(QLatin1Char('/'), QStringLiteral("/\u2060"));
    note.replace(QRegularExpression(QStringLiteral("(\\d) ")), QStringLiteral("\\1\u00a0"));
    m_total->setText(QStringLiteral("<b>%1</b> %2")
                         .arg(tr("Total: %Ln person-day(s)", nullptr, int(table->totals.value(1).toLongLong())),
                             note));
    m_total->setWordWrap(true);

    // The chart: months as columns, the others as horizontal bars (the
    // 30 largest, so that names stay readable).
    auto *chart = new QChart;
    core::localizeChartNumbers(chart);
    chart->setTitle(doc->title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *axisValues = new QValueAxis;
    axisValues->setTitleText(tr("Person-days"));
    auto *axisCategories = new QBarCategoryAxis;
    if (!byMonth && categories.size() > 30) {
        QList<QPair<double, QString>> sorted;
        for (int i = 0; i < categories.size(); ++i)
            sorted.append({ set->at(i), categories.at(i) });
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        sorted = sorted.mid(0, 30);
        std::reverse(sorted.begin(), sorted.end());
        set->remove(0, set->count());
        categories.clear();
        for (const auto &s : sorted) {
            *set << s.first;
            categories.append(s.second);
        }
        chart->setTitle(tr("%1 (the 30 largest)").arg(doc->title));
    } else if (!byMonth) {
        std::reverse(categories.begin(), categories.end()); // first on top
        QList<double> values;
        for (int i = set->count() - 1; i >= 0; --i)
            values.append(set->at(i));
        set->remove(0, set->count());
        for (double v : values)
            *set << v;
    }
    axisCategories->append(categories);
    if (byMonth) {
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        chart->addAxis(axisCategories, Qt::AlignBottom);
        chart->addAxis(axisValues, Qt::AlignLeft);
        series->attachAxis(axisCategories);
        series->attachAxis(axisValues);
    } else {
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        chart->addSeries(series);
        chart->addAxis(axisCategories, Qt::AlignLeft);
        chart->addAxis(axisValues, Qt::AlignBottom);
        series->attachAxis(axisCategories);
        series->attachAxis(axisValues);
    }
    // Values on the bars (set once the series is in the chart, or they do
    // not show), when there are few enough to read.
    if (auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0))) {
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(7);
        series->setLabelsVisible(categories.size() <= 14);
    }
    set->setLabelColor(QColor(0x1b, 0x1f, 0x23));
    double max = 0;
    for (int i = 0; i < set->count(); ++i)
        max = std::max(max, set->at(i));
    core::setNiceRange(axisValues, max * 1.12, true); // room for the labels; 0..1 when empty
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void PersonDaysPage::act(void (*action)(QWidget *, const core::ReportDocument &))
{
    if (m_preparingReport)
        return; // the one asked is on its way
    m_preparingReport = true;
    for (QPushButton *b : std::as_const(m_outputs))
        b->setEnabled(false);
    const core::ReportRequest r = request();
    core::buildReportInBackground(
        m_reader, context().db, [r](const QSqlDatabase &db) { return VolunteerReports::personDays(db, r); },
        [this, action](const core::Result<core::ReportDocument> &doc) {
            m_preparingReport = false;
            for (QPushButton *b : std::as_const(m_outputs))
                b->setEnabled(true);
            if (!doc) {
                ui::showError(this, tr("Person-days"), doc.error());
                return;
            }
            action(this, *doc);
        });
}

} // namespace volunteers
