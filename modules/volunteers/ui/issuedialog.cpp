#include "volunteers/ui/issuedialog.h"
#include "core/ui/columnwidths.h"

#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/reportactions.h"
#include "core/ui/tablemenu.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/attestatocommands.h"
#include "volunteers/domain/attestatodocument.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/domain/volunteerrepository.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace volunteers {

IssueDialog::IssueDialog(core::AppContext &context, core::CommandStack &commands, qint64 volunteerId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_volunteer(volunteerId)
{
    setWindowTitle(tr("Issue attestato"));
    auto v = VolunteerRepository(context.db).volunteer(volunteerId);
    m_heading = new QLabel(v ? tr("<b>%1</b> · %2").arg(v->fullName().toHtmlEscaped(), v->taxCode) : QString(), this);
    m_event = new QComboBox(this);
    ui::fillEvents(m_event, context.db);
    m_organisation = new QComboBox(this);
    ui::fillOrganisations(m_organisation, context.db);
    if (v)
        core::selectByData(m_organisation, v->organisationId);

    // Start from the first day still to certify, a month at a time.
    QDate first;
    if (auto days = ActivationLedger(context.db, *context.clock).effectiveDays(volunteerId))
        for (const ActivationDayDetail &d : *days)
            if (d.attestatoNumber.isEmpty()) {
                first = d.day;
                core::selectByData(m_event, d.eventId);
                core::selectByData(m_organisation, d.organisationId);
                break;
            }
    if (!first.isValid())
        first = context.clock->today();
    const QDate monthStart(first.year(), first.month(), 1);
    m_from = core::makeDateEdit(monthStart, this);
    m_to = core::makeDateEdit(monthStart.addMonths(1).addDays(-1), this);

    m_days = new QTableWidget(0, 4, this);
    m_days->setHorizontalHeaderLabels({ tr("Day"), tr("Service"), tr("Place"), tr("Art. 39") });
    m_days->verticalHeader()->hide();
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionMode(QAbstractItemView::NoSelection);
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->setWordWrap(false);
    core::installTableContextMenu(m_days);
    core::setColumnWidth(m_days, 0, 90);
    core::setColumnWidth(m_days, 1, 190);
    core::setColumnWidth(m_days, 2, 300);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_acknowledge = new QCheckBox(
        tr("I have looked at the days over the limits: issue the attestato with those days marked"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_issue = new QPushButton(tr("&Issue"), this);
    m_issue->setDefault(true);
    m_preview = new QPushButton(tr("&Print..."), this);
    m_pdf = new QPushButton(tr("Save as P&DF..."), this);
    auto *close = new QPushButton(tr("C&lose"), this);

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto *form = new QFormLayout;
    form->addRow(m_heading);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Organisation:"), m_organisation);
    auto *periodLabel = new QLabel(tr("&Days from:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    buttons->addWidget(m_issue);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_days, 1);
    layout->addWidget(m_warning);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    resize(760, 560);

    connect(m_event, &QComboBox::currentIndexChanged, this, &IssueDialog::refresh);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &IssueDialog::refresh);
    connect(m_from, &core::DateField::dateChanged, this, &IssueDialog::refresh);
    connect(m_to, &core::DateField::dateChanged, this, &IssueDialog::refresh);
    connect(m_acknowledge, &QCheckBox::toggled, this,
        [this] { m_issue->setEnabled(!m_blocked && (!m_overLimit || m_acknowledge->isChecked())); });
    connect(m_issue, &QPushButton::clicked, this, &IssueDialog::issue);
    connect(m_preview, &QPushButton::clicked, this, [this] { print(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { print(true); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    refresh();
}

void IssueDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void IssueDialog::refresh()
{
    m_days->setRowCount(0);
    m_preview->setEnabled(m_issuedId != 0);
    m_pdf->setEnabled(m_issuedId != 0);
    const qint64 event = m_event->currentData().toLongLong();
    const qint64 organisation = m_organisation->currentData().toLongLong();
    auto days
        = ActivationLedger(m_context.db, *m_context.clock).effectiveDays(m_volunteer, m_from->date(), m_to->date());
    auto assessment = LimitMonitor(m_context.db).assess(m_volunteer);
    QSet<QDate> over;
    if (assessment) {
        const QList<QDate> list = assessment->daysOver();
        over = QSet<QDate>(list.begin(), list.end());
    }
    QList<QDate> overDays;
    QDate lastDay;
    int rows = 0;
    if (days) {
        for (const ActivationDayDetail &d : *days) {
            if (d.eventId != event || d.organisationId != organisation || !d.attestatoNumber.isEmpty())
                continue;
            m_days->insertRow(rows);
            m_days->setItem(rows, 0, new QTableWidgetItem(core::toItalianDate(d.day)));
            m_days->setItem(rows, 1, new QTableWidgetItem(d.serviceName));
            m_days->setItem(rows, 2,
                new QTableWidgetItem(
                    d.place.isEmpty() ? d.comuneName : d.comuneName + QStringLiteral(" - ") + d.place));
            lastDay = std::max(lastDay, d.day);
            const bool beyond = over.contains(d.day);
            m_days->setItem(rows, 3, new QTableWidgetItem(beyond ? tr("over the limit") : tr("within")));
            if (beyond) {
                overDays.append(d.day);
                for (int c = 0; c < 4; ++c)
                    m_days->item(rows, c)->setForeground(QColor(0xb7, 0x1c, 0x1c));
            }
            ++rows;
        }
    }
    m_overLimit = !overDays.isEmpty();
    m_blocked = rows == 0;
    QString warning;
    if (rows == 0)
        warning = tr("No days left to certify for this event in the period.");
    else
        warning = tr("%Ln days will be certified.", nullptr, rows);
    if (m_overLimit)
        warning += QStringLiteral(" <b style=\"color:#b71c1c\">%1</b>")
                       .arg(tr("Over the art. 39 limits on %1.").arg(ui::dayRanges(overDays)));
    // Art. 39: two years from the end of the intervention (the attestato's
    // last day) to claim; judged on the injected clock's day.
    const QDate deadline = reimbursementDeadline(lastDay);
    if (rows > 0 && reimbursementWindowClosed(deadline, m_context.clock->today()))
        warning += QStringLiteral(" <b style=\"color:#b71c1c\">%1</b>")
                       .arg(tr("The art. 39 reimbursement window for these days closed on %1: the employer can no "
                               "longer claim them, and the attestato will say so.")
                                .arg(core::toItalianDate(deadline)));
    auto v = VolunteerRepository(m_context.db).volunteer(m_volunteer);
    if (v && v->needsAttestati() && v->employerId == 0) {
        warning += QStringLiteral(" <b style=\"color:#a15c00\">%1</b>")
                       .arg(tr("No employer on record: add it to the volunteer first."));
        m_blocked = true;
    }
    if (v && !v->needsAttestati()) {
        warning += QStringLiteral(" <b style=\"color:#a15c00\">%1</b>")
                       .arg(tr("The volunteer does not work: no attestato is needed."));
        m_blocked = true;
    }
    m_warning->setText(warning);
    m_acknowledge->setVisible(m_overLimit);
    m_acknowledge->setChecked(false);
    m_issue->setEnabled(!m_blocked && !m_overLimit);
}

bool IssueDialog::issue()
{
    auto command = std::make_shared<IssueAttestato>(m_volunteer, m_event->currentData().toLongLong(),
        m_organisation->currentData().toLongLong(), m_from->date(), m_to->date(),
        m_acknowledge->isChecked() ? OverLimitPolicy::Include : OverLimitPolicy::Refuse);
    if (auto s = m_commands.run(command); !s) {
        ui::showError(this, windowTitle(), s.error());
        return false;
    }
    const IssuedAttestato *issued = &command->issued();
    m_issuedId = issued->id;
    if (issued->content.reimbursementClosed())
        m_result->setText(tr("<b>Attestato %1 issued</b> for %Ln days. <b style=\"color:#b71c1c\">The employer's "
                             "reimbursement window closed on %2</b>: the attestato says so.",
            nullptr, int(issued->content.days.size()))
                              .arg(issued->content.number,
                                  core::toItalianDate(issued->content.reimbursementDeadline)));
    else
        m_result->setText(
            tr("<b>Attestato %1 issued</b> for %Ln days; the employer can ask for reimbursement until %2.", nullptr,
                int(issued->content.days.size()))
                .arg(issued->content.number, core::toItalianDate(issued->content.reimbursementDeadline)));
    refresh();
    return true;
}

void IssueDialog::print(bool pdf)
{
    if (!m_issuedId)
        return;
    auto content = AttestatoRegister(m_context.db, *m_context.clock).content(m_issuedId);
    if (!content) {
        ui::showError(this, windowTitle(), content.error());
        return;
    }
    if (pdf)
        core::ReportActions::savePdf(this, attestatoDocument(*content));
    else
        core::ReportActions::preview(this, attestatoDocument(*content));
}

} // namespace volunteers
