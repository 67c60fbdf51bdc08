#pragma once

#include "listening/domain/supportgroupservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
struct AppContext;
class CommandStack;
}

namespace listening {

// Volunteer support groups: weekly remote sessions led by two
// psychologists, their participants (names readable only by entitled
// roles) and the sessions held. Changes need listening.groups.manage.
class GroupsPage : public QWidget {
    Q_OBJECT
public:
    GroupsPage(core::AppContext &context, core::CommandStack *commands, QWidget *parent = nullptr);
    void reload();
    QTableWidget *groupsTable() const { return m_groups; }

private:
    qint64 selectedGroup() const;
    void showGroup();
    void editGroup(bool create);
    void addParticipant();
    void participantLeft();
    void recordSession();

    core::AppContext &m_context;
    core::CommandStack *m_commands = nullptr;
    QList<SupportGroup> m_list;
    QTableWidget *m_groups = nullptr;
    QTableWidget *m_participants = nullptr;
    QTableWidget *m_sessions = nullptr;
    QLabel *m_groupTitle = nullptr;
    QList<QPushButton *> m_manageButtons;
};

} // namespace listening
