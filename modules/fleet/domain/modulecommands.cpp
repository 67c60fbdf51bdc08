#include "fleet/domain/modulecommands.h"

#include "core/auth/permissions.h"

namespace fleet {

using core::Status;

namespace {

QString joinedIds(const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    return list.join(QLatin1Char(','));
}

} // namespace

QString SaveModule::permission() const
{
    return core::Permission::FleetEdit;
}

Status SaveModule::check(const core::CommandContext &) const
{
    ColonnaModule copy = m_module;
    return checkModule(copy);
}

Status SaveModule::apply(const core::CommandContext &context)
{
    return ModuleRepository(context.db).saveModule(m_module);
}

QString SaveModule::auditDetail() const
{
    return QStringLiteral("%1 vehicles %2 equipment %3 skills %4")
        .arg(m_module.id)
        .arg(m_module.vehicleIds.size())
        .arg(m_module.equipmentIds.size())
        .arg(m_module.skills.size());
}

QString SaveModule::text() const
{
    return tr("module %1").arg(m_module.name);
}

QString RecordDeployment::permission() const
{
    return core::Permission::FleetDeploy;
}

Status RecordDeployment::check(const core::CommandContext &context) const
{
    return DeploymentService(context.db, context.clock).check(m_deployment);
}

Status RecordDeployment::apply(const core::CommandContext &context)
{
    auto done = DeploymentService(context.db, context.clock).record(m_deployment);
    if (!done)
        return done.error();
    m_result = *done;
    return {};
}

QString RecordDeployment::auditDetail() const
{
    QString detail = QStringLiteral("%1 event %2 modules %3 vehicles %4 equipment %5 volunteers %6 person-days %7")
                         .arg(m_result.deploymentId)
                         .arg(m_deployment.eventId)
                         .arg(m_deployment.moduleIds.size())
                         .arg(m_result.vehicles)
                         .arg(m_result.equipment)
                         .arg(m_result.volunteers)
                         .arg(m_result.personDays);
    if (!m_result.overriddenVehicles.isEmpty())
        detail += QStringLiteral(" override vehicle %1").arg(joinedIds(m_result.overriddenVehicles));
    if (!m_result.overriddenEquipment.isEmpty())
        detail += QStringLiteral(" override equipment %1").arg(joinedIds(m_result.overriddenEquipment));
    return detail;
}

QString RecordDeployment::text() const
{
    return tr("deployment");
}

QString VoidDeployment::permission() const
{
    return core::Permission::FleetDeploy;
}

Status VoidDeployment::check(const core::CommandContext &context) const
{
    return DeploymentAmendments(context.db, context.clock).checkVoid(m_deploymentId, m_reason);
}

Status VoidDeployment::apply(const core::CommandContext &context)
{
    auto done = DeploymentAmendments(context.db, context.clock).voidDeployment(m_deploymentId, m_reason);
    if (!done)
        return done.error();
    m_result = *done;
    return {};
}

QString VoidDeployment::auditDetail() const
{
    return QStringLiteral("%1 vehicles %2 km %3 days reversed %4")
        .arg(m_deploymentId)
        .arg(m_result.vehicles)
        .arg(m_result.km)
        .arg(m_result.reversedDays);
}

QString VoidDeployment::text() const
{
    return tr("void of a deployment");
}

QString CorrectDeployment::permission() const
{
    return core::Permission::FleetDeploy;
}

Status CorrectDeployment::check(const core::CommandContext &context) const
{
    return DeploymentAmendments(context.db, context.clock).checkCorrection(m_correction);
}

Status CorrectDeployment::apply(const core::CommandContext &context)
{
    auto done = DeploymentAmendments(context.db, context.clock).correct(m_correction);
    if (!done)
        return done.error();
    m_result = *done;
    return {};
}

QString CorrectDeployment::auditDetail() const
{
    return QStringLiteral("%1 lines %2 km %3 -> %4")
        .arg(m_correction.deploymentId)
        .arg(m_result.lines)
        .arg(m_result.kmBefore)
        .arg(m_result.kmAfter);
}

QString CorrectDeployment::text() const
{
    return tr("correction of a deployment's km");
}

QString WithdrawDeploymentLine::permission() const
{
    return core::Permission::FleetDeploy;
}

Status WithdrawDeploymentLine::check(const core::CommandContext &context) const
{
    return DeploymentAmendments(context.db, context.clock).checkWithdrawal(m_withdrawal);
}

Status WithdrawDeploymentLine::apply(const core::CommandContext &context)
{
    auto done = DeploymentAmendments(context.db, context.clock).withdraw(m_withdrawal);
    if (!done)
        return done.error();
    m_result = *done;
    return {};
}

QString WithdrawDeploymentLine::auditDetail() const
{
    const QString what = m_withdrawal.vehicleId > 0 ? QStringLiteral("vehicle %1").arg(m_withdrawal.vehicleId)
        : m_withdrawal.equipmentId > 0              ? QStringLiteral("equipment %1").arg(m_withdrawal.equipmentId)
                                                    : QStringLiteral("volunteer %1").arg(m_withdrawal.volunteerId);
    return QStringLiteral("%1 %2 km %3 days reversed %4")
        .arg(m_withdrawal.deploymentId)
        .arg(what)
        .arg(m_result.km)
        .arg(m_result.reversedDays);
}

QString WithdrawDeploymentLine::text() const
{
    return tr("withdrawal from a deployment");
}

} // namespace fleet
