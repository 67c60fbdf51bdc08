#pragma once

#include "fleet/domain/deploymentamendments.h"

#include <QWidget>

#include <functional>

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

class CorrectDeploymentDialog;
class DeploymentDialog;
class VoidDeploymentDialog;
class WithdrawFromDeploymentDialog;

// The deployments of the Colonna Mobile ("Impieghi"): a list (a paged
// model read off the GUI thread) with a period filter, and «New
// deployment...», which reads the form's choices on a BackgroundReader and
// opens DeploymentDialog; the Moduli page's «Deploy...» opens it with its
// module ticked. «Correct...», «Withdraw...» (a vehicle, a piece of
// equipment or a volunteer recorded by mistake: WithdrawFromDeploymentDialog,
// fleet::WithdrawDeploymentLine) and «Void deployment...» act on the selected
// deployment (not on a voided one): its state is read on the
// BackgroundReader, then CorrectDeploymentDialog / VoidDeploymentDialog
// run fleet::CorrectDeployment / fleet::VoidDeployment. Voided deployments
// stay listed, greyed, with their state and reason. The actions are enabled
// only for Permission::FleetDeploy. GUI thread.
class DeploymentsPage : public QWidget {
    Q_OBJECT
public:
    DeploymentsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent);
    void tablesChanged(const QStringList &tables);
    core::FormattedSqlModel *model() const { return m_model; }
    QPushButton *newButton() const { return m_new; }
    // Reads the choices, then opens the form (with `moduleId` ticked).
    void newDeployment(qint64 moduleId = 0);
    // Reads the deployment's state, then opens the correction or the void.
    void correctDeployment(qint64 deploymentId);
    void voidDeployment(qint64 deploymentId);
    void withdrawFromDeployment(qint64 deploymentId);
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *voidButton() const { return m_void; }
    QTableView *table() const { return m_table; }
    // Tests: the choices or a deployment are being read for a form.
    bool isReading() const { return m_reading; }

signals:
    // A form is about to open (tests close it from here).
    void dialogOpened(fleet::DeploymentDialog *dialog);
    void correctionOpened(fleet::CorrectDeploymentDialog *dialog);
    void voidOpened(fleet::VoidDeploymentDialog *dialog);
    void withdrawalOpened(fleet::WithdrawFromDeploymentDialog *dialog);

private:
    void applyFilter();
    void updateActions();
    qint64 selectedDeployment() const;
    // Reads a deployment's state off the GUI thread, then calls `open`.
    void readState(qint64 deploymentId, std::function<void(const DeploymentState &)> open);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::BackgroundReader *m_reader = nullptr;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_void = nullptr;
    QPushButton *m_withdraw = nullptr;
    bool m_reading = false;
};

} // namespace fleet
