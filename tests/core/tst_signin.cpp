// Passwords are stored as salted Argon2id hashes; a wrong password is
// counted and delays the next try; sign-ins and refusals reach the audit log.

#include "core/auth/accountrepository.h"
#include "core/auth/authservice.h"
#include "core/auth/lockoutpolicy.h"
#include "core/auth/passwordhash.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace core;

class TestSignIn : public QObject {
    Q_OBJECT
private slots:
    void hashesAreSaltedArgon2id();
    void interactiveCostIsTheDefault();
    void passwordPolicy_data();
    void passwordPolicy();
    void lockoutDelays_data();
    void lockoutDelays();
    void firstRunCreatesOneAdministrator();
    void signInSetsTheSessionAndTheChangeLogOperator();
    void wrongPasswordIsCountedAndDelaysTheNextTry();
    void parallelAttemptsWaitTheirTurn();
    void unknownUserIsCountedAndSaysNothingMore();
    void inactiveAccountCannotSignIn();
    void clearingTheLockoutLetsTryAgain();
    void changingThePassword();
    void mustChangePasswordAfterReset();
    void storedFileHoldsNoPassword();

private:
    FixedClock m_clock { QDateTime(QDate(2021, 3, 19), QTime(9, 0)) };
};

void TestSignIn::hashesAreSaltedArgon2id()
{
    auto a = hashPassword("segreto-123", KdfCost::minimum());
    auto b = hashPassword("segreto-123", KdfCost::minimum());
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->startsWith("$argon2id$"));
    QVERIFY(*a != *b); // a random salt each time
    QVERIFY(!a->contains("segreto"));
    QVERIFY(verifyPassword(*a, "segreto-123"));
    QVERIFY(verifyPassword(*b, "segreto-123"));
    QVERIFY(!verifyPassword(*a, "segreto-124"));
    QVERIFY(!verifyPassword(*a, ""));
    QVERIFY(!verifyPassword("not a hash", "segreto-123"));
}

void TestSignIn::interactiveCostIsTheDefault()
{
    auto h = hashPassword("segreto-123", KdfCost::interactive());
    QVERIFY(h.ok());
    QVERIFY2(h->contains("m=65536,t=2"), qPrintable(*h)); // 64 MiB, 2 passes
    // Keys derived from a password depend on the salt.
    auto k1 = deriveKeyFromPassword("segreto-123", QByteArray(16, 'a'), KdfCost::minimum());
    auto k2 = deriveKeyFromPassword("segreto-123", QByteArray(16, 'b'), KdfCost::minimum());
    QVERIFY(k1.ok() && k2.ok());
    QCOMPARE(int(k1->size()), 32);
    QVERIFY(memcmp(k1->data(), k2->data(), 32) != 0);
}

void TestSignIn::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("ok") << "lungapassword"
                        << "";
    QTest::newRow("eight") << "12345678"
                           << "";
    QTest::newRow("seven") << "1234567"
                           << "auth.password_too_short";
    QTest::newRow("empty") << ""
                           << "auth.password_too_short";
    QTest::newRow("user name") << "MARIO.ROSSI"
                               << "auth.password_is_username";
}

void TestSignIn::passwordPolicy()
{
    QFETCH(QString, password);
    QFETCH(QString, error);
    const Status s = checkPasswordPolicy(password, "mario.rossi");
    QCOMPARE(s.error().code, error);
}

void TestSignIn::lockoutDelays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delay");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("1") << 1 << qint64(1);
    QTest::newRow("2") << 2 << qint64(2);
    QTest::newRow("3") << 3 << qint64(4);
    QTest::newRow("5") << 5 << qint64(16);
    QTest::newRow("9") << 9 << qint64(256);
    QTest::newRow("10 capped") << 10 << qint64(300);
    QTest::newRow("1000 capped") << 1000 << qint64(300);
}

void TestSignIn::lockoutDelays()
{
    QFETCH(int, failures);
    QFETCH(qint64, delay);
    QCOMPARE(LockoutPolicy::delayAfter(failures), delay);
    QCOMPARE(LockoutPolicy::remainingSecs(failures, 1000000, 1000000), delay);
    QCOMPARE(LockoutPolicy::remainingSecs(failures, 1000000, 1000000 + delay * 1000), qint64(0));
}

void TestSignIn::firstRunCreatesOneAdministrator()
{
    testsupport::TestDatabase database;
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    QCOMPARE(auth.needsFirstAdministrator().value(), true);
    QCOMPARE(auth.createFirstAdministrator("Root", "Ada", "sicura-123").error().code, QString()); // "Root" -> "root"
    QCOMPARE(sessionAccount(database.db())->username, QString("root"));
    QCOMPARE(sessionAccount(database.db())->role, Role::Administrator);
    QCOMPARE(auth.needsFirstAdministrator().value(), false);
    auto again = auth.createFirstAdministrator("other", "Other", "sicura-123");
    QCOMPARE(again.error().code, QString("auth.already_set_up"));
    auto bad = AccountRepository::normalizeUsername("mario rossi");
    QVERIFY(bad.isEmpty());
    auto events = queryValue(database.db(), "SELECT group_concat(kind) FROM audit_event");
    QCOMPARE(events->toString(), QString("account_created,sign_in"));
}

void TestSignIn::signInSetsTheSessionAndTheChangeLogOperator()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    auto account = auth.signIn("  Coord ", testsupport::testPassword);
    QVERIFY2(account.ok(), qPrintable(account.error().code));
    QCOMPARE(account->role, Role::Coordinator);
    QCOMPARE(sessionOperator(database.db()), QString("coord"));
    // Every change made now is logged with the signed-in user.
    QVERIFY(runQuery(database.db(), "BEGIN IMMEDIATE").ok());
    QVERIFY(runQuery(database.db(), "COMMIT").ok());
    {
        auto s = AuthService(database.db(), m_clock, KdfCost::minimum())
                     .changePassword(testsupport::testPassword, "nuova-password");
        QVERIFY(s.ok());
    }
    auto op = queryValue(database.db(),
        "SELECT operator FROM change_log WHERE table_name = 'operator_account' ORDER BY seq DESC LIMIT 1");
    QCOMPARE(op->toString(), QString("coord"));
    auth.signOut();
    QVERIFY(!hasSession(database.db()));
    auto kinds = queryValue(database.db(),
        "SELECT group_concat(kind) FROM (SELECT kind FROM audit_event WHERE username = 'coord' ORDER BY occurred_at, "
        "id)");
    QVERIFY2(kinds->toString().endsWith("sign_in,password_changed,sign_out"), qPrintable(kinds->toString()));
}

void TestSignIn::wrongPasswordIsCountedAndDelaysTheNextTry()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    FixedClock clock(m_clock.now());
    AuthService auth(database.db(), clock, KdfCost::minimum());

    auto first = auth.signIn("psy", "sbagliata");
    QCOMPARE(first.error().code, QString("auth.wrong_password"));
    QCOMPARE(first.error().args.value(0), QString("1")); // next try in 1 s
    QVERIFY(!hasSession(database.db()));
    // Within the second: refused without even looking at the password.
    auto early = auth.signIn("psy", testsupport::testPassword);
    QCOMPARE(early.error().code, QString("auth.wait"));
    QCOMPARE(auth.waitSeconds("psy").value(), qint64(1));
    clock.advanceSecs(1);
    QCOMPARE(auth.waitSeconds("psy").value(), qint64(0));
    QCOMPARE(auth.signIn("psy", "sbagliata").error().args.value(0), QString("2"));
    clock.advanceSecs(2);
    QCOMPARE(auth.signIn("psy", "sbagliata").error().args.value(0), QString("4"));
    // The delay survives a restart: it is in the database.
    AuthService afterRestart(database.db(), clock, KdfCost::minimum());
    QCOMPARE(afterRestart.waitSeconds("psy").value(), qint64(4));
    // Trying during the delay does not make it longer.
    clock.advanceSecs(3);
    QCOMPARE(auth.signIn("psy", testsupport::testPassword).error().code, QString("auth.wait"));
    clock.advanceSecs(1);
    QCOMPARE(auth.waitSeconds("psy").value(), qint64(0));
    QVERIFY(auth.signIn("psy", testsupport::testPassword).ok());
    // Success resets the count.
    auth.signOut();
    QCOMPARE(auth.signIn("psy", "sbagliata").error().args.value(0), QString("1"));

    auto failed = queryValue(
        database.db(), "SELECT count(*) FROM audit_event WHERE username = 'psy' AND kind = 'sign_in_failed'");
    QCOMPARE(failed->toInt(), 6); // 4 wrong passwords, 2 tries during a delay
    auto throttled
        = queryValue(database.db(), "SELECT count(*) FROM audit_event WHERE username = 'psy' AND detail = 'throttled'");
    QCOMPARE(throttled->toInt(), 2);
}

// Eight wrong passwords tried at once, each on its own connection (as the
// window and several command-line processes would): the failure count is
// read and written in one write transaction around the check, so they take
// turns. With the clock still, only the first is checked; the seven others
// find its failure and are refused for the delay, and all eight are logged.
// Without the lock, they all read "no failures" and all check the password.
void TestSignIn::parallelAttemptsWaitTheirTurn()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    // A costlier hash than the tests' minimum, so that the check takes as
    // long as a real one and the unlocked attempts overlap for sure.
    auto hash = hashPassword(testsupport::testPassword, KdfCost { 2, 16u * 1024 * 1024 });
    QVERIFY(hash.ok());
    QVERIFY(runQuery(database.db(), "UPDATE operator_account SET password_hash = ? WHERE username = 'oper'", { *hash })
                .ok());

    constexpr int attempts = 8;
    std::vector<QString> codes(attempts);
    std::mutex mutex;
    std::condition_variable go;
    int ready = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < attempts; ++i) {
        threads.emplace_back([&, i] {
            auto connection = openDatabase(database.path());
            {
                std::unique_lock lock(mutex);
                ++ready;
                go.notify_all();
                go.wait(lock, [&] { return ready == attempts; }); // all start together
            }
            if (!connection) {
                codes[i] = connection.error().code;
                return;
            }
            AuthService auth(connection->db(), m_clock, KdfCost::minimum());
            auto result = auth.signIn("oper", "sbagliata");
            codes[i] = result ? QStringLiteral("signed in") : result.error().code;
        });
    }
    for (std::thread &t : threads)
        t.join();

    QCOMPARE(std::count(codes.begin(), codes.end(), "auth.wrong_password"), 1);
    QCOMPARE(std::count(codes.begin(), codes.end(), "auth.wait"), attempts - 1);
    auto failed = queryValue(
        database.db(), "SELECT count(*) FROM audit_event WHERE username = 'oper' AND kind = 'sign_in_failed'");
    QCOMPARE(failed->toInt(), attempts); // every attempt is in the audit log
    auto checked = queryValue(database.db(),
        "SELECT count(*) FROM audit_event WHERE username = 'oper' AND kind = 'sign_in_failed' "
        "AND detail = 'wrong password'");
    QCOMPARE(checked->toInt(), 1); // one password check per delay window
    QCOMPARE(AuthService(database.db(), m_clock).waitSeconds("oper").value(), qint64(1));
}

void TestSignIn::unknownUserIsCountedAndSaysNothingMore()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    auto r = auth.signIn("nessuno", "qualsiasi");
    QCOMPARE(r.error().code, QString("auth.wrong_password")); // same answer as a wrong password
    QCOMPARE(auth.waitSeconds("nessuno").value(), qint64(1));
    auto logged = queryValue(database.db(), "SELECT detail FROM audit_event WHERE username = 'nessuno'");
    QCOMPARE(logged->toString(), QString("unknown user"));
}

void TestSignIn::inactiveAccountCannotSignIn()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), "admin", m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    auto oper = AccountRepository(database.db()).byUsername("oper");
    QVERIFY(auth.updateAccount(oper->id, oper->displayName, Role::Operator, false).ok());
    auth.signOut();
    QCOMPARE(auth.signIn("oper", testsupport::testPassword).error().code, QString("auth.inactive"));
    // The last active administrator cannot be demoted or deactivated.
    QVERIFY(testsupport::signInAs(database.db(), "admin", m_clock));
    auto admin2 = AccountRepository(database.db()).byUsername("admin2");
    QVERIFY(auth.updateAccount(admin2->id, admin2->displayName, Role::Administrator, false).ok());
    auto admin = AccountRepository(database.db()).byUsername("admin");
    QCOMPARE(auth.updateAccount(admin->id, admin->displayName, Role::Coordinator, true).error().code,
        QString("auth.last_administrator"));
}

void TestSignIn::clearingTheLockoutLetsTryAgain()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    for (int i = 0; i < 3; ++i) {
        (void)auth.signIn("oper", "sbagliata");
        const_cast<FixedClock &>(m_clock).advanceSecs(10);
    }
    (void)auth.signIn("oper", "sbagliata");
    QCOMPARE(auth.waitSeconds("oper").value(), qint64(8));
    QVERIFY(testsupport::signInAs(database.db(), "admin", m_clock));
    QVERIFY(auth.clearLockout("oper").ok());
    auth.signOut();
    QCOMPARE(auth.waitSeconds("oper").value(), qint64(0));
    QVERIFY(auth.signIn("oper", testsupport::testPassword).ok());
}

void TestSignIn::changingThePassword()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), "psy", m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    QCOMPARE(auth.changePassword("sbagliata", "nuova-password").error().code, QString("auth.wrong_old_password"));
    QCOMPARE(auth.changePassword(testsupport::testPassword, "corta").error().code, QString("auth.password_too_short"));
    QVERIFY(auth.changePassword(testsupport::testPassword, "nuova-password").ok());
    auth.signOut();
    QCOMPARE(auth.signIn("psy", testsupport::testPassword).error().code, QString("auth.wrong_password"));
    const_cast<FixedClock &>(m_clock).advanceSecs(5);
    auto again = auth.signIn("psy", "nuova-password");
    QVERIFY(again.ok());
    QVERIFY(!again->mustChangePassword);
}

void TestSignIn::mustChangePasswordAfterReset()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), "admin", m_clock));
    AuthService auth(database.db(), m_clock, KdfCost::minimum());
    auto oper = AccountRepository(database.db()).byUsername("oper");
    QVERIFY(auth.resetPassword(oper->id, "provvisoria-1").ok());
    auth.signOut();
    auto signedIn = auth.signIn("oper", "provvisoria-1");
    QVERIFY(signedIn.ok());
    QVERIFY(signedIn->mustChangePassword);
    QVERIFY(auth.changePassword("provvisoria-1", "definitiva-1").ok());
    QVERIFY(!AccountRepository(database.db()).byUsername("oper")->mustChangePassword);
}

void TestSignIn::storedFileHoldsNoPassword()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(runQuery(database.db(), "PRAGMA wal_checkpoint(TRUNCATE)").ok());
    QByteArray bytes;
    for (const QString &suffix : { QString(), QString("-wal") }) {
        QFile f(database.path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.contains("Carlo Coordinatore")); // the search works on this file
    QVERIFY(!bytes.contains(testsupport::testPassword.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
