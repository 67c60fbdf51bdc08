#pragma once

#include "tutoring/domain/bookingrules.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace core {
class CommandStack;
struct AppContext;
} // namespace core

namespace tutoring {

// Books one slot of the calendar for a pupil with an assistant. The
// assistants offered are those free at that slot; the booking is checked
// by BookingService, and a refusal is shown with the rule it breaks and
// the next free slots, any of which can be booked instead.
class BookingDialog : public QDialog {
    Q_OBJECT
public:
    BookingDialog(core::AppContext &context, core::CommandStack &commands, int subjectId, const QDate &day, int hour, qint64 pupilId,
        QWidget *parent = nullptr);

    qint64 bookingId() const { return m_bookingId; }
    QDate bookedDay() const { return m_day; }
    int bookedHour() const { return m_hour; }

    // For tests: the pickers and the refusal area.
    QComboBox *pupilBox() const { return m_pupil; }
    QComboBox *assistantBox() const { return m_assistant; }
    QLabel *refusalLabel() const { return m_refusal; }
    QListWidget *alternativesList() const { return m_alternatives; }
    bool tryBook();

private:
    void loadAssistants();
    void updateHeading();
    void useAlternative();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    int m_subjectId = 0;
    QDate m_day;
    int m_hour = 0;
    qint64 m_bookingId = 0;
    QList<FreeSlot> m_offered;
    QLabel *m_heading = nullptr;
    QComboBox *m_pupil = nullptr;
    QComboBox *m_assistant = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_refusal = nullptr;
    QListWidget *m_alternatives = nullptr;
    QPushButton *m_useAlternative = nullptr;
};

} // namespace tutoring
