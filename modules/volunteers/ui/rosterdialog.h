#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
}

namespace volunteers {

// The roster (appello): many volunteers on the same day, event, service and
// place at once, ticked from an organisation's list. All or nothing: if one
// of them is already active that day, nobody is recorded and the dialog
// says who and where. GUI thread.
class RosterDialog : public QDialog {
    Q_OBJECT
public:
    RosterDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent);
    void setEvent(qint64 id);
    void accept() override;
    int recorded() const { return m_recorded; }

    // For tests.
    QListWidget *list() const { return m_list; }
    QComboBox *organisation() const { return m_organisation; }
    core::DateField *day() const { return m_day; }

private:
    void reload();
    void updateCount();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QComboBox *m_event = nullptr;
    QComboBox *m_service = nullptr;
    core::DateField *m_day = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    int m_recorded = 0;
};

} // namespace volunteers
