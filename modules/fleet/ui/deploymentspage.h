#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace core {
struct AppContext;
class BackgroundReader;
class CommandStack;
class DateField;
class FormattedSqlModel;
}

namespace fleet {

class DeploymentDialog;

// The deployments of the Colonna Mobile ("Impieghi"): a list (a paged
// model read off the GUI thread) with a period filter, and «New
// deployment...», which reads the form's choices on a BackgroundReader and
// opens DeploymentDialog; the Moduli page's «Deploy...» opens it with its
// module ticked. The action is enabled only for Permission::FleetDeploy.
// GUI thread.
class DeploymentsPage : public QWidget {
    Q_OBJECT
public:
    DeploymentsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent);
    void tablesChanged(const QStringList &tables);
    core::FormattedSqlModel *model() const { return m_model; }
    QPushButton *newButton() const { return m_new; }
    // Reads the choices, then opens the form (with `moduleId` ticked).
    void newDeployment(qint64 moduleId = 0);
    // Tests: the choices are being read for the form.
    bool isReading() const { return m_reading; }

signals:
    // The form is about to open (tests close it from here).
    void dialogOpened(fleet::DeploymentDialog *dialog);

private:
    void applyFilter();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::BackgroundReader *m_reader = nullptr;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    bool m_reading = false;
};

} // namespace fleet
