#pragma once

#include "tutoring/domain/bookingservice.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace core {
class CommandStack;
struct AppContext;
} // namespace core

namespace tutoring {

// Records what happened to a booked lesson — given (by the assistant or a
// tutor standing in), pupil absent, cancelled — as a new outcome entry,
// or corrects the outcome in force with another new entry. The booking
// itself is never changed.
class OutcomeDialog : public QDialog {
    Q_OBJECT
public:
    OutcomeDialog(core::AppContext &context, core::CommandStack &commands, qint64 bookingId, QWidget *parent = nullptr);

    // Preselects an outcome (the "Cancel booking" shortcut, tests).
    void choose(LessonState state, qint64 tutorId = 0);
    bool save();
    qint64 outcomeId() const { return m_outcomeId; }

private:
    void updateTutor();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    Lesson m_lesson;
    qint64 m_outcomeId = 0;
    QButtonGroup *m_states = nullptr;
    QRadioButton *m_given = nullptr;
    QRadioButton *m_standIn = nullptr;
    QRadioButton *m_absent = nullptr;
    QRadioButton *m_cancelled = nullptr;
    QComboBox *m_tutor = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tutoring
