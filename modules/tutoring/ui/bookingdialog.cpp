#include "tutoring/ui/bookingdialog.h"

#include "core/ui/discardguard.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "tutoring/domain/lessoncommands.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/ui/tutoringerrortext.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutoring {

BookingDialog::BookingDialog(core::AppContext &context, core::CommandStack &commands, int subjectId, const QDate &day,
    int hour, qint64 pupilId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_subjectId(subjectId)
    , m_day(day)
    , m_hour(hour)
{
    setWindowTitle(tr("Book a lesson"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_heading->setFont(big);

    // Pupils of the subject's school order, not BES (their hours go on the assignment).
    SchoolOrder order = SchoolOrder::Middle;
    if (auto subjects = ServiceRepository(context.db).subjects())
        for (const Subject &s : *subjects)
            if (s.id == subjectId)
                order = s.order;
    m_pupil = new QComboBox(this);
    m_pupil->setEditable(true);
    m_pupil->setInsertPolicy(QComboBox::NoInsert);
    m_pupil->setAccessibleName(tr("Pupil"));
    if (auto pupils = PeopleRepository(context.db, *context.clock).pupils(true))
        for (const Pupil &p : *pupils)
            if (p.order == order && !p.bes)
                m_pupil->addItem(TutoringWidgets::pupilLabel(p), p.id);
    // The pupil given (from the pupil's page), or none: the first of the
    // list would be a plausible wrong answer.
    m_pupil->setCurrentIndex(m_pupil->findData(pupilId));
    m_pupil->lineEdit()->setPlaceholderText(tr("type or choose the pupil"));

    m_assistant = new QComboBox(this);
    m_assistant->setAccessibleName(tr("Study assistant"));
    m_assistant->setPlaceholderText(tr("choose the assistant"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("optional, e.g. the topic agreed with the school"));

    m_refusal = new QLabel(this);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_refusal->hide();
    m_alternatives = new QListWidget(this);
    m_alternatives->setAccessibleName(tr("Next free slots"));
    m_alternatives->setMaximumHeight(120);
    m_alternatives->hide();
    m_useAlternative = new QPushButton(tr("Book this slot &instead"), this);
    m_useAlternative->hide();
    connect(m_useAlternative, &QPushButton::clicked, this, &BookingDialog::useAlternative);
    connect(m_alternatives, &QListWidget::itemActivated, this, &BookingDialog::useAlternative);

    auto *form = new QFormLayout;
    form->addRow(tr("&Pupil:"), m_pupil);
    form->addRow(tr("&Study assistant:"), m_assistant);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (tryBook())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_alternatives);
    layout->addWidget(m_useAlternative, 0, Qt::AlignRight);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updateHeading();
    loadAssistants();
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void BookingDialog::updateHeading()
{
    QString subject;
    if (auto subjects = ServiceRepository(m_context.db).subjects())
        for (const Subject &s : *subjects)
            if (s.id == m_subjectId)
                subject = s.name;
    m_heading->setText(
        tr("%1 · %2, %3")
            .arg(subject, QLocale().toString(m_day, QStringLiteral("dddd d MMMM yyyy")), Labels::slot(m_hour)));
}

void BookingDialog::loadAssistants()
{
    const QVariant current = m_assistant->currentData();
    m_assistant->clear();
    auto free = BookingService(m_context.db, *m_context.clock).freeAssistants(m_subjectId, m_day, m_hour);
    if (free)
        for (const auto &a : *free)
            m_assistant->addItem(a.second, a.first);
    if (m_assistant->count() == 0)
        m_assistant->addItem(tr("(no assistant free at this hour)"), QVariant());
    // The one chosen before, the only one there is, or none.
    const int kept = m_assistant->findData(current);
    m_assistant->setCurrentIndex(kept >= 0 ? kept : (m_assistant->count() == 1 ? 0 : -1));
}

bool BookingDialog::tryBook()
{
    BookingRequest r;
    r.pupilId = m_pupil->currentData().toLongLong();
    r.subjectId = m_subjectId;
    r.assistantId = m_assistant->currentData().toLongLong();
    r.day = m_day;
    r.hour = m_hour;
    if (r.pupilId == 0 || r.assistantId == 0) {
        m_refusal->setText(r.pupilId == 0 ? tr("Choose the pupil.")
                : m_assistant->currentIndex() < 0 ? tr("Choose the study assistant.")
                                                  : tr("No assistant can take this slot: choose another slot."));
        m_refusal->show();
        return false;
    }
    auto command = std::make_shared<BookLesson>(r, m_note->text());
    const core::Status booked = m_commands.run(command);
    m_offered = command->alternatives();
    if (booked) {
        m_bookingId = command->bookingId();
        return true;
    }
    m_refusal->setText(tr("Not booked. %1").arg(TutoringWidgets::describe(booked.error())));
    m_refusal->show();
    m_alternatives->clear();
    for (const FreeSlot &s : m_offered)
        m_alternatives->addItem(TutoringErrorText::slotText(s));
    m_alternatives->setVisible(!m_offered.isEmpty());
    m_useAlternative->setVisible(!m_offered.isEmpty());
    if (!m_offered.isEmpty())
        m_alternatives->setCurrentRow(0);
    return false;
}

void BookingDialog::useAlternative()
{
    const int row = m_alternatives->currentRow();
    if (row < 0 || row >= m_offered.size())
        return;
    const FreeSlot slot = m_offered.at(row);
    m_day = slot.day;
    m_hour = slot.hour;
    updateHeading();
    loadAssistants();
    m_assistant->setCurrentIndex(std::max(0, m_assistant->findData(slot.assistantId)));
    if (tryBook())
        accept();
}

} // namespace tutoring
