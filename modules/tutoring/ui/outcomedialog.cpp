#include "tutoring/ui/outcomedialog.h"

#include "core/ui/discardguard.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "tutoring/domain/lessoncommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tutoring {

OutcomeDialog::OutcomeDialog(core::AppContext &context, core::CommandStack &commands, qint64 bookingId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    BookingService service(context.db, *context.clock);
    if (auto l = service.lesson(bookingId))
        m_lesson = *l;
    const bool correcting = m_lesson.outcomeId != 0;
    setWindowTitle(correcting ? tr("Correct the outcome") : tr("Record the outcome"));

    PeopleRepository people(context.db, *context.clock);
    QString pupil, assistant;
    if (auto p = people.pupil(m_lesson.pupilId))
        pupil = p->shortName();
    if (auto a = people.assistant(m_lesson.assistantId))
        assistant = a->fullName();
    auto *heading = new QLabel(tr("<b>%1, %2</b><br/>%3 with %4")
                                   .arg(QLocale().toString(m_lesson.day, QStringLiteral("dddd d MMMM yyyy")),
                                       Labels::slot(m_lesson.hour), pupil.toHtmlEscaped(), assistant.toHtmlEscaped()),
        this);
    auto *current
        = new QLabel(correcting ? tr("Outcome in force: <b>%1</b>. The correction is recorded as a new entry; "
                                     "the previous one stays in the history.")
                                      .arg(Labels::lessonState(m_lesson.state))
                                : tr("No outcome recorded yet."),
            this);
    current->setWordWrap(true);

    m_given = new QRadioButton(tr("&Given by the assistant"), this);
    m_standIn = new QRadioButton(tr("Given by a &tutor standing in"), this);
    m_absent = new QRadioButton(tr("Pupil &absent"), this);
    m_cancelled = new QRadioButton(tr("&Cancelled"), this);
    m_states = new QButtonGroup(this);
    m_states->addButton(m_given);
    m_states->addButton(m_standIn);
    m_states->addButton(m_absent);
    m_states->addButton(m_cancelled);
    m_tutor = new QComboBox(this);
    m_tutor->setAccessibleName(tr("Tutor"));
    if (auto tutors = people.tutors(true))
        for (const Tutor &t : *tutors)
            m_tutor->addItem(t.fullName(), t.id);
    m_note = new QLineEdit(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    connect(m_states, &QButtonGroup::buttonToggled, this, &OutcomeDialog::updateTutor);

    auto *form = new QFormLayout;
    form->addRow(m_given);
    form->addRow(m_standIn);
    form->addRow(tr("T&utor:"), m_tutor);
    form->addRow(m_absent);
    form->addRow(m_cancelled);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(correcting ? tr("Record the &correction") : tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // A lesson still to come can only be cancelled.
    const bool future = QDateTime(m_lesson.day, QTime(m_lesson.hour, 0)) > context.clock->now();
    if (future) {
        for (QRadioButton *b : { m_given, m_standIn, m_absent })
            b->setEnabled(false);
        auto *note = new QLabel(tr("The lesson has not taken place yet: it can only be cancelled."), this);
        note->setWordWrap(true);
        layout->insertWidget(2, note);
    }
    if (correcting)
        choose(m_lesson.state, m_lesson.tutorId);
    else
        (future ? m_cancelled : m_given)->setChecked(true);
    updateTutor();
    resize(std::max(width(), 460), sizeHint().height());
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void OutcomeDialog::choose(LessonState state, qint64 tutorId)
{
    switch (state) {
    case LessonState::Given:
        (tutorId ? m_standIn : m_given)->setChecked(true);
        if (tutorId)
            m_tutor->setCurrentIndex(std::max(0, m_tutor->findData(tutorId)));
        break;
    case LessonState::NoShow:
        m_absent->setChecked(true);
        break;
    case LessonState::Cancelled:
        m_cancelled->setChecked(true);
        break;
    case LessonState::Booked:
        break;
    }
    updateTutor();
}

void OutcomeDialog::updateTutor()
{
    m_tutor->setEnabled(m_standIn->isChecked());
}

bool OutcomeDialog::save()
{
    OutcomeRequest r;
    r.bookingId = m_lesson.bookingId;
    r.note = m_note->text();
    if (m_given->isChecked() || m_standIn->isChecked()) {
        r.state = LessonState::Given;
        r.taughtBy = m_standIn->isChecked() ? TaughtBy::Tutor : TaughtBy::Assistant;
        r.tutorId = m_standIn->isChecked() ? m_tutor->currentData().toLongLong() : 0;
    } else if (m_absent->isChecked()) {
        r.state = LessonState::NoShow;
    } else {
        r.state = LessonState::Cancelled;
    }
    auto command = std::make_shared<RecordOutcome>(r);
    if (auto saved = m_commands.run(command); !saved) {
        m_error->setText(TutoringWidgets::describe(saved.error()));
        m_error->show();
        return false;
    }
    m_outcomeId = command->outcomeId();
    return true;
}

} // namespace tutoring
