#include "volunteers/ui/activationdialog.h"

#include "core/ui/comunepicker.h"
#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/formwidgets.h"
#include "volunteers/domain/activationcommands.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/ui/uihelpers.h"
#include "volunteers/ui/volunteerpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

namespace volunteers {

ActivationDialog::ActivationDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Record days of activation"));
    m_volunteer = new VolunteerPicker(context.db, this);
    m_event = new QComboBox(this);
    ui::fillEvents(m_event, context.db);
    m_event->setPlaceholderText(tr("choose the event"));
    m_service = new QComboBox(this);
    ui::fillServices(m_service, context.db);
    const QDate today = context.clock->today();
    m_from = core::makeDateEdit(today, this);
    m_to = core::makeDateEdit(today, this);
    m_comune = new QComboBox(this);
    core::fillComuneCombo(m_comune, context.db, tr("(not given)"));
    m_place = new QLineEdit(this);
    m_place->setPlaceholderText(tr("e.g. COC, drive-in, hospital entrance"));
    m_summary = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Volunteer:"), m_volunteer);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Comune:"), m_comune);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(QString(), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 0);

    m_lastFrom = m_from->date();
    connect(m_from, &core::DateField::dateChanged, this, [this](const QDate &d) {
        // "To" follows "From" while the period is one day (or would end
        // before it): typing another first day must not leave the last one
        // on today, offering hundreds of days nobody meant.
        if (m_to->isValid() && (m_to->date() < d || m_to->date() == m_lastFrom))
            m_to->setDate(d);
        m_lastFrom = d;
        ui::selectEventCovering(m_event, m_context.db, d);
        updateSummary();
    });
    ui::selectEventCovering(m_event, context.db, m_from->date());
    connect(m_to, &core::DateField::dateChanged, this, &ActivationDialog::updateSummary);
    connect(m_from, &core::DateField::validityChanged, this, &ActivationDialog::updateSummary);
    connect(m_to, &core::DateField::validityChanged, this, &ActivationDialog::updateSummary);
    connect(m_event, &QComboBox::currentIndexChanged, this, &ActivationDialog::updateSummary);
    connect(m_volunteer, &VolunteerPicker::volunteerChanged, this, &ActivationDialog::updateSummary);
    updateSummary();
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void ActivationDialog::setVolunteer(qint64 id)
{
    m_volunteer->setVolunteer(id);
    updateSummary();
}

void ActivationDialog::setEvent(qint64 id)
{
    core::selectByData(m_event, id);
}

void ActivationDialog::updateSummary()
{
    if (!m_from->isValid() || !m_to->isValid()) {
        m_summary->setText(tr("Write the first and the last day as dd/mm/yyyy."));
        return;
    }
    const qint64 days = m_from->date().daysTo(m_to->date()) + 1;
    QString text = days > 0 ? tr("%Ln person-days", nullptr, int(days)) : tr("The last day comes before the first.");
    auto event = EventRepository(m_context.db).event(m_event->currentData().toLongLong());
    if (event && event->id)
        text += QStringLiteral(" · ")
            + (event->endDate.isValid()
                    ? tr("the event runs from %1 to %2")
                          .arg(core::toItalianDate(event->startDate), core::toItalianDate(event->endDate))
                    : tr("the event runs from %1").arg(core::toItalianDate(event->startDate)));
    m_summary->setText(text);
}

void ActivationDialog::accept()
{
    ActivationRequest r;
    r.eventId = m_event->currentData().toLongLong();
    if (m_volunteer->volunteerId())
        r.volunteerIds = { m_volunteer->volunteerId() };
    r.from = m_from->date();
    r.to = m_to->date();
    r.serviceId = m_service->currentData().toLongLong();
    r.comuneId = core::chosenComune(m_comune);
    r.place = m_place->text();
    auto command = std::make_shared<RecordActivations>(r, tr("Undone (Edit menu)"));
    if (auto s = m_commands.run(command); !s) {
        ui::showError(this, windowTitle(), s.error());
        return;
    }
    QDialog::accept();
}

} // namespace volunteers
