#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
}

namespace volunteers {

class VolunteerPicker;

// Records one volunteer's days on an event: one day or a period, with the
// service, the comune and place. The ledger checks the event's dates and
// that the volunteer is not already active on those days; a refusal keeps
// the dialog open with the reason. GUI thread.
class ActivationDialog : public QDialog {
    Q_OBJECT
public:
    ActivationDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent);
    void setVolunteer(qint64 id);
    void setEvent(qint64 id);
    void accept() override;

private:
    void updateSummary();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    VolunteerPicker *m_volunteer = nullptr;
    QComboBox *m_event = nullptr;
    QComboBox *m_service = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QDate m_lastFrom; // "To" follows "From" while they are the same day
    QComboBox *m_comune = nullptr;
    QLineEdit *m_place = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace volunteers
