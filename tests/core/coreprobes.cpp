#include "coreprobes.h"

#include "core/auth/access.h"
#include "core/auth/auditqueries.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/commands/accountcommands.h"
#include "core/commands/commandrunner.h"
#include "core/commands/workstationcommands.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>

using testsupport::PermissionProbe;

namespace {

core::Status run(const QSqlDatabase &db, core::Command &command)
{
    return core::CommandRunner(db).run(command);
}

// Backups, sync and aggregate reports have no domain service that asks for
// the session: the automatic backup and the background sync run on their
// own connection, signed in by nobody. What checks the permission is the
// command line (CliCommand::permission) and the main window: the probe runs
// the real program, signed in as the session's account.
core::Status commandLine(const QSqlDatabase &db, const QStringList &arguments)
{
    const auto account = core::sessionAccount(db);
    if (!account)
        return core::Error(QStringLiteral("auth.not_signed_in"));
    QTemporaryDir out;
    QStringList args { QStringLiteral("--db"), db.databaseName(), QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--user"), account->username };
    for (const QString &a : arguments)
        args.append(QString(a).replace(QStringLiteral("@OUT@"), out.path()));
    const auto r = testsupport::runCisiamo(args, { { QStringLiteral("CISIAMO_PASSWORD"), testsupport::testPassword } });
    if (r.exitCode == 0)
        return {};
    const QString err = QString::fromUtf8(r.err);
    return core::Error(err.contains(QStringLiteral("Not allowed")) ? QStringLiteral("auth.denied")
                                                                   : QStringLiteral("test.command_line"),
        { err });
}

PermissionProbe cli(const QString &permission, const QString &what, const QStringList &arguments)
{
    return { permission, what, {}, [arguments](const QSqlDatabase &db) { return commandLine(db, arguments); } };
}

// Restore replaces the database file, which the test's own connection keeps
// open: its gate is the one the command line (CliRun::require) and the
// main window (MainWindow::allowed) run before the action.
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
    probes.append(cli(core::Permission::DatabaseBackup, QStringLiteral("back up the database"),
        { QStringLiteral("backup"), QStringLiteral("@OUT@/copy.sqlite") }));
    probes.append(gate(core::Permission::DatabaseRestore, QStringLiteral("restore a backup")));
    // A merge needs the same record arriving from two workstations: here the
    // gate its command asks; tst_identitymerge runs the command itself and
    // refuses an operator.
    probes.append(gate(core::Permission::SyncReconcile, QStringLiteral("merge records to reconcile")));
    probes.append(cli(core::Permission::SyncManage, QStringLiteral("see the synchronisation"),
        { QStringLiteral("sync"), QStringLiteral("status") }));
    probes.append(cli(core::Permission::ReportsAggregate, QStringLiteral("print aggregate figures"),
        { QStringLiteral("report"), QStringLiteral("permissions"), QStringLiteral("--out"),
            QStringLiteral("@OUT@/permissions.csv") }));
    return probes;
}
