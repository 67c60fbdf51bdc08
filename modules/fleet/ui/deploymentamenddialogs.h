#pragma once

#include "fleet/domain/deploymentamendments.h"
#include "fleet/ui/fleetdialogs.h"

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
// before corrections existed cannot be changed (shown, disabled). OK runs
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

} // namespace fleet
