#include "authcommands.h"

#include "passwordprompt.h"

#include "core/auth/authservice.h"
#include "core/auth/permissions.h"
#include "core/auth/vault.h"
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
    auto created = core::AuthService(db).createAccount({ username, name, *role, *password, true });
    if (!created)
        return run.fail(created.error());
    run.out() << CliRun::tr("Account %1 created (%2): a new password is asked at the first sign-in.")
                     .arg(created->username, core::RoleText::title(created->role))
              << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> authCommands()
{
    QList<CliCommand> commands;
    commands.append({ QStringLiteral("accounts"), QStringLiteral("--user ADMIN accounts"),
        [] { return CliRun::tr("lists the operator accounts and who holds the key to callers' data (CSV)"); }, {}, 0, 0,
        runAccounts });
    commands.append(
        { QStringLiteral("account-add"), QStringLiteral("--user ADMIN account-add USERNAME --name NAME --role ROLE"),
            [] {
                return CliRun::tr(
                    "creates an account; its temporary password comes from CISIAMO_NEW_PASSWORD or the terminal");
            },
            { QCommandLineOption(QStringLiteral("name"), CliRun::tr("Name and surname."), CliRun::tr("NAME")),
                QCommandLineOption(QStringLiteral("role"),
                    CliRun::tr("operator, coordinator, psychologist, administrator or service."), QStringLiteral("ROLE")) },
            1, 1, runAccountAdd });
    return commands;
}
