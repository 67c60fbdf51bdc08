#pragma once

#include <QDialog>

class QTableWidget;

namespace core {
struct AppContext;
class CommandStack;
}

namespace volunteers {

// The services volunteers are activated for: the seven of the published
// figures and others the room adds; services can be renamed (not the
// published ones) and retired from use. Each change is saved at once.
class ServicesDialog : public QDialog {
    Q_OBJECT
public:
    ServicesDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent);

private:
    void reload();
    void add();
    void rename();
    void toggleActive();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QTableWidget *m_table = nullptr;
};

} // namespace volunteers
