#pragma once

#include "tutoring/domain/tutoringtypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace core {
class DateField;
class CommandStack;
struct AppContext;
} // namespace core

namespace tutoring {

class ComuneField;

// Creates or edits a study assistant: school and class, comune, the
// subjects they can teach, the health-and-safety course (none / enrolled
// / done on a date), the weekly availability as a grid of weekdays and
// slot hours, the supervising tutor, and the PCTO hours so far.
class AssistantDialog : public QDialog {
    Q_OBJECT
public:
    AssistantDialog(core::AppContext &context, core::CommandStack &commands, qint64 assistantId, QWidget *parent = nullptr);

    qint64 assistantId() const { return m_assistant.id; }
    bool save();

    // For tests.
    QLineEdit *familyNameField() const { return m_family; }
    QLineEdit *givenNameField() const { return m_given; }
    ComuneField *comuneField() const { return m_comune; }
    QCheckBox *availabilityBox(int weekday, int hour) const
    {
        return m_availability.value(availabilityKey(weekday, hour));
    }
    QCheckBox *subjectBox(int subjectId) const { return m_subjects.value(subjectId); }
    QRadioButton *courseDoneButton() const { return m_done; }
    core::DateField *courseDateField() const { return m_courseOn; }

private:
    QWidget *buildAvailability();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    Assistant m_assistant;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_given = nullptr;
    QComboBox *m_school = nullptr;
    QComboBox *m_class = nullptr;
    ComuneField *m_comune = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_tutor = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_enrolled = nullptr;
    QRadioButton *m_done = nullptr;
    core::DateField *m_courseOn = nullptr;
    QCheckBox *m_active = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<int, QCheckBox *> m_subjects;
    QHash<int, QCheckBox *> m_availability;
    QLabel *m_error = nullptr;
};

} // namespace tutoring
