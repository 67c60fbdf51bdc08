#include "room/ui/plandialogs.h"

#include "core/ui/datefield.h"
#include "core/ui/datetimefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "room/domain/planrules.h"
#include "room/domain/plantext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace room {

namespace {
QDialogButtonBox *planButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel *problemLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}
} // namespace

PlanDialog::PlanDialog(const QString &comune, const PlanState &plan, const QDate &today, Save save, QWidget *parent)
    : QDialog(parent)
    , m_base(plan)
    , m_save(std::move(save))
{
    setWindowTitle(tr("Emergency plan of %1").arg(comune));
    m_hasPlan = new QCheckBox(tr("The comune &has an emergency plan"), this);
    m_hasPlan->setChecked(plan.hasPlan || !plan.recorded);
    m_approved = core::makeDateEdit(plan.approvedOn, this, tr("Approved on"));
    m_approved->setEmptyAllowed(true);
    m_approved->setMaximumDate(today);
    m_revised = core::makeDateEdit(plan.revisedOn, this, tr("Last revision"));
    m_revised->setEmptyAllowed(true);
    m_revised->setMaximumDate(today);
    m_due = core::makeDateEdit(plan.revisionDue, this, tr("Revision due"));
    m_due->setEmptyAllowed(true);
    m_due->setPlaceholderText(tr("three years after the last revision"));
    m_portal = new QCheckBox(tr("Entered in the regional &portal"), this);
    m_portal->setChecked(plan.inPortal);
    m_act = new QLineEdit(plan.act, this);
    m_act->setMaxLength(planActMaxLength);
    m_act->setPlaceholderText(tr("e.g. DCC n. 12 del 03/04/2019"));
    m_notes = new QPlainTextEdit(plan.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    m_notes->setAccessibleName(tr("Notes"));

    auto *form = new QFormLayout;
    form->addRow(m_hasPlan);
    form->addRow(tr("&Approved on:"), m_approved);
    form->addRow(tr("&Last revision:"), m_revised);
    form->addRow(tr("Revision &due:"), m_due);
    form->addRow(m_portal);
    form->addRow(tr("Approving a&ct:"), m_act);
    auto *risks = new QGroupBox(tr("Risk scenarios"), this);
    auto *grid = new QGridLayout(risks);
    const QList<Risk> all = allRisks();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(PlanText::risk(all.at(i)), risks);
        box->setChecked(plan.risks.contains(all.at(i)));
        m_risks.insert(int(all.at(i)), box);
        grid->addWidget(box, i / 3, i % 3);
    }
    m_problem = problemLine(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(risks);
    layout->addWidget(new QLabel(tr("&Notes:"), this));
    layout->addWidget(m_notes);
    layout->addWidget(m_problem);
    layout->addWidget(planButtons(this));
    connect(m_hasPlan, &QCheckBox::toggled, this, &PlanDialog::enableDates);
    enableDates();
}

void PlanDialog::enableDates()
{
    const bool on = m_hasPlan->isChecked();
    for (QWidget *w : { static_cast<QWidget *>(m_approved), static_cast<QWidget *>(m_revised),
             static_cast<QWidget *>(m_due), static_cast<QWidget *>(m_portal), static_cast<QWidget *>(m_act) })
        w->setEnabled(on);
}

PlanState PlanDialog::plan() const
{
    PlanState p = m_base;
    p.hasPlan = m_hasPlan->isChecked();
    p.approvedOn = p.hasPlan ? m_approved->date() : QDate();
    p.revisedOn = p.hasPlan ? m_revised->date() : QDate();
    p.revisionDue = p.hasPlan ? m_due->date() : QDate();
    p.inPortal = p.hasPlan && m_portal->isChecked();
    p.act = p.hasPlan ? m_act->text() : QString();
    p.notes = m_notes->toPlainText();
    p.risks.clear();
    for (Risk r : allRisks())
        if (m_risks.value(int(r))->isChecked())
            p.risks.append(r);
    return p;
}

void PlanDialog::accept()
{
    if (m_save) {
        if (auto s = m_save(plan()); !s) {
            m_problem->setText(core::ErrorText::describe(s.error()));
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

CocDialog::CocDialog(const QString &comune, int comuneId, bool open, const QDateTime &now,
    const QList<EventChoice> &events, Save save, QWidget *parent)
    : QDialog(parent)
    , m_comuneId(comuneId)
    , m_open(open)
    , m_save(std::move(save))
{
    setWindowTitle(open ? tr("COC of %1 opened").arg(comune) : tr("COC of %1 closed").arg(comune));
    m_since = new core::DateTimeField(now, this);
    m_since->setMaximumDateTime(now);
    m_since->setAccessibleName(open ? tr("Opened at") : tr("Closed at"));
    m_event = new QComboBox(this);
    m_event->addItem(tr("(no event)"), 0);
    for (const EventChoice &e : events)
        m_event->addItem(e.name, e.id);
    m_event->setAccessibleName(tr("Event"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(60);
    m_note->setAccessibleName(tr("Note"));
    auto *form = new QFormLayout;
    form->addRow(open ? tr("&Opened at:") : tr("&Closed at:"), m_since);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Note:"), m_note);
    m_problem = problemLine(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(planButtons(this));
}

CocChange CocDialog::change() const
{
    CocChange c;
    c.comuneId = m_comuneId;
    c.active = m_open;
    c.since = m_since->dateTime();
    c.eventId = m_event->currentData().toLongLong();
    c.note = m_note->toPlainText();
    return c;
}

void CocDialog::accept()
{
    if (m_save) {
        if (auto s = m_save(change()); !s) {
            m_problem->setText(core::ErrorText::describe(s.error()));
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace room
