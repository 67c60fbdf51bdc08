#include "tutoring/ui/pupildialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/formwidgets.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tutoring {

PupilDialog::PupilDialog(core::AppContext &context, core::CommandStack &commands, qint64 pupilId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    if (pupilId)
        if (auto p = PeopleRepository(context.db, *context.clock).pupil(pupilId))
            m_pupil = *p;
    setWindowTitle(pupilId ? tr("Pupil %1").arg(m_pupil.fullName()) : tr("New pupil"));

    m_code = new QLineEdit(m_pupil.code, this);
    m_code->setPlaceholderText(tr("given automatically"));
    m_family = new QLineEdit(m_pupil.familyName, this);
    m_given = new QLineEdit(m_pupil.givenName, this);
    m_birthYear = new QSpinBox(this);
    m_birthYear->setRange(1990, context.clock->today().year());
    m_birthYear->setValue(m_pupil.birthYear ? m_pupil.birthYear : context.clock->today().year() - 13);
    m_order = new QComboBox(this);
    m_order->addItem(Labels::schoolOrder(SchoolOrder::Middle), int(SchoolOrder::Middle));
    m_order->addItem(Labels::schoolOrder(SchoolOrder::High), int(SchoolOrder::High));
    m_order->setCurrentIndex(m_pupil.order == SchoolOrder::High ? 1 : 0);
    m_class = new QComboBox(this);
    fillClasses();
    m_class->setCurrentIndex(std::max(0, m_class->findData(m_pupil.classYear)));
    connect(m_order, &QComboBox::currentIndexChanged, this, &PupilDialog::fillClasses);
    m_school = new QLineEdit(m_pupil.schoolName, this);
    m_school->setPlaceholderText(tr("the school the pupil attends"));
    m_comune = new ComuneField(context.db, this);
    if (m_pupil.comuneId)
        m_comune->setComune(m_pupil.comuneId);
    m_parentName = new QLineEdit(m_pupil.parentName, this);
    m_parentPhone = new QLineEdit(m_pupil.parentPhone, this);
    m_parentEmail = new QLineEdit(m_pupil.parentEmail, this);
    m_bes = new QCheckBox(tr("Special educational needs (BES): a stable assistant is assigned by hand"), this);
    m_bes->setChecked(m_pupil.bes);
    m_consent = new QCheckBox(tr("Consent received on"), this);
    m_consent->setChecked(m_pupil.consentOn.isValid());
    m_consentOn = core::makeDateEdit(m_pupil.consentOn.isValid() ? m_pupil.consentOn : context.clock->today(), this);
    m_consentOn->setEnabled(m_consent->isChecked());
    connect(m_consent, &QCheckBox::toggled, m_consentOn, &QWidget::setEnabled);
    m_active = new QCheckBox(tr("Active (uses the service)"), this);
    m_active->setChecked(m_pupil.id == 0 || m_pupil.active);
    m_notes = new QPlainTextEdit(m_pupil.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto *pupilBox = new QGroupBox(tr("Pupil"), this);
    auto *form = new QFormLayout(pupilBox);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Year of birth:"), m_birthYear);
    auto *schoolRow = new QHBoxLayout;
    schoolRow->addWidget(m_order);
    schoolRow->addWidget(m_class);
    auto *schoolLabel = new QLabel(tr("School &order and class:"), this);
    schoolLabel->setBuddy(m_order);
    form->addRow(schoolLabel, schoolRow);
    form->addRow(tr("Sc&hool:"), m_school);
    form->addRow(tr("Comune of &residence:"), m_comune);
    form->addRow(QString(), m_comune->statusLabel());
    form->addRow(m_bes);
    form->addRow(m_active);

    auto *parentBox = new QGroupBox(tr("Parent (who booked)"), this);
    auto *parentForm = new QFormLayout(parentBox);
    parentForm->addRow(tr("N&ame:"), m_parentName);
    parentForm->addRow(tr("&Phone:"), m_parentPhone);
    parentForm->addRow(tr("&E-mail:"), m_parentEmail);
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_consentOn);
    consentRow->addStretch();
    parentForm->addRow(consentRow);
    parentForm->addRow(tr("&Notes:"), m_notes);

    auto *privacy = new QLabel(tr("Personal data of a minor: it is shown only here and in the booking screens, "
                                  "and leaves the program only in aggregate reports."),
        this);
    privacy->setWordWrap(true);
    privacy->setStyleSheet(QStringLiteral("color: #555f6a;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pupilBox);
    layout->addWidget(parentBox);
    layout->addWidget(privacy);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void PupilDialog::fillClasses()
{
    const QVariant current = m_class->currentData();
    const auto order = SchoolOrder(m_order->currentData().toInt());
    m_class->clear();
    for (int year : order == SchoolOrder::Middle ? QList<int> { 2, 3 } : QList<int> { 1, 2 })
        m_class->addItem(Labels::schoolClass(order, year), year);
    m_class->setCurrentIndex(std::max(0, m_class->findData(current)));
}

QWidget *PupilDialog::widgetFor(const QString &field) const
{
    static const QHash<QString, int> order { { QStringLiteral("code"), 0 }, { QStringLiteral("family_name"), 1 },
        { QStringLiteral("given_name"), 2 }, { QStringLiteral("birth_year"), 3 }, { QStringLiteral("class_year"), 4 },
        { QStringLiteral("comune"), 5 }, { QStringLiteral("parent_email"), 6 }, { QStringLiteral("consent_on"), 7 } };
    const QList<QWidget *> widgets { m_code, m_family, m_given, m_birthYear, m_class, m_comune, m_parentEmail,
        m_consentOn };
    const int i = order.value(field, -1);
    return i >= 0 ? widgets.at(i) : nullptr;
}

bool PupilDialog::save()
{
    Pupil p = m_pupil;
    p.code = m_code->text();
    p.familyName = m_family->text();
    p.givenName = m_given->text();
    p.birthYear = m_birthYear->value();
    p.order = SchoolOrder(m_order->currentData().toInt());
    p.classYear = m_class->currentData().toInt();
    p.schoolName = m_school->text();
    p.comuneId = m_comune->comuneId();
    p.parentName = m_parentName->text();
    p.parentPhone = m_parentPhone->text();
    p.parentEmail = m_parentEmail->text();
    p.bes = m_bes->isChecked();
    p.consentOn = m_consent->isChecked() ? m_consentOn->date() : QDate();
    p.active = m_active->isChecked();
    p.notes = m_notes->toPlainText();
    if (p.comuneId == 0 && !m_comune->text().trimmed().isEmpty()) {
        m_error->setText(
            tr("The comune «%1» is not recognised: %2").arg(m_comune->text(), m_comune->statusLabel()->text()));
        m_error->show();
        m_comune->setFocus();
        return false;
    }
    auto command = std::make_shared<SavePupil>(p);
    if (auto saved = m_commands.run(command); !saved) {
        m_error->setText(TutoringWidgets::describe(saved.error()));
        m_error->show();
        if (QWidget *w = widgetFor(saved.error().where.field))
            w->setFocus();
        return false;
    }
    m_pupil.id = command->id();
    return true;
}

} // namespace tutoring
