#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
}

namespace volunteers {

// Issues one attestato for a volunteer: event, organisation and period;
// shows the days it will certify, and those beyond the art. 39 limits in
// red, which the operator must acknowledge before issuing. Then the
// attestato can be printed or saved as PDF. GUI thread.
class IssueDialog : public QDialog {
    Q_OBJECT
public:
    IssueDialog(core::AppContext &context, core::CommandStack &commands, qint64 volunteerId, QWidget *parent);

    // For tests.
    QTableWidget *daysTable() const { return m_days; }
    QLabel *warning() const { return m_warning; }
    QCheckBox *acknowledge() const { return m_acknowledge; }
    QPushButton *issueButton() const { return m_issue; }
    void setPeriod(const QDate &from, const QDate &to);
    qint64 issuedId() const { return m_issuedId; }
    bool issue();

private:
    void refresh();
    void print(bool pdf);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_volunteer = 0;
    qint64 m_issuedId = 0;
    QLabel *m_heading = nullptr;
    QComboBox *m_event = nullptr;
    QComboBox *m_organisation = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QTableWidget *m_days = nullptr;
    QLabel *m_warning = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    bool m_overLimit = false;
    bool m_blocked = false;
};

} // namespace volunteers
