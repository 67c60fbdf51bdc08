#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace core {
class CommandStack;
struct AppContext;
} // namespace core

namespace tutoring {

class SlotCalendarWidget;

// The "Calendar" page: per subject, the month with its free slots (like
// the platform), optionally for one pupil (slots they cannot take are
// marked); the chosen day's slots and lessons; booking a slot, and the
// next free slots for the pupil.
class CalendarPage : public QWidget {
    Q_OBJECT
public:
    CalendarPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    void reload();
    void showMonth(const QDate &month);
    void selectSubject(int subjectId);
    void selectPupil(qint64 pupilId);

    SlotCalendarWidget *calendar() const { return m_calendar; }
    QTreeWidget *dayPanel() const { return m_dayPanel; }
    QComboBox *subjectBox() const { return m_subject; }
    QComboBox *pupilBox() const { return m_pupil; }
    QPushButton *bookButton() const { return m_book; }

signals:
    void booked(qint64 bookingId);

private:
    void loadPupils();
    void loadMonth();
    void showDay();
    void bookCurrent();
    void findNextSlots();
    int subjectId() const;
    qint64 pupilId() const;

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QDate m_month;
    QComboBox *m_subject = nullptr;
    QComboBox *m_pupil = nullptr;
    QLabel *m_monthLabel = nullptr;
    QLabel *m_period = nullptr;
    SlotCalendarWidget *m_calendar = nullptr;
    QLabel *m_dayTitle = nullptr;
    QTreeWidget *m_dayPanel = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_next = nullptr;
    QListWidget *m_nextSlots = nullptr;
};

} // namespace tutoring
