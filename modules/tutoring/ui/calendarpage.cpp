#include "tutoring/ui/calendarpage.h"

#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/ui/bookingdialog.h"
#include "tutoring/ui/slotcalendarwidget.h"
#include "tutoring/ui/tutoringerrortext.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tutoring {

CalendarPage::CalendarPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_subject = new QComboBox(this);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setMinimumContentsLength(22);
    m_pupil = new QComboBox(this);
    m_pupil->setEditable(true);
    m_pupil->setInsertPolicy(QComboBox::NoInsert);
    m_pupil->setMinimumContentsLength(34);
    m_pupil->setAccessibleName(tr("Pupil"));
    m_pupil->setToolTip(tr("Choose a pupil to see which slots they can take"));

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month (Page Up)"));
    previous->setAccessibleName(tr("Previous month"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month (Page Down)"));
    next->setAccessibleName(tr("Next month"));
    auto *today = new QPushButton(tr("&Today"), this);
    m_monthLabel = new QLabel(this);
    QFont monthFont = m_monthLabel->font();
    monthFont.setPointSizeF(monthFont.pointSizeF() * 1.3);
    monthFont.setBold(true);
    m_monthLabel->setFont(monthFont);
    m_monthLabel->setMinimumWidth(m_monthLabel->fontMetrics().horizontalAdvance(QStringLiteral("Settembre 2021")) + 12);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_period = new QLabel(this);
    m_period->setStyleSheet(QStringLiteral("color: #555f6a;"));

    auto *subjectLabel = new QLabel(tr("&Subject:"), this);
    subjectLabel->setBuddy(m_subject);
    auto *pupilLabel = new QLabel(tr("P&upil:"), this);
    pupilLabel->setBuddy(m_pupil);
    auto *top = new QHBoxLayout;
    top->addWidget(subjectLabel);
    top->addWidget(m_subject);
    top->addSpacing(12);
    top->addWidget(pupilLabel);
    top->addWidget(m_pupil, 1);
    top->addSpacing(12);
    top->addWidget(previous);
    top->addWidget(m_monthLabel);
    top->addWidget(next);
    top->addWidget(today);

    m_calendar = new SlotCalendarWidget(this);

    // The day panel.
    m_dayTitle = new QLabel(this);
    QFont dayFont = m_dayTitle->font();
    dayFont.setBold(true);
    dayFont.setPointSizeF(dayFont.pointSizeF() * 1.1);
    m_dayTitle->setFont(dayFont);
    m_dayTitle->setWordWrap(true);
    m_dayPanel = new QTreeWidget(this);
    m_dayPanel->setColumnCount(2);
    m_dayPanel->setHeaderLabels({ tr("Slot"), tr("Assistants free / lessons") });
    m_dayPanel->setRootIsDecorated(true);
    m_dayPanel->setAccessibleName(tr("Slots of the day"));
    m_dayPanel->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_book = new QPushButton(tr("&Book this slot..."), this);
    m_book->setDefault(false);
    m_next = new QPushButton(tr("&Next free slots for the pupil"), this);
    m_nextSlots = new QListWidget(this);
    m_nextSlots->setAccessibleName(tr("Next free slots"));
    m_nextSlots->setMaximumHeight(130);
    m_nextSlots->hide();
    auto *legend
        = new QLabel(tr("<b>Keyboard:</b> arrows move between days and slots, Page Up/Down change month, "
                        "Enter books the slot. Green: free slots (number of assistants free); grey: full or past; "
                        "orange: the pupil cannot take it."),
            this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #555f6a;"));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_dayTitle);
    sideLayout->addWidget(m_dayPanel, 1);
    sideLayout->addWidget(m_book);
    sideLayout->addWidget(m_next);
    sideLayout->addWidget(m_nextSlots);
    sideLayout->addWidget(legend);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_calendar, 1);
    leftLayout->addWidget(m_period);
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 900, 330 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    setTabOrder(m_subject, m_pupil);
    setTabOrder(m_pupil, m_calendar);
    setTabOrder(m_calendar, m_dayPanel);
    setTabOrder(m_dayPanel, m_book);

    connect(previous, &QToolButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    connect(today, &QPushButton::clicked, this, [this] {
        showMonth(m_context.clock->today());
        m_calendar->setCurrent(m_context.clock->today());
        m_calendar->setFocus();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        loadPupils();
        loadMonth();
    });
    connect(m_pupil, &QComboBox::currentIndexChanged, this, [this] {
        m_nextSlots->hide();
        loadMonth();
    });
    connect(m_calendar, &SlotCalendarWidget::monthRequested, this, &CalendarPage::showMonth);
    connect(m_calendar, &SlotCalendarWidget::currentChanged, this, &CalendarPage::showDay);
    connect(m_calendar, &SlotCalendarWidget::slotActivated, this, &CalendarPage::bookCurrent);
    connect(m_dayPanel, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        QTreeWidgetItem *top = item->parent() ? item->parent() : item;
        const int hour = top->data(0, Qt::UserRole).toInt();
        if (hour != m_calendar->currentHour()) {
            const QSignalBlocker block(m_calendar);
            m_calendar->setCurrent(m_calendar->currentDay(), hour);
            m_book->setEnabled(top->data(1, Qt::UserRole).toBool());
        }
    });
    connect(m_dayPanel, &QTreeWidget::itemActivated, this, [this] { bookCurrent(); });
    connect(m_book, &QPushButton::clicked, this, &CalendarPage::bookCurrent);
    connect(m_next, &QPushButton::clicked, this, &CalendarPage::findNextSlots);
    connect(m_nextSlots, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QDate day = item->data(Qt::UserRole).toDate();
        const int hour = item->data(Qt::UserRole + 1).toInt();
        showMonth(day);
        m_calendar->setCurrent(day, hour);
        m_calendar->setFocus();
    });

    // The month to start from: today within a service period, else the
    // period's first month.
    const QDate now = m_context.clock->today();
    auto period = ServiceRepository(m_context.db).periodAround(now);
    m_month = period && period->isValid() && !period->contains(now) ? period->firstDay : now;
    m_month = QDate(m_month.year(), m_month.month(), 1);
    m_calendar->setToday(now);
    reload();
}

int CalendarPage::subjectId() const
{
    return m_subject->currentData().toInt();
}

qint64 CalendarPage::pupilId() const
{
    return m_pupil->currentData().toLongLong();
}

void CalendarPage::reload()
{
    if (auto subjects = ServiceRepository(m_context.db).subjects()) {
        const QSignalBlocker block(m_subject);
        TutoringWidgets::fillSubjects(m_subject, *subjects);
        if (m_subject->currentIndex() < 0 && m_subject->count() > 0)
            m_subject->setCurrentIndex(0);
    }
    loadPupils();
    loadMonth();
}

void CalendarPage::selectSubject(int subjectId)
{
    const int index = m_subject->findData(subjectId);
    if (index >= 0)
        m_subject->setCurrentIndex(index);
}

void CalendarPage::selectPupil(qint64 pupilId)
{
    const int index = m_pupil->findData(pupilId);
    if (index >= 0)
        m_pupil->setCurrentIndex(index);
}

void CalendarPage::loadPupils()
{
    std::optional<SchoolOrder> order;
    if (auto subjects = ServiceRepository(m_context.db).subjects())
        for (const Subject &s : *subjects)
            if (s.id == subjectId())
                order = s.order;
    const qint64 current = pupilId();
    const QSignalBlocker block(m_pupil);
    m_pupil->clear();
    m_pupil->addItem(tr("(any pupil)"), QVariant(qint64(0)));
    if (auto pupils = PeopleRepository(m_context.db, *m_context.clock).pupils(true))
        for (const Pupil &p : *pupils)
            if (!p.bes && (!order || p.order == *order))
                m_pupil->addItem(TutoringWidgets::pupilLabel(p), p.id);
    m_pupil->setCurrentIndex(std::max(0, m_pupil->findData(current)));
}

void CalendarPage::showMonth(const QDate &month)
{
    if (!month.isValid())
        return;
    m_month = QDate(month.year(), month.month(), 1);
    loadMonth();
}

void CalendarPage::loadMonth()
{
    QString monthName = QLocale().toString(m_month, QStringLiteral("MMMM yyyy"));
    if (!monthName.isEmpty())
        monthName[0] = monthName.at(0).toUpper();
    m_monthLabel->setText(monthName);
    auto days = BookingService(m_context.db, *m_context.clock).month(subjectId(), m_month, pupilId());
    if (!days) {
        TutoringWidgets::showError(this, tr("Calendar"), days.error());
        return;
    }
    m_calendar->setMonth(m_month, *days);
    auto period = ServiceRepository(m_context.db).periodAround(m_month);
    if (period && period->isValid()) {
        QStringList hours;
        for (int h : period->slotHours)
            hours.append(Labels::slot(h));
        QStringList weekdays;
        for (int d : period->weekdays)
            weekdays.append(Labels::weekdayShort(d));
        m_period->setText(tr("Service period «%1»: %2 to %3, %4; slots %5.")
                              .arg(period->name, QLocale().toString(period->firstDay, QStringLiteral("dd/MM/yyyy")),
                                  QLocale().toString(period->lastDay, QStringLiteral("dd/MM/yyyy")),
                                  weekdays.join(QStringLiteral(" ")), hours.join(QStringLiteral(", "))));
    } else {
        m_period->setText(tr("No service period is set up: use «Period and slots...» to create one."));
    }
    showDay();
}

void CalendarPage::showDay()
{
    const QDate day = m_calendar->currentDay();
    m_dayTitle->setText(QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy")));
    m_dayPanel->clear();
    const DayAvailability *a = m_calendar->currentAvailability();
    if (!a || !a->serviceDay) {
        auto *item = new QTreeWidgetItem(m_dayPanel, { tr("No service on this day") });
        item->setFlags(Qt::ItemIsEnabled);
        // Across both columns: sized into the first, it pushed the second
        // header ("Assistenti liberi / lezioni") out of sight.
        item->setFirstColumnSpanned(true);
        m_book->setEnabled(false);
        return;
    }
    QList<LessonLine> lines;
    if (auto l = BookingService(m_context.db, *m_context.clock).lessonsOn(day, subjectId()))
        lines = *l;
    QTreeWidgetItem *current = nullptr;
    for (const SlotAvailability &s : a->hourSlots) {
        auto *item = new QTreeWidgetItem(m_dayPanel, { Labels::slot(s.hour), SlotCalendarWidget::stateText(s) });
        item->setData(0, Qt::UserRole, s.hour);
        item->setData(1, Qt::UserRole, s.state == SlotState::Free);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        for (const LessonLine &line : lines)
            if (line.hour == s.hour) {
                auto *child = new QTreeWidgetItem(
                    item, { line.pupil, tr("%1 · %2").arg(line.assistant, Labels::lessonState(line.state)) });
                if (line.state == LessonState::Cancelled) {
                    QFont strike = child->font(0);
                    strike.setStrikeOut(true);
                    child->setFont(0, strike);
                    child->setForeground(0, QColor(0x8a, 0x93, 0x9c));
                    child->setForeground(1, QColor(0x8a, 0x93, 0x9c));
                }
                child->setData(0, Qt::UserRole, s.hour);
            }
        item->setExpanded(true);
        if (s.hour == m_calendar->currentHour())
            current = item;
    }
    if (current) {
        const QSignalBlocker block(m_dayPanel);
        m_dayPanel->setCurrentItem(current);
    }
    const int hour = m_calendar->currentHour();
    bool free = false;
    for (const SlotAvailability &s : a->hourSlots)
        if (s.hour == hour)
            free = s.state == SlotState::Free;
    m_book->setEnabled(free);
}

void CalendarPage::bookCurrent()
{
    const QDate day = m_calendar->currentDay();
    const int hour = m_calendar->currentHour();
    if (hour < 0 || !m_book->isEnabled())
        return;
    BookingDialog dialog(m_context, m_commands, subjectId(), day, hour, pupilId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMonth(dialog.bookedDay());
    m_calendar->setCurrent(dialog.bookedDay(), dialog.bookedHour());
    emit booked(dialog.bookingId());
}

void CalendarPage::findNextSlots()
{
    m_nextSlots->clear();
    if (pupilId() == 0) {
        QMessageBox::information(this, tr("Next free slots"), tr("Choose the pupil first."));
        return;
    }
    BookingRequest r;
    r.pupilId = pupilId();
    r.subjectId = subjectId();
    r.day = std::max(m_calendar->currentDay(), m_context.clock->today());
    r.hour = -1;
    // Any assistant free: start from the first who teaches the subject.
    auto free = BookingService(m_context.db, *m_context.clock).nextFreeSlots(r, 8);
    if (!free) {
        TutoringWidgets::showError(this, tr("Next free slots"), free.error());
        return;
    }
    for (const FreeSlot &s : *free) {
        auto *item = new QListWidgetItem(TutoringErrorText::slotText(s), m_nextSlots);
        item->setData(Qt::UserRole, s.day);
        item->setData(Qt::UserRole + 1, s.hour);
    }
    if (free->isEmpty())
        new QListWidgetItem(tr("No free slot left in the service period."), m_nextSlots);
    m_nextSlots->show();
}

} // namespace tutoring
