#include "volunteers/ui/rosterdialog.h"

#include "core/ui/comunepicker.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "volunteers/domain/activationcommands.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerrepository.h"
#include "volunteers/ui/uihelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace volunteers {

RosterDialog::RosterDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Roster: many volunteers on the same day"));
    m_event = new QComboBox(this);
    ui::fillEvents(m_event, context.db);
    m_service = new QComboBox(this);
    ui::fillServices(m_service, context.db);
    // A roster is usually the organisation's shift at its COC.
    if (auto coc = EventRepository(context.db).serviceByName(QStringLiteral("coc")); coc && coc->id)
        core::selectByData(m_service, coc->id);
    m_day = core::makeDateEdit(context.clock->today(), this);
    m_comune = new QComboBox(this);
    core::fillComuneCombo(m_comune, context.db, tr("(the organisation's comune)"));
    m_place = new QLineEdit(this);
    m_organisation = new QComboBox(this);
    ui::fillOrganisations(m_organisation, context.db);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter the list"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Volunteers of the organisation"));
    m_count = new QLabel(this);
    auto *all = new QPushButton(tr("Tick &all"), this);
    auto *none = new QPushButton(tr("Tick &none"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            if (!m_list->item(i)->isHidden())
                m_list->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Comune:"), m_comune);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Organisation:"), m_organisation);
    auto *tick = new QHBoxLayout;
    tick->addWidget(m_filter, 1);
    tick->addWidget(all);
    tick->addWidget(none);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Record the roster"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(tick);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(620, 680);

    connect(m_organisation, &QComboBox::currentIndexChanged, this, &RosterDialog::reload);
    connect(m_day, &core::DateField::dateChanged, this,
        [this](const QDate &d) { ui::selectEventCovering(m_event, m_context.db, d); });
    ui::selectEventCovering(m_event, context.db, m_day->date());
    connect(m_list, &QListWidget::itemChanged, this, &RosterDialog::updateCount);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!text.isEmpty() && !m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    reload();
}

void RosterDialog::setEvent(qint64 id)
{
    core::selectByData(m_event, id);
}

void RosterDialog::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto volunteers
        = VolunteerRepository(m_context.db).search(QString(), m_organisation->currentData().toLongLong(), 5000);
    if (volunteers)
        for (const VolunteerEntry &v : *volunteers) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(v.name, v.taxCode), m_list);
            item->setData(Qt::UserRole, v.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    // The organisation's comune as the default place.
    auto org = OrganisationRepository(m_context.db).organisation(m_organisation->currentData().toLongLong());
    if (org && org->id)
        core::selectComune(m_comune, m_context.db, org->comuneId);
    updateCount();
}

void RosterDialog::updateCount()
{
    int ticked = 0;
    for (int i = 0; i < m_list->count(); ++i)
        ticked += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_count->setText(tr("%Ln volunteers ticked", nullptr, ticked) + QStringLiteral(" · ")
        + tr("%Ln in the organisation", nullptr, m_list->count()));
}

void RosterDialog::accept()
{
    ActivationRequest r;
    r.eventId = m_event->currentData().toLongLong();
    r.serviceId = m_service->currentData().toLongLong();
    r.from = m_day->date();
    r.to = r.from;
    r.comuneId = core::chosenComune(m_comune);
    r.place = m_place->text();
    r.organisationId = m_organisation->currentData().toLongLong();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            r.volunteerIds.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    auto command = std::make_shared<RecordActivations>(r, tr("Undone (Edit menu)"));
    if (auto s = m_commands.run(command); !s) {
        ui::showError(this, windowTitle(), s.error());
        return;
    }
    m_recorded = command->recorded();
    QDialog::accept();
}

} // namespace volunteers
