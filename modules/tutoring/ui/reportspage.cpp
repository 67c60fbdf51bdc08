#include "tutoring/ui/reportspage.h"

#include "core/ui/appcontext.h"
#include "core/ui/chartaxis.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "core/ui/reportactions.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringfigures.h"
#include "tutoring/domain/tutoringreports.h"
#include "tutoring/ui/backgroundreader.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tutoring {

namespace {
enum Action { Preview, Pdf, Csv, Xlsx };
}

ReportsPage::ReportsPage(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_reader = new BackgroundReader(this);
    m_usePeriod = new QCheckBox(tr("Only lessons &from"), this);
    auto period = ServiceRepository(context.db).periodAround(context.clock->today());
    m_from = core::makeDateEdit(
        period && period->isValid() ? period->firstDay : context.clock->today().addMonths(-1), this);
    m_to = core::makeDateEdit(period && period->isValid() ? period->lastDay : context.clock->today(), this);
    for (core::DateField *e : { m_from, m_to }) {
        e->setEnabled(false);
        connect(e, &core::DateField::dateChanged, this, &ReportsPage::refresh);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    connect(m_usePeriod, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_usePeriod);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    periodRow->addWidget(refreshButton);

    // Figures.
    auto *figuresBox = new QGroupBox(tr("The service in figures (from the records)"), this);
    m_figures = new QGridLayout(figuresBox);
    const QList<QPair<QString, QString>> tiles = {
        { QStringLiteral("booked"), tr("Hours booked") },
        { QStringLiteral("bes"), tr("of which for BES pupils") },
        { QStringLiteral("given"), tr("Hours given") },
        { QStringLiteral("standin"), tr("of which by a tutor standing in") },
        { QStringLiteral("noshow"), tr("Pupil absent") },
        { QStringLiteral("awaiting"), tr("Outcome not yet recorded") },
        { QStringLiteral("pupils"), tr("Pupils") },
        { QStringLiteral("comuni"), tr("Comuni of residence") },
        { QStringLiteral("assistants"), tr("Study assistants") },
        { QStringLiteral("course"), tr("Safety course done / enrolled") },
        { QStringLiteral("tutors"), tr("Tutors") },
        { QStringLiteral("cancelled"), tr("Cancelled (not counted)") },
    };
    for (int i = 0; i < tiles.size(); ++i) {
        auto *value = new QLabel(this);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        value->setFont(f);
        value->setStyleSheet(QStringLiteral("color: #123a61;"));
        auto *label = new QLabel(tiles.at(i).second, this);
        label->setWordWrap(true);
        m_figures->addWidget(value, (i / 4) * 2, i % 4);
        m_figures->addWidget(label, (i / 4) * 2 + 1, i % 4);
        m_values.insert(tiles.at(i).first, value);
    }

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_chart->setAccessibleName(tr("Hours booked and given by week"));

    // Reports.
    auto *reportsBox = new QGroupBox(tr("Reports"), this);
    auto *reportsGrid = new QGridLayout(reportsBox);
    int row = 0;
    for (const core::ReportDefinition &d : TutoringReports::definitions()) {
        auto *title = new QLabel(d.title(), reportsBox);
        title->setWordWrap(true);
        reportsGrid->addWidget(title, row, 0);
        const QList<QPair<QString, int>> actions { { tr("Preview and print"), Preview }, { tr("PDF"), Pdf },
            { tr("CSV (aggregate)"), Csv }, { tr("Excel"), Xlsx } };
        for (int c = 0; c < actions.size(); ++c) {
            auto *button = new QPushButton(actions.at(c).first, reportsBox);
            button->setAccessibleName(QStringLiteral("%1: %2").arg(d.title(), actions.at(c).first));
            const QString name = d.name;
            const int action = actions.at(c).second;
            connect(button, &QPushButton::clicked, this, [this, name, action] { run(name, action); });
            reportsGrid->addWidget(button, row, c + 1);
        }
        ++row;
    }
    reportsGrid->setColumnStretch(0, 1);
    m_school = new QComboBox(reportsBox);
    m_school->setAccessibleName(tr("School of the PCTO statement"));
    if (auto schools = ServiceRepository(context.db).schools())
        for (const School &s : *schools)
            m_school->addItem(s.name, s.id);
    auto *pcto = new QPushButton(tr("PCTO statement of this &school..."), reportsBox);
    connect(pcto, &QPushButton::clicked, this, [this] { showPctoStatement(m_school->currentData().toInt()); });
    auto *schoolLabel = new QLabel(tr("PCTO statement for one school:"), reportsBox);
    reportsGrid->addWidget(schoolLabel, row, 0);
    reportsGrid->addWidget(m_school, row, 1, 1, 2);
    reportsGrid->addWidget(pcto, row, 3);
    auto *privacy
        = new QLabel(tr("CSV files carry aggregate figures only: pupils' data never leaves the program."), reportsBox);
    privacy->setStyleSheet(QStringLiteral("color: #555f6a;"));
    reportsGrid->addWidget(privacy, row + 1, 0, 1, 4);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(periodRow);
    contentLayout->addWidget(figuresBox);
    contentLayout->addWidget(m_chart, 1);
    contentLayout->addWidget(reportsBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    refresh();
}

core::ReportRequest ReportsPage::request() const
{
    core::ReportRequest r;
    if (m_usePeriod->isChecked()) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    r.operatorName = m_context.operatorName;
    r.now = m_context.clock->now();
    r.locale = QLocale();
    return r;
}

QString ReportsPage::figureText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

int ReportsPage::chartSeriesCount() const
{
    return m_chart->chart() ? int(m_chart->chart()->series().size()) : 0;
}

void ReportsPage::refresh()
{
    // Over every lesson ever when no period is chosen: read on the reader's
    // thread, shown by showData() when it arrives.
    m_reader->read(m_context.db, [this, r = request()](const QSqlDatabase &db) -> std::function<void()> {
        const ReportsData data = ReportsData::read(db, r);
        return [this, data] { showData(data); };
    });
}

bool ReportsPage::isLoading() const
{
    return m_reader->isLoading();
}

ReportsData ReportsData::read(const QSqlDatabase &db, const core::ReportRequest &request)
{
    ReportsData data;
    data.thread = QThread::currentThreadId();
    auto figures = tutoringFigures(db, request.from, request.to);
    if (!figures) {
        data.error = figures.error();
        return data;
    }
    data.figures = *figures;
    if (auto weeks = TutoringReports::bySubjectWeek(db, request))
        data.weeks = *weeks;
    return data;
}

void ReportsPage::showData(const ReportsData &data)
{
    m_loadedOn = data.thread;
    if (data.error) {
        TutoringWidgets::showError(this, tr("Reports"), *data.error);
        return;
    }
    const TutoringFigures *f = &data.figures;
    const QLocale l;
    m_values.value(QStringLiteral("booked"))->setText(l.toString(f->hoursBooked));
    m_values.value(QStringLiteral("bes"))->setText(l.toString(f->hoursBookedBes));
    m_values.value(QStringLiteral("given"))->setText(l.toString(f->hoursGiven));
    m_values.value(QStringLiteral("standin"))->setText(l.toString(f->hoursStandIn));
    m_values.value(QStringLiteral("noshow"))->setText(l.toString(f->hoursNoShow));
    m_values.value(QStringLiteral("awaiting"))->setText(l.toString(f->hoursAwaitingOutcome));
    m_values.value(QStringLiteral("pupils"))
        ->setText(tr("%1 (%2 BES)").arg(l.toString(f->pupils), l.toString(f->pupilsBes)));
    m_values.value(QStringLiteral("comuni"))->setText(l.toString(f->pupilComuni));
    m_values.value(QStringLiteral("assistants"))
        ->setText(tr("%1 from %2").arg(l.toString(f->assistants), tr("%Ln comune(s)", nullptr, int(f->assistantComuni))));
    m_values.value(QStringLiteral("course"))
        ->setText(QStringLiteral("%1 / %2").arg(
            l.toString(f->assistantsSafetyDone), l.toString(f->assistantsSafetyEnrolled)));
    m_values.value(QStringLiteral("tutors"))->setText(l.toString(f->tutors));
    m_values.value(QStringLiteral("cancelled"))->setText(l.toString(f->hoursCancelled));

    // The chart (a bar per week of the whole history) is built when the page
    // is on screen: QtCharts' first chart alone took 80 ms of the GUI thread.
    m_weeks = data.weeks;
    m_chartStale = true;
    if (isVisible())
        buildChart();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartStale)
        buildChart();
}

void ReportsPage::buildChart()
{
    m_chartStale = false;
    // The weekly chart comes from the same report the Print menu offers.
    const std::optional<core::ReportDocument> &doc = m_weeks;
    auto *chart = new QChart;
    core::localizeChartNumbers(chart);
    chart->setTitle(tr("Hours booked and given by week"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (doc) {
        for (const core::ReportBlock &b : doc->blocks) {
            if (b.type != core::ReportBlock::Type::Chart)
                continue;
            auto *series = new QBarSeries;
            const QList<QColor> colours { QColor(0x1f, 0x5f, 0x99), QColor(0x2e, 0x7d, 0x32) };
            double top = 0;
            for (int i = 0; i < b.chart.series.size(); ++i) {
                auto *set = new QBarSet(b.chart.series.at(i).name);
                set->setColor(colours.value(i, Qt::gray));
                for (double v : b.chart.series.at(i).values) {
                    set->append(v);
                    top = std::max(top, v);
                }
                series->append(set);
            }
            chart->addSeries(series);
            auto *axisX = new QBarCategoryAxis;
            axisX->append(b.chart.categories);
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            auto *axisY = new QValueAxis;
            core::setNiceRange(axisY, std::max(10.0, top), true);
            axisY->setTitleText(tr("hours"));
            chart->addAxis(axisY, Qt::AlignLeft);
            series->attachAxis(axisY);
            break;
        }
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ReportsPage::run(const QString &reportName, int action)
{
    for (const core::ReportDefinition &d : TutoringReports::definitions()) {
        if (d.name != reportName)
            continue;
        auto doc = d.build(m_context.db, request());
        if (!doc) {
            TutoringWidgets::showError(this, d.title(), doc.error());
            return;
        }
        if (action == Preview)
            core::ReportActions::preview(this, *doc);
        else if (action == Pdf)
            core::ReportActions::savePdf(this, *doc);
        else if (action == Xlsx)
            core::ReportActions::saveXlsx(this, *doc);
        else
            core::ReportActions::saveCsv(this, *doc);
        return;
    }
}

void ReportsPage::showPctoStatement(int schoolId)
{
    core::ReportRequest r = request();
    r.options.insert(QStringLiteral("school"), QString::number(schoolId));
    auto doc = TutoringReports::pctoStatement(m_context.db, r);
    if (!doc) {
        TutoringWidgets::showError(this, tr("PCTO statement"), doc.error());
        return;
    }
    core::ReportActions::preview(this, *doc);
}

} // namespace tutoring
