#include "coreprobes.h"

#include "core/auth/access.h"
#include "core/auth/auditqueries.h"
#include "core/auth/permissions.h"
#include "core/commands/accountcommands.h"
#include "core/commands/commandrunner.h"
#include "core/commands/workstationcommands.h"

using testsupport::PermissionProbe;

namespace {

core::Status run(const QSqlDatabase &db, core::Command &command)
{
    return core::CommandRunner(db).run(command);
}

// Backups, restore, sync and aggregate reports have no domain service that
// asks for the session: the automatic backup and the background sync run
// on their own connection, signed in by nobody. The gate is the one the
// command line (CliCommand::permission, CliRun::require) and the main
// window (MainWindow::allowed) run before the action: Access::require.
PermissionProbe gate(const QString &permission, const QString &what)
{
    return { permission, what, {},
        [permission](const QSqlDatabase &db) { return core::Access::require(db, permission); } };
}

} // namespace

QList<PermissionProbe> corePermissionProbes()
{
    using core::Permission::AccountsManage;
    QList<PermissionProbe> probes;
    probes.append({ AccountsManage, QStringLiteral("create an account"), {}, [](const QSqlDatabase &db) {
                       core::CreateAccount command({ QStringLiteral("nuova"), QStringLiteral("Nina Nuova"),
                                                       core::Role::Operator, QStringLiteral("temporanea-1"), true },
                           core::KdfCost::minimum());
                       return run(db, command);
                   } });
    probes.append({ AccountsManage, QStringLiteral("clear a sign-in delay"), {}, [](const QSqlDatabase &db) {
                       core::ClearLockout command(QStringLiteral("oper"));
                       return run(db, command);
                   } });
    probes.append(
        { core::Permission::AuditView, QStringLiteral("list who changed data"), {}, [](const QSqlDatabase &db) {
             auto names = core::AuditQueries::operators(db);
             return names ? core::Status() : core::Status(names.error());
         } });
    probes.append(
        { core::Permission::SettingsManage, QStringLiteral("set the workstation"), {}, [](const QSqlDatabase &db) {
             core::SetWorkstation command(5, QStringLiteral("Sala operativa 5"));
             return run(db, command);
         } });
    probes.append(gate(core::Permission::DatabaseBackup, QStringLiteral("back up the database")));
    probes.append(gate(core::Permission::DatabaseRestore, QStringLiteral("restore a backup")));
    probes.append(gate(core::Permission::SyncManage, QStringLiteral("synchronise")));
    probes.append(gate(core::Permission::ReportsAggregate, QStringLiteral("print aggregate figures")));
    return probes;
}
