#pragma once

#include "fleet/domain/deploymentamendments.h"
#include "fleet/ui/fleetdialogs.h"

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace fleet {

// «Annulla impiego...»: what the deployment was, what a void does (the
// vehicles' km leave the odometers, the volunteers' days are reversed;
// days certified by an attestato make it refused) and the reason, which
// is required. OK runs fleet::VoidDeployment through setSave(). GUI thread.
class VoidDeploymentDialog : public FleetDialog {
    Q_OBJECT
public:
    VoidDeploymentDialog(const DeploymentState &state, QWidget *parent);
    qint64 deploymentId() const { return m_state.id; }
    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *okButton() const;
    void accept() override;

private:
    DeploymentState m_state;
    QLineEdit *m_reason = nullptr;
};

// «Correggi...»: the km of each vehicle of a deployment (as recorded, as
// they stand, and the new value) and the reason, required. Lines recorded
// before migration 0030 are corrected too (refused, with why, when a later
// reading holds their km). OK runs
// fleet::CorrectDeployment. GUI thread.
class CorrectDeploymentDialog : public FleetDialog {
    Q_OBJECT
public:
    CorrectDeploymentDialog(const DeploymentState &state, QWidget *parent);
    DeploymentKmCorrection correction() const;
    void setKm(qint64 vehicleId, qint64 km);
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *okButton() const;
    QTableWidget *table() const { return m_table; }
    void accept() override;

private:
    void updateOk();

    DeploymentState m_state;
    QTableWidget *m_table = nullptr;
    QList<QSpinBox *> m_km;
    QLineEdit *m_reason = nullptr;
};

// «Togli dall'impiego...»: one vehicle, piece of equipment or volunteer
// recorded on the deployment by mistake, and the reason, required. OK runs
// fleet::WithdrawDeploymentLine through setSave(). GUI thread.
class WithdrawFromDeploymentDialog : public FleetDialog {
    Q_OBJECT
public:
    WithdrawFromDeploymentDialog(const DeploymentState &state, QWidget *parent);
    DeploymentLineWithdrawal withdrawal() const;
    // kind: 1 vehicle, 2 equipment, 3 volunteer (for tests and callers).
    void choose(int kind, qint64 id);
    QComboBox *whatField() const { return m_what; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *okButton() const;
    void accept() override;

private:
    void updateOk();

    DeploymentState m_state;
    QComboBox *m_what = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace fleet
