#pragma once

#include "room/domain/boardtypes.h"
#include "room/ui/roompage.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace room {

// "Cabina di regia": the daily meetings of the last 90 days (attendance,
// requests examined, decisions, actions), the actions still open (the
// overdue ones in red) and the members with their delegates. Every write
// is a command on the tab's stack (room.edit). The lists are bounded (90
// days of meetings, the open actions, the members): read on the GUI thread.
class BoardPage : public RoomPage {
    Q_OBJECT
public:
    explicit BoardPage(core::AppContext &context, QWidget *parent = nullptr);
    QString pageName() const override { return QStringLiteral("board"); }
    void tablesChanged(const QStringList &tables) override;

    QTabWidget *sections() const { return m_sections; }
    QTableWidget *meetingsView() const { return m_meetings; }
    QTableWidget *actionsView() const { return m_actions; }
    QTableWidget *membersView() const { return m_members; }
    QTextBrowser *meetingDetails() const { return m_details; }
    QLabel *overdueLabel() const { return m_overdue; }
    qint64 selectedMeeting() const;
    qint64 selectedAction() const;
    void reload();

private:
    void loadMeetings();
    void loadActions();
    void loadMembers();
    void showMeeting();
    void editMeeting(bool today);
    void addDecision();
    void addAction();
    void changeState();
    void editMember(bool create);
    void addRole();
    bool runCommand(const std::shared_ptr<core::Command> &command);

    QLabel *m_overdue = nullptr;
    QTabWidget *m_sections = nullptr;
    QTableWidget *m_meetings = nullptr;
    QTextBrowser *m_details = nullptr;
    QTableWidget *m_actions = nullptr;
    QTableWidget *m_members = nullptr;
    QList<BoardAction> m_openActions;
    QList<BoardMember> m_memberList;
    QPushButton *m_decision = nullptr;
    QPushButton *m_meetingAction = nullptr;
    bool m_canEdit = false;
};

} // namespace room
