#include "volunteers/ui/eventdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/formwidgets.h"
#include "volunteers/domain/eventcommands.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace volunteers {

EventDialog::EventDialog(core::AppContext &context, core::CommandStack &commands, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_id(eventId)
{
    setWindowTitle(eventId ? tr("Change event") : tr("New event"));
    m_name = new QLineEdit(this);
    m_type = new QComboBox(this);
    for (EventType t : allEventTypes()) {
        const Art39Rule &rule = art39Rule(t);
        m_type->addItem(tr("%1 (limits: %2, %3 a year)")
                            .arg(VolunteerReports::eventTypeName(t), tr("%n consecutive day(s)", nullptr, rule.maxConsecutiveDays))
                            .arg(rule.maxDaysPerYear),
            int(t));
    }
    m_act = new QLineEdit(this);
    m_act->setPlaceholderText(tr("e.g. Delibera del Consiglio dei Ministri del 31/01/2020"));
    const QDate today = context.clock->today();
    m_start = core::makeDateEdit(today, this);
    m_open = new QCheckBox(tr("Still open"), this);
    m_end = core::makeDateEdit(today, this);
    connect(m_open, &QCheckBox::toggled, m_end, [this](bool open) { m_end->setEnabled(!open); });
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);

    if (eventId) {
        auto e = EventRepository(context.db).event(eventId);
        if (e && e->id) {
            m_name->setText(e->name);
            core::selectByData(m_type, int(e->type));
            m_act->setText(e->authorisingAct);
            m_start->setDate(e->startDate);
            m_open->setChecked(!e->endDate.isValid());
            if (e->endDate.isValid())
                m_end->setDate(e->endDate);
            m_notes->setPlainText(e->notes);
        }
    }
    m_end->setEnabled(!m_open->isChecked());

    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_end, 1);
    endRow->addWidget(m_open);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Authorising &act:"), m_act);
    form->addRow(tr("&Starts on:"), m_start);
    auto *endLabel = new QLabel(tr("&Ends on:"), this);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, endRow);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 0);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void EventDialog::accept()
{
    ActivationEvent e;
    e.id = m_id;
    e.name = m_name->text();
    e.type = EventType(m_type->currentData().toInt());
    e.authorisingAct = m_act->text();
    e.startDate = m_start->date();
    e.endDate = m_open->isChecked() ? QDate() : m_end->date();
    e.notes = m_notes->toPlainText();
    auto command = std::make_shared<SaveEvent>(e);
    if (auto s = m_commands.run(command); !s) {
        ui::showError(this, windowTitle(), s.error());
        return;
    }
    m_id = command->id();
    QDialog::accept();
}

} // namespace volunteers
