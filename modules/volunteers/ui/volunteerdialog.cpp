#include "volunteers/ui/volunteerdialog.h"

#include "core/ui/discardguard.h"
#include "core/domain/dates.h"
#include "core/reference/comunematcher.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/comunelist.h"
#include "volunteers/domain/volunteercommands.h"
#include "volunteers/domain/volunteerrepository.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace volunteers {

VolunteerDialog::VolunteerDialog(
    core::AppContext &context, core::CommandStack &commands, qint64 volunteerId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_id(volunteerId)
{
    setWindowTitle(volunteerId ? tr("Change volunteer") : tr("New volunteer"));
    m_lastName = new QLineEdit(this);
    m_firstName = new QLineEdit(this);
    m_taxCode = new QLineEdit(this);
    m_taxCode->setMaxLength(20);
    m_taxCode->setPlaceholderText(tr("16 characters, e.g. RSSMRA80A01F205X"));
    QFont mono = m_taxCode->font();
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    m_taxCode->setFont(mono);
    m_taxCodeStatus = new QLabel(this);
    m_taxCodeStatus->setWordWrap(true);
    m_taxCodeStatus->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    ui::fillOrganisations(m_organisation, context.db);
    // None chosen for a new volunteer: the first of the list would be a
    // plausible wrong answer (setOrganisation() takes the page's filter).
    m_organisation->setPlaceholderText(tr("choose the organisation"));
    m_organisation->setCurrentIndex(-1);
    m_residence = new QLineEdit(this);
    m_residence->setPlaceholderText(tr("any Italian comune, e.g. Limbiate (MB)"));
    QStringList labels;
    if (auto comuni = comuneLabels(context.db))
        for (const ComuneLabel &c : *comuni)
            labels.append(c.label);
    auto *completer = new QCompleter(new QStringListModel(labels, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    m_residence->setCompleter(completer);
    m_address = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_employment = new QComboBox(this);
    m_employment->addItem(tr("Employee"), int(Volunteer::Employment::Employee));
    m_employment->addItem(tr("Self-employed"), int(Volunteer::Employment::SelfEmployed));
    m_employment->addItem(tr("Not working (retired, student...)"), int(Volunteer::Employment::NotWorking));
    m_employerName = new QLineEdit(this);
    m_employerTaxCode = new QLineEdit(this);
    m_employerTaxCode->setPlaceholderText(tr("partita IVA or codice fiscale"));
    m_employerAddress = new QLineEdit(this);
    m_employerPec = new QLineEdit(this);
    m_employerPec->setPlaceholderText(tr("where the attestati are sent"));
    m_active = new QCheckBox(tr("Active volunteer"), this);
    m_active->setChecked(true);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);

    auto *person = new QGroupBox(tr("Volunteer"), this);
    auto *personForm = new QFormLayout(person);
    personForm->addRow(tr("&Surname:"), m_lastName);
    personForm->addRow(tr("&Name:"), m_firstName);
    personForm->addRow(tr("&Codice fiscale:"), m_taxCode);
    personForm->addRow(QString(), m_taxCodeStatus);
    personForm->addRow(tr("&Organisation:"), m_organisation);
    personForm->addRow(tr("&Residence:"), m_residence);
    personForm->addRow(tr("A&ddress:"), m_address);
    personForm->addRow(tr("&Phone:"), m_phone);
    personForm->addRow(tr("&E-mail:"), m_email);
    personForm->addRow(QString(), m_active);
    personForm->addRow(tr("No&tes:"), m_notes);
    auto *work = new QGroupBox(tr("Work and attestati"), this);
    auto *workForm = new QFormLayout(work);
    workForm->addRow(tr("&Working condition:"), m_employment);
    workForm->addRow(tr("Employer &tax code:"), m_employerTaxCode);
    workForm->addRow(tr("E&mployer:"), m_employerName);
    workForm->addRow(tr("Employer add&ress:"), m_employerAddress);
    workForm->addRow(tr("Employer P&EC:"), m_employerPec);
    auto *hint
        = new QLabel(tr("The attestato of each activation is addressed to the employer (for the self-employed, to "
                        "their own business), who may ask for reimbursement within two years."),
            work);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555f6a;"));
    workForm->addRow(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(person, 3);
    columns->addWidget(work, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(980, 0);

    connect(m_taxCode, &QLineEdit::textChanged, this, &VolunteerDialog::checkTaxCode);
    connect(m_employerTaxCode, &QLineEdit::editingFinished, this, &VolunteerDialog::lookUpEmployer);
    connect(m_employment, &QComboBox::currentIndexChanged, this, &VolunteerDialog::employmentChanged);

    VolunteerRepository people(context.db);
    if (volunteerId) {
        auto v = people.volunteer(volunteerId);
        if (v && v->id) {
            m_lastName->setText(v->lastName);
            m_firstName->setText(v->firstName);
            m_taxCode->setText(v->taxCode);
            core::selectByData(m_organisation, v->organisationId);
            if (auto c = core::ComuneRepository(context.db).comune(v->comuneId))
                m_residence->setText(QStringLiteral("%1 (%2)").arg(c->name, c->province));
            m_address->setText(v->address);
            m_phone->setText(v->phone);
            m_email->setText(v->email);
            core::selectByData(m_employment, int(v->employment));
            m_active->setChecked(v->active);
            m_notes->setPlainText(v->notes);
            if (v->employerId) {
                if (auto e = people.employer(v->employerId); e && e->id) {
                    m_employerId = e->id;
                    m_employerName->setText(e->name);
                    m_employerTaxCode->setText(e->taxCode);
                    m_employerAddress->setText(e->address);
                    m_employerPec->setText(e->pec);
                }
            }
        }
    }
    checkTaxCode();
    employmentChanged();
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void VolunteerDialog::setOrganisation(qint64 organisationId)
{
    core::selectByData(m_organisation, organisationId);
}

void VolunteerDialog::checkTaxCode()
{
    const QString text = m_taxCode->text();
    if (CodiceFiscale::normalise(text).size() < 16) {
        m_taxCodeStatus->setText(
            QStringLiteral("<span style=\"color:#555f6a\">%1</span>")
                .arg(tr("%Ln characters of 16", nullptr, int(CodiceFiscale::normalise(text).size()))));
        return;
    }
    auto info = CodiceFiscale::parse(text, m_context.clock->today());
    if (!info) {
        m_taxCodeStatus->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                                     .arg(core::ErrorText::describe(info.error()).toHtmlEscaped()));
        return;
    }
    QString status = info->sex == QLatin1Char('F')
        ? tr("Valid: a woman born on %1").arg(core::toItalianDate(info->birthDate))
        : tr("Valid: a man born on %1").arg(core::toItalianDate(info->birthDate));
    if (!m_lastName->text().trimmed().isEmpty() && !m_firstName->text().trimmed().isEmpty()
        && !CodiceFiscale::matchesName(info->code, m_lastName->text(), m_firstName->text()))
        status += QStringLiteral(" <span style=\"color:#a15c00\">%1</span>")
                      .arg(tr("(it does not match the surname and name)"));
    m_taxCodeStatus->setText(QStringLiteral("<span style=\"color:#2e7d32\">%1</span>").arg(status));
}

void VolunteerDialog::lookUpEmployer()
{
    const QString code = CodiceFiscale::normalise(m_employerTaxCode->text());
    if (code.isEmpty())
        return;
    auto e = VolunteerRepository(m_context.db).employerByTaxCode(code);
    if (!e || e->id == 0)
        return;
    // Known employer: its record fills in what was left empty.
    if (m_employerName->text().trimmed().isEmpty())
        m_employerName->setText(e->name);
    if (m_employerAddress->text().trimmed().isEmpty())
        m_employerAddress->setText(e->address);
    if (m_employerPec->text().trimmed().isEmpty())
        m_employerPec->setText(e->pec);
}

void VolunteerDialog::employmentChanged()
{
    const bool working
        = Volunteer::Employment(m_employment->currentData().toInt()) != Volunteer::Employment::NotWorking;
    for (QLineEdit *e : { m_employerName, m_employerTaxCode, m_employerAddress, m_employerPec })
        e->setEnabled(working);
}

void VolunteerDialog::accept()
{
    Volunteer v;
    VolunteerRepository people(m_context.db);
    if (m_id) {
        auto existing = people.volunteer(m_id);
        if (existing)
            v = *existing;
    }
    v.lastName = m_lastName->text();
    v.firstName = m_firstName->text();
    v.taxCode = m_taxCode->text();
    v.organisationId = m_organisation->currentData().toLongLong();
    v.address = m_address->text();
    v.phone = m_phone->text();
    v.email = m_email->text();
    v.employment = Volunteer::Employment(m_employment->currentData().toInt());
    v.active = m_active->isChecked();
    v.notes = m_notes->toPlainText();

    // The comune as typed: exact, or ask about the correction.
    auto matcher = core::ComuneMatcher::load(m_context.db);
    if (!matcher) {
        ui::showError(this, windowTitle(), matcher.error());
        return;
    }
    const core::ComuneMatch m = matcher->match(m_residence->text());
    QStringList suggestions;
    for (const core::ComuneCandidate &s : m.suggestions)
        suggestions.append(s.label());
    if (m.kind == core::ComuneMatch::Kind::Corrected) {
        if (QMessageBox::question(this, windowTitle(), tr("Did you mean %1?").arg(m.comune.label()))
            != QMessageBox::Yes)
            return;
        m_residence->setText(m.comune.label());
    } else if (m.kind == core::ComuneMatch::Kind::Ambiguous) {
        ui::showError(this, windowTitle(),
            core::Error(QStringLiteral("reference.ambiguous_comune"),
                { m_residence->text(), suggestions.join(QStringLiteral(", ")) }));
        m_residence->setFocus();
        return;
    } else if (m.kind == core::ComuneMatch::Kind::NotFound) {
        ui::showError(this, windowTitle(),
            core::Error(QStringLiteral("reference.comune_not_found"),
                { m_residence->text(), suggestions.mid(0, 3).join(QStringLiteral(", ")) }));
        m_residence->setFocus();
        return;
    }
    v.comuneId = m.comune.comuneId;

    if (CodiceFiscale::isValid(v.taxCode) && !CodiceFiscale::matchesName(v.taxCode, v.lastName, v.firstName)
        && QMessageBox::question(this, windowTitle(),
               tr("The codice fiscale does not match the surname and name as written. Save anyway?"))
            != QMessageBox::Yes)
        return;

    Employer employer;
    const bool withEmployer = v.employment != Volunteer::Employment::NotWorking
        && !(m_employerName->text().trimmed().isEmpty() && m_employerTaxCode->text().trimmed().isEmpty());
    if (withEmployer) {
        employer.name = m_employerName->text();
        employer.taxCode = m_employerTaxCode->text();
        employer.address = m_employerAddress->text();
        employer.pec = m_employerPec->text();
    } else {
        v.employerId = 0; // not working, or the employer was cleared
    }
    auto command = std::make_shared<SaveVolunteer>(v, withEmployer ? std::optional<Employer>(employer) : std::nullopt);
    if (auto s = m_commands.run(command); !s) {
        ui::showError(this, windowTitle(), s.error());
        return;
    }
    m_id = command->id();
    QDialog::accept();
}

} // namespace volunteers
