#include "room/ui/eventdialog.h"

#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/datetimefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "room/domain/roomcommands.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomtext.h"
#include "volunteers/domain/art39.h"
#include "volunteers/domain/volunteerreports.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace room {

EventDialog::EventDialog(core::AppContext &context, core::CommandStack &commands, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_id(eventId)
{
    setWindowTitle(eventId ? tr("Change event") : tr("New event"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Allerta idrogeologica Seveso-Lambro novembre 2020"));
    m_scenario = new QComboBox(this);
    for (Scenario s : allScenarios())
        m_scenario->addItem(RoomText::scenario(s), int(s));
    m_type = new QComboBox(this);
    for (volunteers::EventType t : volunteers::allEventTypes())
        m_type->addItem(volunteers::VolunteerReports::eventTypeName(t), int(t));
    m_type->setToolTip(tr("The classification of art. 39 of the Codice della protezione civile, "
                          "which sets the limits of the volunteers' days."));
    m_phase = new QComboBox(this);
    for (Phase p : allPhases())
        m_phase->addItem(RoomText::phase(p), int(p));
    m_act = new QLineEdit(this);
    m_act->setPlaceholderText(tr("e.g. Decreto del Sindaco metropolitano n. 45 del 23/02/2020"));
    const QDate today = context.clock->today();
    m_start = core::makeDateEdit(today, this, tr("First day"));
    m_open = new QCheckBox(tr("Still open"), this);
    m_open->setChecked(true);
    m_end = core::makeDateEdit(today, this, tr("Last day"));
    connect(m_open, &QCheckBox::toggled, m_end, [this](bool open) { m_end->setEnabled(!open); });
    m_comuniFilter = new QLineEdit(this);
    m_comuniFilter->setPlaceholderText(tr("Find a comune…"));
    m_comuniFilter->setClearButtonEnabled(true);
    m_onlyTicked = new QCheckBox(tr("Only those involved"), this);
    m_comuni = new QListWidget(this);
    m_comuni->setAccessibleName(tr("Comuni involved"));
    m_comuniCount = new QLabel(this);
    if (auto all = core::ComuneRepository(context.db).metropolitanComuni())
        for (const core::Comune &c : *all) {
            auto *item = new QListWidgetItem(c.name, m_comuni);
            item->setData(Qt::UserRole, c.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);

    if (eventId) {
        auto e = RoomEventRepository(context.db).event(eventId);
        if (e && e->base.id) {
            m_name->setText(e->base.name);
            core::selectByData(m_scenario, int(e->scenario));
            core::selectByData(m_type, int(e->base.type));
            core::selectByData(m_phase, int(e->phase));
            m_act->setText(e->base.authorisingAct);
            m_start->setDate(e->base.startDate);
            m_open->setChecked(!e->base.endDate.isValid());
            if (e->base.endDate.isValid())
                m_end->setDate(e->base.endDate);
            m_notes->setPlainText(e->base.notes);
            for (int row = 0; row < m_comuni->count(); ++row) {
                QListWidgetItem *item = m_comuni->item(row);
                if (e->comuneIds.contains(item->data(Qt::UserRole).toInt()))
                    item->setCheckState(Qt::Checked);
            }
        }
        // The phase of an event changes through "Change phase", with its
        // ledger entry, not here.
        m_phase->setEnabled(false);
    }
    m_end->setEnabled(!m_open->isChecked());
    connect(m_comuniFilter, &QLineEdit::textChanged, this, &EventDialog::filterComuni);
    connect(m_onlyTicked, &QCheckBox::toggled, this, [this] { filterComuni(m_comuniFilter->text()); });
    connect(m_comuni, &QListWidget::itemChanged, this, &EventDialog::countComuni);
    countComuni();

    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_end, 1);
    endRow->addWidget(m_open);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Scenario:"), m_scenario);
    form->addRow(tr("Art. 39 &type:"), m_type);
    form->addRow(eventId ? tr("Phase:") : tr("First &phase:"), m_phase);
    form->addRow(tr("Authorising &act:"), m_act);
    form->addRow(tr("Starts &on:"), m_start);
    auto *endLabel = new QLabel(tr("&Ends on:"), this);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, endRow);
    auto *comuniHead = new QHBoxLayout;
    comuniHead->addWidget(m_comuniFilter, 1);
    comuniHead->addWidget(m_onlyTicked);
    auto *comuniBox = new QVBoxLayout;
    comuniBox->addLayout(comuniHead);
    comuniBox->addWidget(m_comuni, 1);
    comuniBox->addWidget(m_comuniCount);
    auto *comuniLabel = new QLabel(tr("&Comuni involved:"), this);
    comuniLabel->setBuddy(m_comuniFilter);
    form->addRow(comuniLabel, comuniBox);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(680, 640);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void EventDialog::filterComuni(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_comuni->count(); ++row) {
        QListWidgetItem *item = m_comuni->item(row);
        const bool shown = item->text().contains(wanted, Qt::CaseInsensitive)
            && (!m_onlyTicked->isChecked() || item->checkState() == Qt::Checked);
        item->setHidden(!shown);
    }
}

void EventDialog::countComuni()
{
    int ticked = 0;
    for (int row = 0; row < m_comuni->count(); ++row)
        ticked += m_comuni->item(row)->checkState() == Qt::Checked;
    m_comuniCount->setText(tr("%n comune(i) involved", nullptr, ticked));
}

void EventDialog::accept()
{
    RoomEvent e;
    if (m_id) {
        if (auto current = RoomEventRepository(m_context.db).event(m_id); current && current->base.id)
            e = *current; // keeps what this dialog does not show
    }
    e.base.id = m_id;
    e.base.name = m_name->text();
    e.base.type = volunteers::EventType(m_type->currentData().toInt());
    e.base.authorisingAct = m_act->text();
    e.base.startDate = m_start->date();
    e.base.endDate = m_open->isChecked() ? QDate() : m_end->date();
    e.base.notes = m_notes->toPlainText();
    e.scenario = Scenario(m_scenario->currentData().toInt());
    e.phase = Phase(m_phase->currentData().toInt());
    e.comuneIds.clear();
    for (int row = 0; row < m_comuni->count(); ++row)
        if (m_comuni->item(row)->checkState() == Qt::Checked)
            e.comuneIds.append(m_comuni->item(row)->data(Qt::UserRole).toInt());
    auto command = std::make_shared<SaveRoomEvent>(e);
    if (auto s = m_commands.run(command); !s) {
        QMessageBox::warning(this, windowTitle(), core::ErrorText::describe(s.error()));
        return;
    }
    m_id = command->eventId();
    QDialog::accept();
}

PhaseDialog::PhaseDialog(core::AppContext &context, core::CommandStack &commands, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_id(eventId)
{
    setWindowTitle(tr("Change phase"));
    auto event = RoomEventRepository(context.db).event(eventId);
    const Phase current = event ? event->phase : Phase::Attention;
    m_phase = new QComboBox(this);
    for (Phase p : allPhases())
        if (phaseChangeAllowed(current, p))
            m_phase->addItem(RoomText::phase(p), int(p));
    const QDateTime now = context.clock->now().toLocalTime();
    m_at = new core::DateTimeField(now, this);
    m_at->setMaximumDateTime(now.addSecs(60));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("e.g. Avviso di criticità ARPA codice arancione"));
    auto *form = new QFormLayout;
    form->addRow(tr("Event:"), new QLabel(event ? event->base.name : QString(), this));
    form->addRow(tr("Current phase:"), new QLabel(RoomText::phase(current), this));
    form->addRow(tr("&New phase:"), m_phase);
    form->addRow(tr("&When:"), m_at);
    form->addRow(tr("&Why:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 0);
}

void PhaseDialog::accept()
{
    if (m_phase->count() == 0) {
        QDialog::reject();
        return;
    }
    auto command = std::make_shared<ChangeEventPhase>(
        m_id, Phase(m_phase->currentData().toInt()), m_at->dateTime(), m_note->text());
    if (auto s = m_commands.run(command); !s) {
        QMessageBox::warning(this, windowTitle(), core::ErrorText::describe(s.error()));
        return;
    }
    QDialog::accept();
}

} // namespace room
