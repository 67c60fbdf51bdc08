#pragma once

#include "listening/domain/staffservice.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace core {
struct AppContext;
class CommandStack;
}

namespace listening {

// The SPE roster (psychologists, their account if they sign in) and the
// psychologists placed in the comuni's COCs. Changes need
// listening.staff.manage (coordinator, administrator).
class StaffPage : public QWidget {
    Q_OBJECT
public:
    StaffPage(core::AppContext &context, core::CommandStack *commands, QWidget *parent = nullptr);
    void reload();
    QTableWidget *placementsTable() const { return m_placements; }

private:
    void editPsychologist(bool create);
    void addPlacement();
    void endPlacement();

    core::AppContext &m_context;
    core::CommandStack *m_commands = nullptr;
    QList<Psychologist> m_roster;
    QTableWidget *m_psychologists = nullptr;
    QTableWidget *m_placements = nullptr;
    QCheckBox *m_pastToo = nullptr;
};

} // namespace listening
