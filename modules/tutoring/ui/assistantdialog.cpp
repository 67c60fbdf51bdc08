#include "tutoring/ui/assistantdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/formwidgets.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/domain/tutoringreports.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tutoring {

AssistantDialog::AssistantDialog(core::AppContext &context, core::CommandStack &commands, qint64 assistantId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    PeopleRepository people(context.db, *context.clock);
    if (assistantId)
        if (auto a = people.assistant(assistantId))
            m_assistant = *a;
    setWindowTitle(assistantId ? tr("Study assistant %1").arg(m_assistant.fullName()) : tr("New study assistant"));
    ServiceRepository service(context.db);

    m_code = new QLineEdit(m_assistant.code, this);
    m_code->setPlaceholderText(tr("given automatically"));
    m_family = new QLineEdit(m_assistant.familyName, this);
    m_given = new QLineEdit(m_assistant.givenName, this);
    m_school = new QComboBox(this);
    if (auto schools = service.schools())
        for (const School &s : *schools)
            m_school->addItem(tr("%1 (%2)").arg(s.name, s.comuneName), s.id);
    m_school->setCurrentIndex(std::max(0, m_school->findData(m_assistant.schoolId)));
    m_class = new QComboBox(this);
    m_class->addItem(tr("4th year"), 4);
    m_class->addItem(tr("5th year"), 5);
    m_class->setCurrentIndex(m_assistant.classYear == 5 ? 1 : 0);
    m_comune = new ComuneField(context.db, this);
    if (m_assistant.comuneId)
        m_comune->setComune(m_assistant.comuneId);
    m_email = new QLineEdit(m_assistant.email, this);
    m_phone = new QLineEdit(m_assistant.phone, this);
    m_tutor = new QComboBox(this);
    m_tutor->addItem(tr("(none)"), QVariant(qint64(0)));
    if (auto tutors = people.tutors(true))
        for (const Tutor &t : *tutors)
            m_tutor->addItem(t.fullName(), t.id);
    m_tutor->setCurrentIndex(std::max(0, m_tutor->findData(m_assistant.tutorId)));

    // The health-and-safety course.
    m_none = new QRadioButton(Labels::safetyCourse(SafetyCourse::None), this);
    m_enrolled = new QRadioButton(Labels::safetyCourse(SafetyCourse::Enrolled), this);
    m_done = new QRadioButton(tr("Done on"), this);
    auto *courseGroup = new QButtonGroup(this);
    for (QRadioButton *b : { m_none, m_enrolled, m_done })
        courseGroup->addButton(b);
    m_courseOn
        = core::makeDateEdit(m_assistant.safetyCourseOn.isValid() ? m_assistant.safetyCourseOn : context.clock->today(),
            this, tr("Date of the course"));
    (m_assistant.safetyCourse == SafetyCourse::Done              ? m_done
            : m_assistant.safetyCourse == SafetyCourse::Enrolled ? m_enrolled
                                                                 : m_none)
        ->setChecked(true);
    m_courseOn->setEnabled(m_done->isChecked());
    connect(m_done, &QRadioButton::toggled, m_courseOn, &QWidget::setEnabled);

    m_active = new QCheckBox(tr("Active (can be booked)"), this);
    m_active->setChecked(m_assistant.id == 0 || m_assistant.active);
    m_notes = new QPlainTextEdit(m_assistant.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(50);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto *personBox = new QGroupBox(tr("Study assistant"), this);
    auto *form = new QFormLayout(personBox);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&School:"), m_school);
    form->addRow(tr("Cl&ass:"), m_class);
    form->addRow(tr("Comune of &residence:"), m_comune);
    form->addRow(QString(), m_comune->statusLabel());
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Tutor:"), m_tutor);
    auto *courseRow = new QHBoxLayout;
    courseRow->addWidget(m_none);
    courseRow->addWidget(m_enrolled);
    courseRow->addWidget(m_done);
    courseRow->addWidget(m_courseOn);
    courseRow->addStretch();
    form->addRow(tr("Safety course:"), courseRow);
    form->addRow(m_active);
    if (m_assistant.id) {
        const int given = people.hoursGivenBy(m_assistant.id).value();
        const int course = m_assistant.safetyCourse == SafetyCourse::Done ? TutoringReports::safetyCourseHours : 0;
        form->addRow(tr("PCTO hours:"),
            new QLabel(
                tr("%1 (%2 lesson hours given + %3 course hours)").arg(given + course).arg(given).arg(course), this));
    }
    form->addRow(tr("&Notes:"), m_notes);

    auto *subjectsBox = new QGroupBox(tr("Subjects they can teach"), this);
    auto *subjectsLayout = new QVBoxLayout(subjectsBox);
    if (auto subjects = service.subjects())
        for (const Subject &s : *subjects) {
            auto *box = new QCheckBox(
                s.order == SchoolOrder::Middle ? tr("%1 (middle school)").arg(s.name) : s.name, subjectsBox);
            box->setChecked(m_assistant.subjectIds.contains(s.id));
            subjectsLayout->addWidget(box);
            m_subjects.insert(s.id, box);
        }
    subjectsLayout->addStretch();

    auto *right = new QVBoxLayout;
    right->addWidget(subjectsBox);
    right->addWidget(buildAvailability());
    auto *columns = new QHBoxLayout;
    columns->addWidget(personBox, 3);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

QWidget *AssistantDialog::buildAvailability()
{
    auto *box = new QGroupBox(tr("Weekly availability"), this);
    auto *grid = new QGridLayout(box);
    QList<int> weekdays { 1, 2, 3, 4, 5, 6 }, hours { 15, 16, 17 };
    if (auto p = ServiceRepository(m_context.db).periodAround(m_context.clock->today()); p && p->isValid()) {
        weekdays = p->weekdays;
        hours = p->slotHours;
    }
    for (int key : m_assistant.availability) { // keep what was offered outside the current slots
        if (!weekdays.contains(key / 100))
            weekdays.append(key / 100);
        if (!hours.contains(key % 100))
            hours.append(key % 100);
    }
    std::sort(weekdays.begin(), weekdays.end());
    std::sort(hours.begin(), hours.end());
    for (int c = 0; c < weekdays.size(); ++c) {
        auto *label = new QLabel(Labels::weekdayShort(weekdays.at(c)), box);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, 0, c + 1);
    }
    for (int r = 0; r < hours.size(); ++r) {
        grid->addWidget(new QLabel(Labels::slot(hours.at(r)), box), r + 1, 0);
        for (int c = 0; c < weekdays.size(); ++c) {
            auto *check = new QCheckBox(box);
            const int key = availabilityKey(weekdays.at(c), hours.at(r));
            check->setChecked(m_assistant.availability.contains(key));
            check->setAccessibleName(tr("%1 %2").arg(Labels::weekdayLong(weekdays.at(c)), Labels::slot(hours.at(r))));
            grid->addWidget(check, r + 1, c + 1, Qt::AlignCenter);
            m_availability.insert(key, check);
        }
    }
    return box;
}

bool AssistantDialog::save()
{
    Assistant a = m_assistant;
    a.code = m_code->text();
    a.familyName = m_family->text();
    a.givenName = m_given->text();
    a.schoolId = m_school->currentData().toInt();
    a.classYear = m_class->currentData().toInt();
    a.comuneId = m_comune->comuneId();
    a.email = m_email->text();
    a.phone = m_phone->text();
    a.tutorId = m_tutor->currentData().toLongLong();
    a.safetyCourse = m_done->isChecked() ? SafetyCourse::Done
        : m_enrolled->isChecked()        ? SafetyCourse::Enrolled
                                         : SafetyCourse::None;
    a.safetyCourseOn = m_done->isChecked() ? m_courseOn->date() : QDate();
    a.active = m_active->isChecked();
    a.notes = m_notes->toPlainText();
    a.subjectIds.clear();
    for (auto it = m_subjects.constBegin(); it != m_subjects.constEnd(); ++it)
        if (it.value()->isChecked())
            a.subjectIds.append(it.key());
    a.availability.clear();
    for (auto it = m_availability.constBegin(); it != m_availability.constEnd(); ++it)
        if (it.value()->isChecked())
            a.availability.append(it.key());
    if (a.comuneId == 0 && !m_comune->text().trimmed().isEmpty()) {
        m_error->setText(
            tr("The comune «%1» is not recognised: %2").arg(m_comune->text(), m_comune->statusLabel()->text()));
        m_error->show();
        m_comune->setFocus();
        return false;
    }
    auto command = std::make_shared<SaveAssistant>(a);
    if (auto saved = m_commands.run(command); !saved) {
        m_error->setText(TutoringWidgets::describe(saved.error()));
        m_error->show();
        const QString field = saved.error().where.field;
        if (field == QLatin1String("family_name"))
            m_family->setFocus();
        else if (field == QLatin1String("given_name"))
            m_given->setFocus();
        else if (field == QLatin1String("comune"))
            m_comune->setFocus();
        else if (field == QLatin1String("safety_course_on"))
            m_courseOn->setFocus();
        else if (field == QLatin1String("code"))
            m_code->setFocus();
        return false;
    }
    m_assistant.id = command->id();
    return true;
}

} // namespace tutoring
