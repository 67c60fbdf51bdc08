#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
}

namespace volunteers {

// Adds or changes an activation event: name, type (which sets the art. 39
// limits), the act that authorised it, its dates. Saves on OK.
class EventDialog : public QDialog {
    Q_OBJECT
public:
    EventDialog(core::AppContext &context, core::CommandStack &commands, qint64 eventId, QWidget *parent);
    qint64 eventId() const { return m_id; }
    void accept() override;

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_act = nullptr;
    core::DateField *m_start = nullptr;
    QCheckBox *m_open = nullptr;
    core::DateField *m_end = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace volunteers
