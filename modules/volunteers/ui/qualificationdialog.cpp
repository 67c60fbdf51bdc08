#include "volunteers/ui/qualificationdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/formwidgets.h"
#include "volunteers/domain/volunteercommands.h"
#include "volunteers/domain/volunteerrepository.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace volunteers {

QualificationDialog::QualificationDialog(
    core::AppContext &context, core::CommandStack &commands, const Qualification &qualification, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_qualification(qualification)
{
    setWindowTitle(qualification.id ? tr("Change course or qualification") : tr("New course or qualification"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Course attended"), int(Qualification::Kind::Course));
    m_kind->addItem(tr("Qualification held"), int(Qualification::Kind::Qualification));
    core::selectByData(m_kind, int(qualification.kind));
    m_name = new QComboBox(this);
    m_name->setEditable(true);
    m_name->addItems({ QStringLiteral("Corso base di protezione civile"),
        QStringLiteral("BLSD - rianimazione e defibrillazione"), QStringLiteral("Operatore radio in emergenza"),
        QStringLiteral("Antincendio boschivo (AIB)"), QStringLiteral("Uso in sicurezza della motosega"),
        QStringLiteral("Rischio idrogeologico e idraulico"), QStringLiteral("Patente C per mezzi pesanti"),
        QStringLiteral("Sicurezza nei luoghi di lavoro (D.Lgs 81/2008)") });
    m_name->setCurrentText(qualification.name);
    m_name->setMinimumContentsLength(36);
    m_obtained = core::makeDateEdit(
        qualification.obtainedOn.isValid() ? qualification.obtainedOn : context.clock->today(), this);
    m_expires = new QCheckBox(tr("Expires on"), this);
    m_expiry = core::makeDateEdit(
        qualification.expiresOn.isValid() ? qualification.expiresOn : m_obtained->date().addYears(2), this);
    m_expires->setChecked(qualification.expiresOn.isValid());
    m_expiry->setEnabled(m_expires->isChecked());
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    m_notes = new QLineEdit(qualification.notes, this);

    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Obtained on:"), m_obtained);
    form->addRow(QString(), expiryRow);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void QualificationDialog::accept()
{
    Qualification q = m_qualification;
    q.kind = Qualification::Kind(m_kind->currentData().toInt());
    q.name = m_name->currentText();
    q.obtainedOn = m_obtained->date();
    q.expiresOn = m_expires->isChecked() ? m_expiry->date() : QDate();
    q.notes = m_notes->text();
    if (auto s = m_commands.run(std::make_shared<SaveQualification>(q)); !s) {
        ui::showError(this, windowTitle(), s.error());
        return;
    }
    QDialog::accept();
}

} // namespace volunteers
