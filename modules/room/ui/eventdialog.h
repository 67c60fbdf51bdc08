#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace core {
struct AppContext;
class CommandStack;
class DateField;
class DateTimeField;
}

namespace room {

// Creates (id 0) or edits an event of the room: name, scenario, the art. 39
// type the volunteers' days need, the authorising act, dates, the comuni
// involved (the 133 of the metropolitan city, ticked) and, for a new event,
// its first phase. Saves through SaveRoomEvent. GUI thread.
class EventDialog : public QDialog {
    Q_OBJECT
public:
    EventDialog(core::AppContext &context, core::CommandStack &commands, qint64 eventId, QWidget *parent = nullptr);
    qint64 eventId() const { return m_id; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *scenarioBox() const { return m_scenario; }
    QComboBox *phaseBox() const { return m_phase; }
    QLineEdit *actField() const { return m_act; }
    QListWidget *comuniList() const { return m_comuni; }

    void accept() override;

private:
    void filterComuni(const QString &text);
    void countComuni();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_scenario = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_phase = nullptr;
    QLineEdit *m_act = nullptr;
    core::DateField *m_start = nullptr;
    QCheckBox *m_open = nullptr;
    core::DateField *m_end = nullptr;
    QLineEdit *m_comuniFilter = nullptr;
    QListWidget *m_comuni = nullptr;
    QCheckBox *m_onlyTicked = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_comuniCount = nullptr;
};

// Moves an event to another phase: the new phase, when (now by default)
// and a note. GUI thread.
class PhaseDialog : public QDialog {
    Q_OBJECT
public:
    PhaseDialog(core::AppContext &context, core::CommandStack &commands, qint64 eventId, QWidget *parent = nullptr);
    QComboBox *phaseBox() const { return m_phase; }
    void accept() override;

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_id = 0;
    QComboBox *m_phase = nullptr;
    core::DateTimeField *m_at = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace room
