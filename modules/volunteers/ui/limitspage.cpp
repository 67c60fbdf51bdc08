#include "volunteers/ui/limitspage.h"
#include "core/ui/columnwidths.h"

#include "core/domain/dates.h"
#include "core/db/backgroundreader.h"
#include "core/ui/appcontext.h"
#include "core/ui/backgroundreport.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "core/ui/reportactions.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace volunteers {

namespace {

QTableWidgetItem *numberItem(int n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

LimitsPage::LimitsPage(core::AppContext &context, QWidget *parent)
    : TabPage(context, parent)
{
    auto *rules = new QLabel(
        tr("Art. 39 D.Lgs 1/2018: a volunteer may be away from work at most <b>30 consecutive days and 90 a year</b> "
           "for ordinary activity; <b>60 and 180</b> in a declared national emergency; <b>180 consecutive days "
           "and 180 a year</b> for the COVID-19 emergency (DL 34/2020 art. 35-bis); <b>10 and 30</b> for training, "
           "exercises and planning, which count on their own. Days beyond a limit are flagged here and before "
           "any attestato is issued."),
        this);
    rules->setWordWrap(true);
    const QDate today = context.clock->today();
    m_period = new QCheckBox(tr("Only days over a limit from"), this);
    m_from = core::makeDateEdit(QDate(today.year(), 1, 1), this);
    m_to = core::makeDateEdit(today, this);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    auto *open = new QPushButton(tr("&Open volunteer"), this);
    auto *print = new QPushButton(tr("&Print..."), this);
    auto *pdf = new QPushButton(tr("Save as P&DF..."), this);
    m_summary = new QLabel(this);
    m_table = core::makeReadOnlyTable({ tr("Volunteer"), tr("Codice fiscale"), tr("Organisation"), tr("Days over"),
                                          tr("Not yet certified"), tr("First day over"), tr("Limit exceeded") },
        this);
    core::setColumnWidth(m_table, 0, 180);
    core::setColumnWidth(m_table, 1, 160);
    core::setColumnWidth(m_table, 2, 300);
    core::setColumnWidth(m_table, 3, 120);
    core::setColumnWidth(m_table, 4, 170);
    core::setColumnWidth(m_table, 5, 150);
    m_table->setAccessibleName(tr("Volunteers over the limits"));
    m_days = core::makeReadOnlyTable({ tr("Day"), tr("Event type"), tr("Limit"), tr("Count") }, this);
    core::setColumnWidth(m_days, 0, 100);
    core::setColumnWidth(m_days, 1, 280);
    core::setColumnWidth(m_days, 2, 200);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(refresh);
    top->addStretch();
    top->addWidget(open);
    top->addWidget(print);
    top->addWidget(pdf);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_days);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rules);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, this, &LimitsPage::refresh);
    connect(m_period, &QCheckBox::toggled, this, &LimitsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LimitsPage::showSelected);
    auto activate = [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_list.size())
            emit volunteerActivated(m_list.at(row).volunteerId);
    };
    connect(open, &QPushButton::clicked, this, activate);
    connect(m_table, &QTableWidget::doubleClicked, this, activate);
    connect(print, &QPushButton::clicked, this, [this] { report(&core::ReportActions::preview); });
    connect(pdf, &QPushButton::clicked, this, [this] { report(&core::ReportActions::savePdf); });
    m_printButtons = { print, pdf };
    m_reader = new core::BackgroundReader(this);
}

void LimitsPage::report(void (*action)(QWidget *, const core::ReportDocument &))
{
    if (m_preparingReport)
        return; // the one asked is on its way
    m_preparingReport = true;
    for (QPushButton *b : std::as_const(m_printButtons))
        b->setEnabled(false);
    const core::ReportRequest r = request();
    core::buildReportInBackground(
        m_reader, context().db, [r](const QSqlDatabase &db) { return VolunteerReports::overLimits(db, r); },
        [this, action](const core::Result<core::ReportDocument> &doc) {
            m_preparingReport = false;
            for (QPushButton *b : std::as_const(m_printButtons))
                b->setEnabled(true);
            if (!doc) {
                ui::showError(this, tr("Print"), doc.error());
                return;
            }
            action(this, *doc);
        });
}

core::ReportRequest LimitsPage::request() const
{
    core::ReportRequest r;
    if (m_period->isChecked()) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    r.operatorName = context().operatorName;
    r.now = context().clock->now();
    r.locale = QLocale();
    return r;
}

void LimitsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    TabPage::showEvent(event);
}

void LimitsPage::refresh()
{
    // Every volunteer's days in the period (or all of them): on the worker.
    m_stale = false;
    const int read = ++m_read;
    m_loading = true;
    m_summary->setText(tr("Reading the volunteers over a limit…"));
    const core::ReportRequest r = request();
    auto answer = std::make_shared<std::optional<core::Result<QList<VolunteerOverLimit>>>>();
    m_reader->read(
        context().db.databaseName(),
        [answer, r](const QSqlDatabase &db) { *answer = LimitMonitor(db).volunteersOverLimits(r.from, r.to); },
        [this, read, answer](const core::Error &openError) {
            if (read != m_read)
                return; // another period was asked meanwhile
            m_loading = false;
            showList(!openError.code.isEmpty() || !*answer ? core::Result<QList<VolunteerOverLimit>>(openError)
                                                          : **answer);
        });
}

void LimitsPage::showList(const core::Result<QList<VolunteerOverLimit>> &list)
{
    m_table->setRowCount(0);
    m_days->setRowCount(0);
    if (!list) {
        m_summary->setText(tr("The limits could not be computed."));
        return;
    }
    m_list = *list;
    int uncertified = 0;
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const VolunteerOverLimit &v = m_list.at(row);
        QList<QDate> days;
        for (const LimitExcess &e : v.excessesInPeriod)
            if (days.isEmpty() || days.constLast() != e.day)
                days.append(e.day);
        const LimitExcess &first = v.excessesInPeriod.constFirst();
        m_table->setItem(row, 0, new QTableWidgetItem(v.name));
        m_table->setItem(row, 1, new QTableWidgetItem(v.taxCode));
        m_table->setItem(row, 2, new QTableWidgetItem(v.organisation));
        m_table->setItem(row, 3, numberItem(int(days.size())));
        m_table->setItem(row, 4, numberItem(v.uncertifiedDaysOver));
        m_table->setItem(row, 5, new QTableWidgetItem(core::toItalianDate(first.day)));
        m_table->setItem(row, 6, new QTableWidgetItem(VolunteerReports::excessText(first)));
        if (v.uncertifiedDaysOver > 0) {
            uncertified++;
            for (int c = 0; c < 7; ++c)
                m_table->item(row, c)->setForeground(QColor(0xb7, 0x1c, 0x1c));
        }
    }
    m_summary->setText(tr("%Ln volunteers over a limit", nullptr, int(m_list.size())) + QStringLiteral(" · ")
        + tr("%Ln with days not yet certified: look at them before issuing attestati", nullptr, uncertified));
    if (!m_list.isEmpty())
        m_table->selectRow(0);
}

void LimitsPage::showSelected()
{
    m_days->setRowCount(0);
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size())
        return;
    const QList<LimitExcess> &excesses = m_list.at(row).excessesInPeriod;
    m_days->setRowCount(int(excesses.size()));
    for (int i = 0; i < excesses.size(); ++i) {
        const LimitExcess &e = excesses.at(i);
        m_days->setItem(i, 0, new QTableWidgetItem(core::toItalianDate(e.day)));
        m_days->setItem(i, 1, new QTableWidgetItem(VolunteerReports::eventTypeName(e.type)));
        m_days->setItem(i, 2,
            new QTableWidgetItem(e.kind == LimitExcess::Kind::Consecutive ? tr("%n consecutive day(s)", nullptr, e.limit)
                                                                          : tr("%n day(s) a year", nullptr, e.limit)));
        m_days->setItem(i, 3,
            new QTableWidgetItem(e.kind == LimitExcess::Kind::Consecutive ? tr("day %1 in a row").arg(e.count)
                                                                          : tr("day %1 of the year").arg(e.count)));
    }
}

void LimitsPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("activation")) || tables.contains(QStringLiteral("attestato_day"))
        || tables.contains(QStringLiteral("activation_event"))) {
        m_stale = true;
        if (isVisible())
            refresh();
    }
}

} // namespace volunteers
