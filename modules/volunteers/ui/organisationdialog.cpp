#include "volunteers/ui/organisationdialog.h"

#include "core/ui/comunepicker.h"
#include "core/ui/discardguard.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/formwidgets.h"
#include "volunteers/domain/organisationcommands.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace volunteers {

OrganisationDialog::OrganisationDialog(
    core::AppContext &context, core::CommandStack &commands, qint64 organisationId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_id(organisationId)
{
    setWindowTitle(organisationId ? tr("Change organisation") : tr("New organisation"));
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Association"), int(Organisation::Kind::Association));
    m_kind->addItem(tr("Municipal group"), int(Organisation::Kind::MunicipalGroup));
    m_comune = new QComboBox(this);
    core::fillComuneCombo(m_comune, context.db, std::nullopt);
    m_registry = new QLineEdit(this);
    m_registry->setPlaceholderText(tr("number in the regional register"));
    m_taxCode = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_representative = new QLineEdit(this);
    m_role = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_pec = new QLineEdit(this);
    m_active = new QCheckBox(tr("Active"), this);
    m_active->setChecked(true);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // For a municipal group the legal representative is the mayor.
        if (Organisation::Kind(m_kind->currentData().toInt()) == Organisation::Kind::MunicipalGroup
            && m_role->text().isEmpty())
            m_role->setText(tr("Mayor"));
    });

    if (organisationId) {
        auto o = OrganisationRepository(context.db).organisation(organisationId);
        if (o && o->id) {
            m_name->setText(o->name);
            core::selectByData(m_kind, int(o->kind));
            core::selectComune(m_comune, context.db, o->comuneId);
            m_registry->setText(o->registryNumber);
            m_taxCode->setText(o->taxCode);
            m_address->setText(o->address);
            m_representative->setText(o->representative);
            m_role->setText(o->representativeRole);
            m_phone->setText(o->phone);
            m_email->setText(o->email);
            m_pec->setText(o->pec);
            m_active->setChecked(o->active);
            m_notes->setPlainText(o->notes);
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Comune:"), m_comune);
    form->addRow(tr("&Registry number:"), m_registry);
    form->addRow(tr("&Tax code:"), m_taxCode);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("&Legal representative:"), m_representative);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&EC:"), m_pec);
    form->addRow(QString(), m_active);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, 0);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void OrganisationDialog::accept()
{
    Organisation o;
    if (m_id) {
        auto existing = OrganisationRepository(m_context.db).organisation(m_id);
        if (existing)
            o = *existing;
    }
    o.name = m_name->text();
    o.kind = Organisation::Kind(m_kind->currentData().toInt());
    o.comuneId = core::chosenComune(m_comune);
    o.registryNumber = m_registry->text();
    o.taxCode = m_taxCode->text();
    o.address = m_address->text();
    o.representative = m_representative->text();
    o.representativeRole = m_role->text();
    o.phone = m_phone->text();
    o.email = m_email->text();
    o.pec = m_pec->text();
    o.active = m_active->isChecked();
    o.notes = m_notes->toPlainText();
    auto command = std::make_shared<SaveOrganisation>(o);
    if (auto s = m_commands.run(command); !s) {
        ui::showError(this, windowTitle(), s.error());
        return;
    }
    m_id = command->id();
    QDialog::accept();
}

} // namespace volunteers
