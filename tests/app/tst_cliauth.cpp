// The command line and protected data: every report needs --user, with the
// password from CISIAMO_PASSWORD (never an argument); the service account
// gets the aggregate ones and nothing with names; the audit log and callers'
// names need an entitled role; a wrong password fails and is counted; a
// refusal says how to sign in.

#include "support/demodatabase.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using testsupport::runCisiamo;

class TestCliAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void summaryIsAggregateForTheServiceAccount();
    void serviceAccountGetsNoNames_data();
    void serviceAccountGetsNoNames();
    void queueShowsNamesOnlyToEntitledUsers();
    void auditNeedsAnEntitledUser_data();
    void auditNeedsAnEntitledUser();
    void wrongPasswordFailsAndDelaysTheNextTry();
    void noPasswordWithoutATerminalFailsAtOnce();
    void administratorCreatesAnAccount();
    void administratorEditsResetsAndUnlocks();
    void permissionsTableIsPrintable();

private:
    QHash<QString, QString> password(const QString &p = "demo1234") const { return { { "CISIAMO_PASSWORD", p } }; }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliAuth::initTestCase()
{
    m_db = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_db.isEmpty());
}

void TestCliAuth::summaryIsAggregateForTheServiceAccount()
{
    const QDate today = testsupport::testToday();
    const auto r = runCisiamo({ "--db", m_db, "--user", "servizio", "report", "listening-summary", "--from",
        today.addDays(-40).toString(Qt::ISODate), "--to", today.toString(Qt::ISODate), "--format", "csv" }, password());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(),
        QByteArray("period_start,period,requests,urgent,called_back,within_24h,within_48h,"
                   "share_within_24h,share_within_48h,median_hours_to_callback,"
                   "escalations_118,referrals,unreachable,still_open"));
    QVERIFY(lines.size() >= 2);
    int requests = 0;
    for (int i = 1; i < lines.size(); ++i)
        requests += lines.at(i).split(',').value(2).toInt();
    QVERIFY2(requests > 150, r.out.constData()); // a month of demo requests
    QVERIFY(!r.out.contains("Esempio") && !r.out.contains("000 "));
    // Weekly too.
    const auto weekly = runCisiamo({ "--db", m_db, "--user", "servizio", "report", "listening-summary", "--from",
        today.addDays(-13).toString(Qt::ISODate), "--to", today.toString(Qt::ISODate), "--by", "week" }, password());
    QCOMPARE(weekly.exitCode, 0);
    QVERIFY(weekly.out.split('\n').value(1).contains("W"));
}

void TestCliAuth::serviceAccountGetsNoNames_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString from = testsupport::testToday().addDays(-60).toString(Qt::ISODate);
    const QString to = testsupport::testToday().toString(Qt::ISODate);
    QTest::newRow("listening-queue") << QStringList { "report", "listening-queue" };
    QTest::newRow("volunteers-over-limits")
        << QStringList { "report", "volunteers-over-limits", "--from", from, "--to", to };
    QTest::newRow("attestati-issued") << QStringList { "report", "attestati-issued", "--from", from, "--to", to };
    QTest::newRow("deliveries-register") << QStringList { "report", "deliveries-register", "--from", from, "--to", to };
    QTest::newRow("audit") << QStringList { "report", "audit", "--from", from, "--to", to };
    QTest::newRow("accounts") << QStringList { "accounts" };
}

void TestCliAuth::serviceAccountGetsNoNames()
{
    QFETCH(QStringList, arguments);
    const auto r = runCisiamo(QStringList { "--db", m_db, "--lang", "en", "--user", "servizio" } + arguments, password());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Not allowed"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliAuth::queueShowsNamesOnlyToEntitledUsers()
{
    const auto anonymous = runCisiamo({ "--db", m_db, "report", "listening-queue" });
    QCOMPARE(anonymous.exitCode, 1);
    QVERIFY(anonymous.out.isEmpty());
    QVERIFY2(anonymous.err.contains("--user"), anonymous.err.constData());
    const auto operatorQueue
        = runCisiamo({ "--db", m_db, "--user", "operatore", "report", "listening-queue" }, password());
    QCOMPARE(operatorQueue.exitCode, 0);
    QVERIFY(!operatorQueue.out.contains("caller_name"));
    QVERIFY(!operatorQueue.out.contains("000 "));
    // The names were left out, and the audit log says for whom.
    const QString today = testsupport::testToday().toString(Qt::ISODate);
    const auto events = runCisiamo({ "--db", m_db, "--user", "admin", "report", "audit-events", "--from", today,
                                       "--to", today, "--option", "operator=operatore" },
        password());
    QCOMPARE(events.exitCode, 0);
    QVERIFY2(events.out.contains("caller names left out"), events.out.constData());
    const auto psychologist
        = runCisiamo({ "--db", m_db, "--user", "psicologa", "report", "listening-queue" }, password());
    QVERIFY2(psychologist.exitCode == 0, psychologist.err.constData());
    QVERIFY(psychologist.out.startsWith("code,"));
    QVERIFY(psychologist.out.contains("caller_name,caller_phone"));
    QVERIFY(psychologist.out.contains(",000 "));
}

void TestCliAuth::auditNeedsAnEntitledUser_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("code");
    QTest::newRow("nobody") << "" << 1;
    QTest::newRow("operator") << "operatore" << 1;
    QTest::newRow("psychologist") << "psicologa" << 1;
    QTest::newRow("coordinator") << "coordinatrice" << 0;
    QTest::newRow("administrator") << "admin" << 0;
}

void TestCliAuth::auditNeedsAnEntitledUser()
{
    QFETCH(QString, user);
    QFETCH(int, code);
    const QDate today = testsupport::testToday();
    QStringList args { "--db", m_db, "--lang", "en" };
    if (!user.isEmpty())
        args << "--user" << user;
    args << "report"
         << "audit"
         << "--from" << today.addDays(-1).toString(Qt::ISODate) << "--to" << today.toString(Qt::ISODate);
    const auto r = runCisiamo(args, password());
    QCOMPARE(r.exitCode, code);
    if (code == 0) {
        QVERIFY(r.out.startsWith("changed_at,operator,name,workstation,table,row_id,operation"));
        QVERIFY(r.out.contains("operator_account")); // the first rows of the demo: accounts
    } else if (user.isEmpty()) {
        QVERIFY2(r.err.contains("--user"), r.err.constData());
    } else {
        QVERIFY2(r.err.contains("coordinator or administrator"), r.err.constData());
    }
    // Events: denied ones are in the log.
    if (user == "admin") {
        const auto events = runCisiamo({ "--db", m_db, "--user", "admin", "report", "audit-events", "--from",
                                           today.addDays(-1).toString(Qt::ISODate), "--to", today.toString(Qt::ISODate),
                                           "--option", "operator=operatore" },
            password());
        QCOMPARE(events.exitCode, 0);
        QVERIFY(events.out.contains("operatore"));
    }
}

void TestCliAuth::wrongPasswordFailsAndDelaysTheNextTry()
{
    const auto wrong = runCisiamo(
        { "--db", m_db, "--lang", "en", "--user", "psicologo", "report", "listening-queue" }, password("sbagliata"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("Wrong user name or password"), wrong.err.constData());
    const auto right
        = runCisiamo({ "--db", m_db, "--lang", "en", "--user", "psicologo", "report", "listening-queue" }, password());
    // Either still waiting the second, or through: never a silent success on the wrong one.
    QVERIFY(right.exitCode == 0 || right.err.contains("wait"));
}

void TestCliAuth::noPasswordWithoutATerminalFailsAtOnce()
{
    const auto r = runCisiamo({ "--db", m_db, "--lang", "en", "--user", "admin", "accounts" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("CISIAMO_PASSWORD"), r.err.constData());
}

void TestCliAuth::administratorCreatesAnAccount()
{
    QHash<QString, QString> env = password();
    env.insert("CISIAMO_NEW_PASSWORD", "provvisoria-1");
    const auto created = runCisiamo({ "--db", m_db, "--user", "admin", "account-add", "mario.rossi", "--name",
                                        "Mario Rossi", "--role", "operator" },
        env);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const auto denied = runCisiamo(
        { "--db", m_db, "--user", "coordinatrice", "account-add", "x.y", "--name", "X Y", "--role", "operator" }, env);
    QCOMPARE(denied.exitCode, 1);
    // A name typed as a formula is listed as text (CSV injection).
    const auto formula = runCisiamo({ "--db", m_db, "--user", "admin", "account-add", "f.x", "--name",
                                        "=HYPERLINK(\"http://x\",\"y\")", "--role", "operator" },
        env);
    QVERIFY2(formula.exitCode == 0, formula.err.constData());
    const auto list = runCisiamo({ "--db", m_db, "--user", "admin", "accounts" }, password());
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("mario.rossi,operator,1,no,Mario Rossi\r\n"), list.out.constData());
    QVERIFY(list.out.contains("psicologa,psychologist,1,key,"));
    QVERIFY2(list.out.contains("f.x,operator,1,no,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"),
        list.out.constData());
    // A new account must choose its password in the window first.
    const auto first
        = runCisiamo({ "--db", m_db, "--user", "mario.rossi", "report", "listening-queue" }, password("provvisoria-1"));
    QCOMPARE(first.exitCode, 1);
}

// account-edit, account-reset-password and account-unlock: the
// administrator's commands of File > Operators and roles, with its rules.
void TestCliAuth::administratorEditsResetsAndUnlocks()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("accounts.sqlite");
    QVERIFY(QFile::copy(m_db, db));
    auto admin = [&](const QStringList &arguments, const QString &newPassword = {}) {
        QHash<QString, QString> env = password();
        if (!newPassword.isEmpty())
            env.insert("CISIAMO_NEW_PASSWORD", newPassword);
        return runCisiamo(QStringList { "--db", db, "--lang", "en", "--user", "admin" } + arguments, env);
    };
    auto r = admin({ "account-edit", "operatore", "--name", "Oscar Rossi", "--role", "coordinator" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = admin({ "accounts" });
    QVERIFY2(r.out.contains("operatore,coordinator,1,"), r.out.constData());
    QVERIFY(r.out.contains("Oscar Rossi"));
    r = admin({ "account-edit", "operatore", "--active", "no" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(admin({ "accounts" }).out.contains("operatore,coordinator,0,"));
    // The last active administrator stays one.
    r = admin({ "account-edit", "admin", "--role", "operator" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("administrator"), r.err.constData());
    r = admin({ "account-edit", "nessuno", "--active", "yes" });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(admin({ "account-edit", "psicologa", "--active", "forse" }).exitCode, 2);

    // A forgotten password: a temporary one, then the person signs in with it.
    r = admin({ "account-reset-password", "servizio" }, "provvisoria-42");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The temporary password is right, and must be changed in the window first.
    r = runCisiamo({ "--db", db, "--lang", "en", "--user", "servizio", "backup", dir.filePath("copy.sqlite") },
        { { "CISIAMO_PASSWORD", "provvisoria-42" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("must choose a new password"), r.err.constData());
    QCOMPARE(admin({ "account-reset-password", "servizio" }, "corta").exitCode, 1);

    // Wrong passwords delay the next try; the administrator lifts the delay.
    // Each program is started at its own instant (CISIAMO_NOW): two wrong
    // passwords ten seconds apart make the next try wait 2 s.
    auto at = [](int seconds, QHash<QString, QString> env) {
        env.insert("CISIAMO_NOW", testsupport::testNow().addSecs(seconds).toString(Qt::ISODate));
        return env;
    };
    const QStringList queue { "--db", db, "--lang", "en", "--user", "psicologa", "report", "listening-queue" };
    QCOMPARE(runCisiamo(queue, at(0, password("sbagliata"))).exitCode, 1);
    QCOMPARE(runCisiamo(queue, at(10, password("sbagliata"))).exitCode, 1);
    r = runCisiamo(queue, at(11, password()));
    QVERIFY2(r.exitCode == 1 && r.err.contains("wait"), r.err.constData());
    r = runCisiamo({ "--db", db, "--user", "admin", "account-unlock", "psicologa" }, at(11, password()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCisiamo(queue, at(11, password()));
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Not for a coordinator.
    r = runCisiamo({ "--db", db, "--user", "coordinatrice", "account-unlock", "psicologa" }, password());
    QCOMPARE(r.exitCode, 1);
}

void TestCliAuth::permissionsTableIsPrintable()
{
    const auto r = runCisiamo({ "--db", m_db, "--user", "servizio", "report", "permissions" }, password());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("area,permission,action,operator,coordinator,psychologist,administrator,service"));
    QVERIFY(r.out.contains("reports.aggregate"));
    QVERIFY(r.out.contains("listening.personal.read"));
}

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cliauth.moc"
