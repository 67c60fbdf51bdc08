// The program-wide writes as commands: this database's workstation number
// and name (settings.manage) and the operator accounts (accounts.manage).
// Bad input is refused by check() before anything is written, a role
// without the permission is refused and writes nothing, and AuthService's
// rules (the last administrator, the last holder of a data key) hold.

#include "core/auth/authservice.h"
#include "core/auth/lockoutpolicy.h"
#include "core/auth/permissions.h"
#include "core/commands/accountcommands.h"
#include "core/commands/commandrunner.h"
#include "core/commands/workstationcommands.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/localconfig.h"
#include "core/db/sql.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace core;

namespace {

qint64 commandAuditRows(const QSqlDatabase &db, const QString &kind)
{
    return queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = ?"), { kind })->toLongLong();
}

qint64 accountId(const QSqlDatabase &db, const QString &username)
{
    return AccountRepository(db).byUsername(username)->id;
}

} // namespace

class TestCoreCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void workstationSetsNumberAndName();
    void workstationKeepsTheNameWhenNotGiven();
    void workstationBadInput_data();
    void workstationBadInput();
    void workstationRefusedRoleWritesNothing_data();
    void workstationRefusedRoleWritesNothing();

    void accountCreatedAndAudited();
    void accountBadInput_data();
    void accountBadInput();
    void accountRefusedRoleWritesNothing_data();
    void accountRefusedRoleWritesNothing();
    void lastAdministratorStays();
    void updateChangesRoleAndActive();
    void resetRefusedForTheLastKeyHolder();
    void clearLockoutLetsTryAgain();

private:
    Status run(Command &command) { return CommandRunner(m_db, m_clock).run(command); }
    core::FixedClock m_clock { testsupport::testNow() };
    std::unique_ptr<testsupport::TestDatabase> m_database;
    QSqlDatabase m_db;
};

void TestCoreCommands::init()
{
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(m_db, m_clock));
}

void TestCoreCommands::cleanup()
{
    m_db = {};
    m_database.reset();
}

void TestCoreCommands::workstationSetsNumberAndName()
{
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("coord"), m_clock));
    SetWorkstation command(7, QStringLiteral("  Sala   operativa 2 "));
    QVERIFY(run(command).ok());
    QCOMPARE(LocalConfig::value(m_db, LocalConfig::workstationNumber), QStringLiteral("7"));
    QCOMPARE(LocalConfig::value(m_db, LocalConfig::workstationName), QStringLiteral("Sala operativa 2"));
    QCOMPARE(queryValue(m_db, QStringLiteral("SELECT detail FROM audit_event WHERE kind = 'command'"))->toString(),
        QStringLiteral("core.workstation.set 7"));
    // Until adopted, the connection still makes ids with the old number.
    QCOMPARE(sessionWorkstation(m_db), 1);
    command.adoptOn(m_db);
    QCOMPARE(sessionWorkstation(m_db), 7);
}

void TestCoreCommands::workstationKeepsTheNameWhenNotGiven()
{
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("admin"), m_clock));
    SetWorkstation named(1, QStringLiteral("Magazzino"));
    QVERIFY(run(named).ok());
    SetWorkstation numbered(3);
    QVERIFY(run(numbered).ok());
    QCOMPARE(LocalConfig::value(m_db, LocalConfig::workstationNumber), QStringLiteral("3"));
    QCOMPARE(LocalConfig::value(m_db, LocalConfig::workstationName), QStringLiteral("Magazzino"));
}

void TestCoreCommands::workstationBadInput_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("zero") << 0 << QString() << "db.bad_workstation";
    QTest::newRow("negative") << -4 << QString() << "db.bad_workstation";
    QTest::newRow("above the maximum") << maxWorkstationNumber + 1 << QString() << "db.bad_workstation";
    QTest::newRow("seen in a sync") << 6 << QString() << "db.workstation_in_use";
    QTest::newRow("name too long") << 2 << QString(SetWorkstation::maxNameLength + 1, QLatin1Char('x'))
                                   << "db.workstation_name_long";
}

void TestCoreCommands::workstationBadInput()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    QFETCH(QString, error);
    // Workstation 6's file was imported here once.
    QVERIFY(runQuery(m_db,
        QStringLiteral(
            "INSERT INTO sync_source(database_id, workstation, origin_seq, applied_seq) VALUES ('db-6', 6, 0, 0)"))
                .ok());
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("coord"), m_clock));
    const QByteArray before = testsupport::contentHash(m_db);
    SetWorkstation command(number, name.isNull() ? std::nullopt : std::optional<QString>(name));
    const Status s = run(command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(commandAuditRows(m_db, QStringLiteral("command")), qint64(0));
}

void TestCoreCommands::workstationRefusedRoleWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("operator") << "oper";
    QTest::newRow("psychologist") << "psy";
    QTest::newRow("service") << "serv";
}

void TestCoreCommands::workstationRefusedRoleWritesNothing()
{
    QFETCH(QString, user);
    QVERIFY(testsupport::signInAs(m_db, user, m_clock));
    const QByteArray before = testsupport::contentHash(m_db);
    SetWorkstation command(9, QStringLiteral("Altrove"));
    const Status s = run(command);
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(commandAuditRows(m_db, QStringLiteral("denied")), qint64(1));
}

void TestCoreCommands::accountCreatedAndAudited()
{
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("admin"), m_clock));
    const qint64 created = commandAuditRows(m_db, QStringLiteral("account_created"));
    CreateAccount command({ QStringLiteral("Nuova.Operatrice"), QStringLiteral("Nina Nuova"), Role::Operator,
                              QStringLiteral("temporanea-1"), true },
        KdfCost::minimum());
    QVERIFY(run(command).ok());
    QVERIFY(command.created().id != 0);
    QCOMPARE(command.created().username, QStringLiteral("nuova.operatrice"));
    QCOMPARE(accountId(m_db, QStringLiteral("nuova.operatrice")), command.created().id);
    QCOMPARE(queryValue(m_db, QStringLiteral("SELECT detail FROM audit_event WHERE kind = 'command'"))->toString(),
        QStringLiteral("core.account.create %1").arg(command.created().id));
    QCOMPARE(commandAuditRows(m_db, QStringLiteral("account_created")), created + 1); // the service's own entry too
}

void TestCoreCommands::accountBadInput_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("no user name") << "  "
                                  << "Nina Nuova"
                                  << "temporanea-1"
                                  << "auth.bad_username";
    QTest::newRow("user name taken") << "Coord"
                                     << "Nina Nuova"
                                     << "temporanea-1"
                                     << "auth.username_taken";
    QTest::newRow("no name") << "nina"
                             << " "
                             << "temporanea-1"
                             << "auth.bad_display_name";
    QTest::newRow("short password") << "nina"
                                    << "Nina Nuova"
                                    << "corta"
                                    << "auth.password_too_short";
}

void TestCoreCommands::accountBadInput()
{
    QFETCH(QString, username);
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, error);
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("admin"), m_clock));
    const QByteArray before = testsupport::contentHash(m_db);
    CreateAccount command({ username, name, Role::Operator, password, true }, KdfCost::minimum());
    const Status s = run(command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(commandAuditRows(m_db, QStringLiteral("command")), qint64(0));
}

void TestCoreCommands::accountRefusedRoleWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    for (const char *user : { "coord", "oper", "psy", "serv" })
        for (const char *action : { "create", "update", "reset", "unlock" })
            QTest::addRow("%s %s", user, action) << QString::fromLatin1(user) << QString::fromLatin1(action);
}

void TestCoreCommands::accountRefusedRoleWritesNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, action);
    const qint64 oper = accountId(m_db, QStringLiteral("oper"));
    QVERIFY(testsupport::signInAs(m_db, user, m_clock));
    const QByteArray before = testsupport::contentHash(m_db);
    const qint64 lockouts = commandAuditRows(m_db, QStringLiteral("lockout_cleared"));
    std::unique_ptr<Command> command;
    if (action == QLatin1String("create"))
        command = std::make_unique<CreateAccount>(NewAccount { QStringLiteral("nina"), QStringLiteral("Nina Nuova"),
                                                      Role::Administrator, QStringLiteral("temporanea-1"), true },
            KdfCost::minimum());
    else if (action == QLatin1String("update"))
        command = std::make_unique<UpdateAccount>(oper, QStringLiteral("Oscar Operatore"), Role::Administrator, true);
    else if (action == QLatin1String("reset"))
        command = std::make_unique<ResetPassword>(oper, QStringLiteral("temporanea-1"), false, KdfCost::minimum());
    else
        command = std::make_unique<ClearLockout>(QStringLiteral("oper"));
    const Status s = run(*command);
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(commandAuditRows(m_db, QStringLiteral("lockout_cleared")), lockouts);
    QCOMPARE(commandAuditRows(m_db, QStringLiteral("command")), qint64(0));
}

void TestCoreCommands::lastAdministratorStays()
{
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("admin"), m_clock));
    UpdateAccount second(
        accountId(m_db, QStringLiteral("admin2")), QStringLiteral("Alba Admin"), Role::Administrator, false);
    QVERIFY(run(second).ok());
    const QByteArray before = testsupport::contentHash(m_db);
    UpdateAccount demote(accountId(m_db, QStringLiteral("admin")), QStringLiteral("Ada Admin"), Role::Operator, true);
    QCOMPARE(run(demote).error().code, QStringLiteral("auth.last_administrator"));
    UpdateAccount deactivate(
        accountId(m_db, QStringLiteral("admin")), QStringLiteral("Ada Admin"), Role::Administrator, false);
    QCOMPARE(run(deactivate).error().code, QStringLiteral("auth.last_administrator"));
    QCOMPARE(testsupport::contentHash(m_db), before);
}

void TestCoreCommands::updateChangesRoleAndActive()
{
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("admin"), m_clock));
    const qint64 oper = accountId(m_db, QStringLiteral("oper"));
    UpdateAccount command(oper, QStringLiteral("Oscar Rossi"), Role::Coordinator, false);
    QVERIFY(run(command).ok());
    auto account = AccountRepository(m_db).byId(oper);
    QCOMPARE(account->displayName, QStringLiteral("Oscar Rossi"));
    QCOMPARE(account->role, Role::Coordinator);
    QVERIFY(!account->active);
    UpdateAccount unknown(987654, QStringLiteral("Nessuno"), Role::Operator, true);
    QCOMPARE(run(unknown).error().code, QStringLiteral("auth.unknown_account"));
}

void TestCoreCommands::resetRefusedForTheLastKeyHolder()
{
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("admin"), m_clock));
    // The psychologist leaves: the coordinator is the only one with the key.
    UpdateAccount leave(
        accountId(m_db, QStringLiteral("psy")), QStringLiteral("Paola Psicologa"), Role::Psychologist, false);
    QVERIFY(run(leave).ok());
    const qint64 coord = accountId(m_db, QStringLiteral("coord"));
    const QByteArray before = testsupport::contentHash(m_db);
    ResetPassword reset(coord, QStringLiteral("temporanea-1"), false, KdfCost::minimum());
    QCOMPARE(run(reset).error().code, QStringLiteral("auth.last_key_holder"));
    QCOMPARE(testsupport::contentHash(m_db), before);
    ResetPassword anyway(coord, QStringLiteral("temporanea-1"), true, KdfCost::minimum());
    QVERIFY(run(anyway).ok());
    QVERIFY(testsupport::contentHash(m_db) != before);
    QVERIFY(AccountRepository(m_db).byId(coord)->mustChangePassword);
}

void TestCoreCommands::clearLockoutLetsTryAgain()
{
    AuthService auth(m_db, m_clock, KdfCost::minimum());
    (void)auth.signIn(QStringLiteral("oper"), QStringLiteral("sbagliata"));
    QVERIFY(auth.waitSeconds(QStringLiteral("oper")).value() > 0);
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("admin"), m_clock));
    ClearLockout blank(QStringLiteral("  "));
    QCOMPARE(run(blank).error().code, QStringLiteral("auth.bad_username"));
    ClearLockout command(QStringLiteral("oper"));
    QVERIFY(run(command).ok());
    QCOMPARE(auth.waitSeconds(QStringLiteral("oper")).value(), qint64(0));
}

QTEST_GUILESS_MAIN(TestCoreCommands)
#include "tst_corecommands.moc"
