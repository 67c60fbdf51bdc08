#pragma once

#include "core/commands/command.h"
#include "fleet/domain/deployment.h"
#include "fleet/domain/deploymentamendments.h"
#include "fleet/domain/fleetmodules.h"

#include <QCoreApplication>

namespace fleet {

// Saves a module of the Colonna Mobile: its name, site, vehicles,
// equipment and skills (ModuleRepository::saveModule).
// Permission::FleetEdit.
class SaveModule : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::SaveModule)
public:
    explicit SaveModule(ColonnaModule module) : m_module(std::move(module)) { }
    QString code() const override { return QStringLiteral("fleet.module.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    qint64 moduleId() const { return m_module.id; }

private:
    ColonnaModule m_module;
};

// Records a deployment (DeploymentService::record): the deployment and
// its lines, the vehicles' km on their odometers and the volunteers' days
// on the activation ledger, all in the runner's one transaction.
// Permission::FleetDeploy. Every rule is checked before anything is
// written. The audit detail names the deployment, what went, and each
// vehicle or piece sent despite not being fit ("override vehicle 12"): the
// reasons themselves are on the deployment's lines.
class RecordDeployment : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::RecordDeployment)
public:
    explicit RecordDeployment(NewDeployment deployment) : m_deployment(std::move(deployment)) { }
    QString code() const override { return QStringLiteral("fleet.deployment.record"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    const DeploymentResult &result() const { return m_result; }

private:
    NewDeployment m_deployment;
    DeploymentResult m_result;
};

// Voids a deployment (DeploymentAmendments::voidDeployment): a void entry
// with the reason, its volunteers' days reversed on the activation ledger
// (refused while an attestato certifies one), its vehicles' km out of the
// odometers. Permission::FleetDeploy, as recording it. Audit detail: the
// deployment, the vehicles and km withdrawn, the days reversed.
class VoidDeployment : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::VoidDeployment)
public:
    VoidDeployment(qint64 deploymentId, QString reason)
        : m_deploymentId(deploymentId)
        , m_reason(std::move(reason))
    {
    }
    QString code() const override { return QStringLiteral("fleet.deployment.void"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    const DeploymentVoidResult &result() const { return m_result; }

private:
    qint64 m_deploymentId = 0;
    QString m_reason;
    DeploymentVoidResult m_result;
};

// Corrects the km of vehicles of a deployment (DeploymentAmendments::
// correct): a correction entry per line, the odometers follow.
// Permission::FleetDeploy. Audit detail: the deployment, the lines, the
// km before and after.
class CorrectDeployment : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::CorrectDeployment)
public:
    explicit CorrectDeployment(DeploymentKmCorrection correction) : m_correction(std::move(correction)) { }
    QString code() const override { return QStringLiteral("fleet.deployment.correct"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    const DeploymentCorrectionResult &result() const { return m_result; }

private:
    DeploymentKmCorrection m_correction;
    DeploymentCorrectionResult m_result;
};

// Withdraws one line of a deployment: a vehicle, a piece of equipment or a
// volunteer recorded by mistake (DeploymentAmendments::withdraw).
// Permission::FleetDeploy. Audit detail: the deployment, what the line
// was and its id, the km withdrawn, the days reversed.
class WithdrawDeploymentLine : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::WithdrawDeploymentLine)
public:
    explicit WithdrawDeploymentLine(DeploymentLineWithdrawal withdrawal) : m_withdrawal(std::move(withdrawal)) { }
    QString code() const override { return QStringLiteral("fleet.deployment.withdraw"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    const DeploymentWithdrawalResult &result() const { return m_result; }

private:
    DeploymentLineWithdrawal m_withdrawal;
    DeploymentWithdrawalResult m_result;
};

} // namespace fleet
