#include "authcommands.h"

#include "passwordprompt.h"

#include "core/auth/authservice.h"
#include "core/auth/permissions.h"
#include "core/auth/vault.h"
#include "core/commands/accountcommands.h"
#include "core/domain/csv.h"
#include "core/ui/errortext.h"

namespace {

int runAccounts(CliRun &run)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    if (auto s = run.require(db, core::Permission::AccountsManage); !s)
        return run.failNotSignedIn(s.error());
    auto accounts = core::AccountRepository(db).all();
    if (!accounts)
        return run.fail(accounts.error());
    core::Vault::Holders holders;
    if (auto h = core::Vault::holders(db, core::Permission::ListeningPersonalRead))
        holders = *h;
    // Through the CSV writer, so that a name typed as a formula stays text.
    core::CsvWriter csv;
    csv.writeRow({ QStringLiteral("username"), QStringLiteral("role"), QStringLiteral("active"),
        QStringLiteral("callers_data"), QStringLiteral("name") });
    for (const core::Account &a : *accounts) {
        const QString key = holders.holding.contains(a.username) ? QStringLiteral("key")
            : holders.waiting.contains(a.username)               ? QStringLiteral("waiting")
                                                                 : QStringLiteral("no");
        csv.writeRow({ a.username, core::roleCode(a.role), a.active ? QStringLiteral("1") : QStringLiteral("0"), key,
            a.displayName });
    }
    run.out() << QString::fromUtf8(csv.data());
    return ExitOk;
}

int runAccountAdd(CliRun &run)
{
    const QString username = run.arguments().value(0);
    const auto role = core::roleFromCode(run.parser().value(QStringLiteral("role")));
    if (!role)
        return run.usage(CliRun::tr("--role wants operator, coordinator, psychologist, administrator or service."));
    const QString name = run.parser().value(QStringLiteral("name"));
    if (name.trimmed().isEmpty())
        return run.usage(CliRun::tr("--name wants the person's name and surname."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    if (auto s = run.require(db, core::Permission::AccountsManage); !s)
        return run.failNotSignedIn(s.error());
    auto password
        = readPassword(newPasswordVariable, CliRun::tr("Temporary password for %1: ").arg(username), username);
    if (!password)
        return run.fail(password.error());
    core::CreateAccount command({ username, name, *role, *password, true });
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Account %1 created (%2): a new password is asked at the first sign-in.")
                     .arg(command.created().username, core::RoleText::title(command.created().role))
              << Qt::endl;
    return ExitOk;
}

// The account named by the first argument, for the commands that change one.
core::Result<core::Account> namedAccount(CliRun &run, const QSqlDatabase &db)
{
    const QString username = run.arguments().value(0);
    auto account = core::AccountRepository(db).byUsername(username);
    if (!account)
        return account.error();
    if (!account->id)
        return core::Error(QStringLiteral("auth.unknown_account"), { username });
    return account;
}

int runAccountEdit(CliRun &run)
{
    std::optional<core::Role> role;
    if (run.parser().isSet(QStringLiteral("role"))) {
        role = core::roleFromCode(run.parser().value(QStringLiteral("role")));
        if (!role)
            return run.usage(CliRun::tr("--role wants operator, coordinator, psychologist, administrator or service."));
    }
    std::optional<bool> active;
    if (run.parser().isSet(QStringLiteral("active"))) {
        const QString value = run.parser().value(QStringLiteral("active"));
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return run.usage(CliRun::tr("--active wants yes or no."));
        active = value == QLatin1String("yes");
    }
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db(); // accounts.manage: checked at sign-in (CliCommand::permission)
    auto account = namedAccount(run, db);
    if (!account)
        return run.fail(account.error());
    const QString name = run.parser().isSet(QStringLiteral("name")) ? run.parser().value(QStringLiteral("name"))
                                                                     : account->displayName;
    core::UpdateAccount command(account->id, name, role.value_or(account->role), active.value_or(account->active));
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Account %1 changed.").arg(account->username) << Qt::endl;
    return ExitOk;
}

int runAccountResetPassword(CliRun &run)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db(); // accounts.manage: checked at sign-in (CliCommand::permission)
    auto account = namedAccount(run, db);
    if (!account)
        return run.fail(account.error());
    auto password = readPassword(
        newPasswordVariable, CliRun::tr("Temporary password for %1: ").arg(account->username), account->username);
    if (!password)
        return run.fail(password.error());
    core::ResetPassword command(account->id, *password, run.parser().isSet(QStringLiteral("lose-data")));
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Password of %1 reset: a new one is asked at the next sign-in.").arg(account->username)
              << Qt::endl;
    return ExitOk;
}

int runAccountUnlock(CliRun &run)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::ClearLockout command(run.arguments().value(0));
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("%1 can try to sign in again now.").arg(run.arguments().value(0)) << Qt::endl;
    return ExitOk;
}

// A coordinator gives the key to callers' data to an account that arrived
// from another workstation (never given automatically).
int runAccountGrantKey(CliRun &run)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::GrantDataKey command(run.arguments().value(0));
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << (command.granted() ? CliRun::tr("%1 now holds the key to callers' data.")
                                    : CliRun::tr("%1 already held the key to callers' data."))
                     .arg(run.arguments().value(0))
              << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> authCommands()
{
    QList<CliCommand> commands;
    commands.append({ QStringLiteral("accounts"), QStringLiteral("--user ADMIN accounts"),
        [] { return CliRun::tr("lists the operator accounts and who holds the key to callers' data (CSV)"); }, {}, 0, 0,
        runAccounts, CliSignIn::Required, core::Permission::AccountsManage });
    commands.append(
        { QStringLiteral("account-add"), QStringLiteral("--user ADMIN account-add USERNAME --name NAME --role ROLE"),
            [] {
                return CliRun::tr(
                    "creates an account; its temporary password comes from CISIAMO_NEW_PASSWORD or the terminal");
            },
            { QCommandLineOption(QStringLiteral("name"), CliRun::tr("Name and surname."), CliRun::tr("NAME")),
                QCommandLineOption(QStringLiteral("role"),
                    CliRun::tr("operator, coordinator, psychologist, administrator or service."), QStringLiteral("ROLE")) },
            1, 1, runAccountAdd, CliSignIn::Required, core::Permission::AccountsManage });
    commands.append({ QStringLiteral("account-edit"),
        QStringLiteral("--user ADMIN account-edit USERNAME [--name NAME] [--role ROLE] [--active yes|no]"),
        [] { return CliRun::tr("changes an account's name, role or whether it may sign in"); },
        { QCommandLineOption(QStringLiteral("name"), CliRun::tr("Name and surname."), CliRun::tr("NAME")),
            QCommandLineOption(QStringLiteral("role"),
                CliRun::tr("operator, coordinator, psychologist, administrator or service."), QStringLiteral("ROLE")),
            QCommandLineOption(QStringLiteral("active"), CliRun::tr("yes: may sign in; no: deactivated."),
                QStringLiteral("yes|no")) },
        1, 1, runAccountEdit, CliSignIn::Required, core::Permission::AccountsManage });
    commands.append({ QStringLiteral("account-reset-password"),
        QStringLiteral("--user ADMIN account-reset-password USERNAME [--lose-data]"),
        [] {
            return CliRun::tr("gives a forgotten password a temporary one, from CISIAMO_NEW_PASSWORD or the terminal");
        },
        { QCommandLineOption(QStringLiteral("lose-data"),
            CliRun::tr("Reset even when the account is the only holder of the key to callers' data (that data is "
                       "lost).")) },
        1, 1, runAccountResetPassword, CliSignIn::Required, core::Permission::AccountsManage });
    commands.append({ QStringLiteral("account-grant-key"),
        QStringLiteral("--user COORDINATOR account-grant-key USERNAME"),
        [] { return CliRun::tr("gives the key to callers' data to an account that came from another workstation"); },
        {}, 1, 1, runAccountGrantKey, CliSignIn::Required, core::Permission::ListeningPersonalRead });
    commands.append({ QStringLiteral("account-unlock"), QStringLiteral("--user ADMIN account-unlock USERNAME"),
        [] { return CliRun::tr("lets a user name try to sign in again at once after wrong passwords"); }, {}, 1, 1,
        runAccountUnlock, CliSignIn::Required, core::Permission::AccountsManage });
    return commands;
}
