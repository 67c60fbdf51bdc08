// The permission table, and the rules of key management: who may read
// protected data, how the key reaches a new colleague, and what a denied
// action leaves in the audit log.

#include "core/auth/access.h"
#include "core/auth/accountrepository.h"
#include "core/auth/authservice.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/auth/vault.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace core;

Q_DECLARE_METATYPE(core::Role)

class TestPermissions : public QObject {
    Q_OBJECT
private slots:
    void tableIsComplete();
    void roleMatrix_data();
    void roleMatrix();
    void accountActions_data();
    void accountActions();
    void serviceRoleAllowsOnlyUnattendedJobs();
    void deniedActionIsAuditedAndNamesTheRole();
    void noSessionMeansNothingProtected();
    void vaultIsBornWithTheFirstEntitledAccount();
    void operatorSealsButCannotOpen();
    void keyReachesANewColleagueThroughAnEntitledSession();
    void keyIsWithdrawnWhenTheRoleChanges();
    void resetPasswordNeedsAnotherKeyHolder();
    void changingThePasswordKeepsTheKey();
    void sealedFieldsAreBoundToTheirPlace();

private:
    FixedClock m_clock { QDateTime(QDate(2021, 3, 19), QTime(9, 0)) };
};

void TestPermissions::tableIsComplete()
{
    QSet<QString> codes;
    for (const PermissionRule &rule : permissionTable()) {
        QVERIFY2(!codes.contains(rule.code), qPrintable(rule.code));
        codes.insert(rule.code);
        QVERIFY2(rule.code.startsWith(rule.module + '.') || rule.module == "core", qPrintable(rule.code));
        QVERIFY2(!rule.roles.isEmpty(), qPrintable(rule.code));
        QVERIFY2(PermissionText::title(rule.code) != rule.code, qPrintable(rule.code)); // described
        if (rule.guardsData)
            QVERIFY2(!rule.roles.contains(Role::Administrator) && !rule.roles.contains(Role::Operator),
                qPrintable(rule.code));
    }
    QCOMPARE(dataPermissions(), QStringList { Permission::ListeningPersonalRead });
    QVERIFY(!roleAllows(Role::Coordinator, "no.such.permission"));
}

void TestPermissions::roleMatrix_data()
{
    QTest::addColumn<QString>("permission");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    struct Row {
        QString permission;
        bool o, c, p, a, s;
    };
    const QList<Row> rows = {
        { Permission::AccountsManage, false, false, false, true, false },
        { Permission::AuditView, false, true, false, true, false },
        { Permission::ListeningView, true, true, true, true, false },
        { Permission::ListeningIntake, true, true, true, true, false },
        { Permission::ListeningPersonalRead, false, true, true, false, false },
        { Permission::ListeningAssign, false, true, false, false, false },
        { Permission::ListeningAttempt, false, true, true, false, false },
        { Permission::ListeningOutcome, false, true, true, false, false },
        { Permission::ListeningEscalate, false, true, true, false, false },
        { Permission::ListeningCloseUnreachable, false, true, false, false, false },
        { Permission::ListeningGroupsManage, false, true, false, false, false },
        { Permission::ListeningStaffManage, false, true, false, true, false },
        { Permission::StockEdit, true, true, false, true, false },
        { Permission::VolunteersView, true, true, false, true, false },
        { Permission::ComuniView, true, true, true, true, false },
        { Permission::DatabaseBackup, true, true, false, true, true },
        { Permission::SyncManage, false, true, false, true, true },
        { Permission::SyncReconcile, false, true, false, true, false },
        { Permission::DatabaseRestore, false, true, false, true, false },
        { Permission::ReportsAggregate, true, true, true, true, true },
        { Permission::VolunteersPersonalRead, true, true, false, true, false },
        { Permission::VolunteersTraining, true, true, false, true, false },
        // Sala operativa: the operators write the diary; not the psychologists.
        { Permission::RoomView, true, true, false, true, false },
        { Permission::RoomEdit, true, true, false, true, false },
        { Permission::RoomCommunications, false, true, false, true, false },
        { Permission::RoomPlans, false, true, false, true, false },
        // Colonna Mobile
        { Permission::FleetView, true, true, false, true, false },
        { Permission::FleetEdit, true, true, false, true, false },
        { Permission::FleetLoan, true, true, false, true, false },
        { Permission::FleetDeploy, false, true, false, true, false },
    };
    for (const Row &r : rows) {
        QTest::addRow("%s operator", qPrintable(r.permission)) << r.permission << Role::Operator << r.o;
        QTest::addRow("%s coordinator", qPrintable(r.permission)) << r.permission << Role::Coordinator << r.c;
        QTest::addRow("%s psychologist", qPrintable(r.permission)) << r.permission << Role::Psychologist << r.p;
        QTest::addRow("%s administrator", qPrintable(r.permission)) << r.permission << Role::Administrator << r.a;
        QTest::addRow("%s service", qPrintable(r.permission)) << r.permission << Role::Service << r.s;
    }
}

void TestPermissions::serviceRoleAllowsOnlyUnattendedJobs()
{
    QStringList allowed;
    for (const PermissionRule &rule : permissionTable())
        if (rule.roles.contains(Role::Service))
            allowed.append(rule.code);
    allowed.sort();
    QStringList expected { Permission::DatabaseBackup, Permission::SyncManage, Permission::ReportsAggregate };
    expected.sort();
    QCOMPARE(allowed, expected);
}

void TestPermissions::roleMatrix()
{
    QFETCH(QString, permission);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    QCOMPARE(roleAllows(role, permission), allowed);
}

void TestPermissions::accountActions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("administrator") << "admin" << true;
    QTest::newRow("coordinator") << "coord" << false;
    QTest::newRow("psychologist") << "psy" << false;
    QTest::newRow("operator") << "oper" << false;
}

void TestPermissions::accountActions()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), user, m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    const QString denied = allowed ? QString() : QString("auth.denied");
    auto created = auth.createAccount({ "nuovo", "Nuovo Operatore", Role::Operator, "password-1", true });
    QCOMPARE(created.error().code, denied);
    auto oper = AccountRepository(database.db()).byUsername("oper");
    QCOMPARE(auth.updateAccount(oper->id, "Oscar O.", Role::Operator, true).error().code, denied);
    QCOMPARE(auth.resetPassword(oper->id, "password-2").error().code, denied);
    QCOMPARE(auth.clearLockout("oper").error().code, denied);
    auto refusals = queryValue(
        database.db(), "SELECT count(*) FROM audit_event WHERE kind = 'denied' AND username = ?", { user });
    QCOMPARE(refusals->toInt(), allowed ? 0 : 4);
}

void TestPermissions::deniedActionIsAuditedAndNamesTheRole()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), "oper", m_clock));
    const Status s = Access::require(database.db(), Permission::ListeningAssign, m_clock);
    QCOMPARE(s.error().code, QString("auth.denied"));
    QCOMPARE(s.error().args, (QStringList { Permission::ListeningAssign, "coordinator", "oper" }));
    auto q = runQuery(
        database.db(), "SELECT username, permission, detail, occurred_at FROM audit_event WHERE kind = 'denied'");
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QString("oper"));
    QCOMPARE(q->value(1).toString(), Permission::ListeningAssign);
    QCOMPARE(q->value(2).toString(), QString("operator"));
    QCOMPARE(q->value(3).toLongLong(), m_clock.nowMs());
    // The audit log cannot be edited.
    QVERIFY(!runQuery(database.db(), "UPDATE audit_event SET detail = 'x'").ok());
    QVERIFY(!runQuery(database.db(), "DELETE FROM audit_event").ok());
}

void TestPermissions::noSessionMeansNothingProtected()
{
    testsupport::TestDatabase database;
    QVERIFY(!Access::allows(database.db(), Permission::ListeningView));
    const Status s = Access::require(database.db(), Permission::ListeningView, m_clock);
    QCOMPARE(s.error().code, QString("auth.not_signed_in"));
    auto logged = queryValue(database.db(), "SELECT username || ' ' || detail FROM audit_event WHERE kind = 'denied'");
    QCOMPARE(logged->toString(), QString("test not signed in"));
}

void TestPermissions::vaultIsBornWithTheFirstEntitledAccount()
{
    testsupport::TestDatabase database;
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    QVERIFY(auth.createFirstAdministrator("admin", "Ada Admin", testsupport::testPassword).ok());
    QCOMPARE(Vault::vaultFor(database.db(), Permission::ListeningPersonalRead).value(), qint64(0));
    QVERIFY(auth.createAccount({ "oper", "Oscar", Role::Operator, testsupport::testPassword, false }).ok());
    QCOMPARE(Vault::vaultFor(database.db(), Permission::ListeningPersonalRead).value(), qint64(0));
    QCOMPARE(
        Vault::requireVaultFor(database.db(), Permission::ListeningPersonalRead).error().code, QString("vault.none"));
    QVERIFY(auth.createAccount({ "psy", "Paola", Role::Psychologist, testsupport::testPassword, false }).ok());
    const qint64 vault = Vault::vaultFor(database.db(), Permission::ListeningPersonalRead).value();
    QVERIFY(vault != 0);
    // The administrator who created it does not hold its key.
    QVERIFY(!sessionVaultKey(database.db(), vault));
    QVERIFY(!Vault::canOpen(database.db(), Permission::ListeningPersonalRead));
    auto holders = Vault::holders(database.db(), Permission::ListeningPersonalRead);
    QCOMPARE(holders->holding, QStringList { "psy" });
}

void TestPermissions::operatorSealsButCannotOpen()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    const qint64 vault = Vault::vaultFor(database.db(), Permission::ListeningPersonalRead).value();
    QVERIFY(testsupport::signInAs(database.db(), "oper", m_clock));
    auto sealed = Vault::seal(database.db(), vault, "t.c:1", "Lucia Esempio");
    QVERIFY(sealed.ok());
    QVERIFY(!sealed->contains("Lucia"));
    QCOMPARE(Vault::open(database.db(), *sealed, "t.c:1").error().code, QString("vault.locked"));
    testsupport::signOut(database.db());
    QVERIFY(testsupport::signInAs(database.db(), "psy", m_clock));
    QCOMPARE(Vault::open(database.db(), *sealed, "t.c:1").value(), QString("Lucia Esempio"));
    testsupport::signOut(database.db());
    QVERIFY(testsupport::signInAs(database.db(), "coord", m_clock));
    QCOMPARE(Vault::open(database.db(), *sealed, "t.c:1").value(), QString("Lucia Esempio"));
    // Locking wipes the key from the session.
    AuthService(database.db(), m_clock, KdfCost::minimum()).lock();
    QCOMPARE(Vault::open(database.db(), *sealed, "t.c:1").error().code, QString("vault.locked"));
}

void TestPermissions::keyReachesANewColleagueThroughAnEntitledSession()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), "admin", m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    QVERIFY(auth.createAccount({ "psy2", "Piero", Role::Psychologist, testsupport::testPassword, false }).ok());
    auto holders = Vault::holders(database.db(), Permission::ListeningPersonalRead);
    QCOMPARE(holders->waiting, QStringList { "psy2" });
    testsupport::signOut(database.db());
    // Before anyone entitled signs in, the new psychologist cannot read.
    QVERIFY(testsupport::signInAs(database.db(), "psy2", m_clock));
    QVERIFY(!Vault::canOpen(database.db(), Permission::ListeningPersonalRead));
    testsupport::signOut(database.db());
    // A colleague signs in: the key is passed on.
    QVERIFY(testsupport::signInAs(database.db(), "coord", m_clock));
    testsupport::signOut(database.db());
    QVERIFY(testsupport::signInAs(database.db(), "psy2", m_clock));
    QVERIFY(Vault::canOpen(database.db(), Permission::ListeningPersonalRead));
    auto granted
        = queryValue(database.db(), "SELECT detail FROM audit_event WHERE kind = 'key_granted' AND username = 'psy2'");
    QCOMPARE(granted->toString(), QString("by coord"));
}

void TestPermissions::keyIsWithdrawnWhenTheRoleChanges()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), "admin", m_clock));
    auto psy = AccountRepository(database.db()).byUsername("psy");
    QVERIFY(AuthService(database.db(), m_clock, KdfCost::minimum())
                .updateAccount(psy->id, psy->displayName, Role::Operator, true)
                .ok());
    auto grants = queryValue(database.db(), "SELECT count(*) FROM key_grant WHERE account_id = ?", { psy->id });
    QCOMPARE(grants->toInt(), 0);
    testsupport::signOut(database.db());
    QVERIFY(testsupport::signInAs(database.db(), "psy", m_clock));
    QVERIFY(!Vault::canOpen(database.db(), Permission::ListeningPersonalRead));
    auto revoked
        = queryValue(database.db(), "SELECT count(*) FROM audit_event WHERE kind = 'key_revoked' AND username = 'psy'");
    QCOMPARE(revoked->toInt(), 1);
}

void TestPermissions::resetPasswordNeedsAnotherKeyHolder()
{
    testsupport::TestDatabase database;
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    QVERIFY(auth.createFirstAdministrator("admin", "Ada Admin", testsupport::testPassword).ok());
    auto psy = auth.createAccount({ "psy", "Paola", Role::Psychologist, testsupport::testPassword, false });
    QVERIFY(psy.ok());
    // The only holder: a reset would lose the data.
    QCOMPARE(auth.resetPassword(psy->id, "nuova-password").error().code, QString("auth.last_key_holder"));
    auto coord = auth.createAccount({ "coord", "Carlo", Role::Coordinator, testsupport::testPassword, false });
    QVERIFY(coord.ok());
    testsupport::signOut(database.db());
    QVERIFY(testsupport::signInAs(database.db(), "psy", m_clock)); // passes the key to coord
    testsupport::signOut(database.db());
    QVERIFY(testsupport::signInAs(database.db(), "admin", m_clock));
    QVERIFY(auth.resetPassword(psy->id, "nuova-password").ok());
    testsupport::signOut(database.db());
    QVERIFY(auth.signIn("psy", "nuova-password").ok());
    QVERIFY(!Vault::canOpen(database.db(), Permission::ListeningPersonalRead)); // waiting
    testsupport::signOut(database.db());
    QVERIFY(testsupport::signInAs(database.db(), "coord", m_clock));
    testsupport::signOut(database.db());
    QVERIFY(auth.signIn("psy", "nuova-password").ok());
    QVERIFY(Vault::canOpen(database.db(), Permission::ListeningPersonalRead));
}

void TestPermissions::changingThePasswordKeepsTheKey()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), "psy", m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    QVERIFY(auth.changePassword(testsupport::testPassword, "un-altra-password").ok());
    auth.signOut();
    QVERIFY(auth.signIn("psy", "un-altra-password").ok());
    QVERIFY(Vault::canOpen(database.db(), Permission::ListeningPersonalRead));
}

void TestPermissions::sealedFieldsAreBoundToTheirPlace()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), "psy", m_clock));
    const qint64 vault = Vault::vaultFor(database.db(), Permission::ListeningPersonalRead).value();
    auto a = Vault::seal(database.db(), vault, "listening_request.caller_name:1", "Anna");
    auto b = Vault::seal(database.db(), vault, "listening_request.caller_name:1", "Anna");
    QVERIFY(*a != *b); // random: equal names do not show as equal bytes
    QCOMPARE(
        Vault::open(database.db(), *a, "listening_request.caller_name:2").error().code, QString("vault.misplaced"));
    QByteArray damaged = *a;
    damaged[damaged.size() - 1] = char(damaged.at(damaged.size() - 1) ^ 1);
    QCOMPARE(
        Vault::open(database.db(), damaged, "listening_request.caller_name:1").error().code, QString("vault.damaged"));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
