// Every command that changes data or reads personal data refuses to run
// without --user or with a wrong password: exit 1, an Italian message that
// names --user, nothing written (the database rows, the output files), and
// the refusal in the audit log.
//
// The database is small on purpose: the reference data and the demo
// accounts (demo1234) made with the cheapest Argon2 cost. Every row is
// refused before anything is read or written, so a year of demo data would
// add nothing to what is tested, only the time of hashing 50 MB twice per
// row (~2 s each: 96 s for the suite on a quiet machine, now a few seconds).

#include "core/db/sql.h"
#include "core/demo/demoaccounts.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runCisiamo;

class TestCliWrites : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedWithoutSignIn_data();
    void refusedWithoutSignIn();
    void refusedWithAWrongPassword_data();
    void refusedWithAWrongPassword();
    void openCommandsNeedNoSignIn();
    void workstationSetAndShow();

private:
    void commands();
    // Every row of every table, what `sqlite3 .dump` would compare, but the
    // refusal's own traces: the audit log, its change-log rows, the id and
    // sequence counters it moved, and the connection's scratch row.
    static QByteArray contentHash(const QString &path);
    static int deniedEvents(const QString &path);
    QTemporaryDir m_dir;
    testsupport::TestDatabase m_database;
    QString m_demo; // the database every row copies
    QByteArray m_demoHash;
};

void TestCliWrites::initTestCase()
{
    QVERIFY(m_database.isValid());
    core::DemoContext demo;
    demo.db = m_database.db();
    QVERIFY(core::demoAccountsStep(core::KdfCost::minimum()).run(demo).ok());
    QVERIFY(core::runQuery(m_database.db(), "PRAGMA wal_checkpoint(TRUNCATE)").ok());
    m_database.close();
    m_demo = m_database.path();
    m_demoHash = contentHash(m_demo);
    QVERIFY(!m_demoHash.isEmpty());
    QFile csv(m_dir.filePath("any.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("a,b\n1,2\n");
}

QByteArray TestCliWrites::contentHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "hash");
        db.setDatabaseName(path);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (!db.open())
            return {};
        QSqlQuery tables(db);
        tables.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            if (table == "audit_event" || table == "id_allocator" || table == "session_context"
                || table == "sqlite_sequence")
                continue;
            hash.addData(table.toUtf8());
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.exec(table == "change_log" ? QStringLiteral("SELECT * FROM change_log WHERE table_name <> 'audit_event'")
                                            : QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            const int columns = rows.record().count(); // once: record() copies the row
            while (rows.next()) {
                for (int i = 0; i < columns; ++i)
                    hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
                hash.addData("\n");
            }
        }
    }
    QSqlDatabase::removeDatabase("hash");
    return hash.result().toHex();
}

int TestCliWrites::deniedEvents(const QString &path)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "audit");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec("SELECT count(*) FROM audit_event WHERE kind IN ('denied', 'sign_in_failed')");
            count = q.next() ? q.value(0).toInt() : -1;
        }
    }
    QSqlDatabase::removeDatabase("audit");
    return count;
}

void TestCliWrites::commands()
{
    QTest::addColumn<QStringList>("arguments");
    const QString csv = m_dir.filePath("any.csv");
    const QString out = "@OUT@"; // a folder of the row, that must stay empty
    const QString today = testsupport::testToday().toString(Qt::ISODate);
    const QString from = testsupport::testToday().addDays(-60).toString(Qt::ISODate);
    for (const char *kind : { "receipts", "volunteers", "activations", "organisations", "requests", "deliveries", "pupils",
             "assistants", "bookings", "vehicles", "equipment", "emergency-plans" })
        QTest::addRow("import %s", kind) << QStringList { "import", kind, csv };
    QTest::newRow("import dry-run") << QStringList { "import", "receipts", csv, "--dry-run" };
    QTest::newRow("attestati") << QStringList { "attestati", "--from", from, "--to", today, "--out", out };
    QTest::newRow("training-certificate") << QStringList { "training-certificate", "--participant", "1", "--out",
        out + "/attestato.pdf" };
    QTest::newRow("organisation add") << QStringList { "organisation", "add", "--name", "OdV Nuova", "--comune",
        "Milano" };
    QTest::newRow("organisation edit") << QStringList { "organisation", "edit", "MI-PC-0101", "--phone", "02 123" };
    QTest::newRow("event add") << QStringList { "event", "add", "--name", "Alluvione", "--act", "Nota 1", "--start",
        from };
    QTest::newRow("event edit") << QStringList { "event", "edit", "Emergenza COVID-19", "--notes", "nota" };
    QTest::newRow("activation record") << QStringList { "activation", "record", "--volunteer", "RSSMRA80A01F205X",
        "--event", "Emergenza COVID-19", "--service", "coc", "--from", today };
    QTest::newRow("activation void") << QStringList { "activation", "void", "1", "--reason", "errore" };
    QTest::newRow("sync export") << QStringList { "sync", "export", "--to", out };
    QTest::newRow("sync import") << QStringList { "sync", "import", "--from", out };
    QTest::newRow("sync status") << QStringList { "sync", "status" };
    QTest::newRow("sync conflicts") << QStringList { "sync", "conflicts" };
    QTest::newRow("sync resend") << QStringList { "sync", "resend", "--from", "1", "--to", out };
    QTest::newRow("sync resend (relay)")
        << QStringList { "sync", "resend", "--workstation", "2", "--from", "1", "--to", out };
    QTest::newRow("room create") << QStringList { "room", "create", "--name", "Sala CCV" };
    QTest::newRow("room invite") << QStringList { "room", "invite", "--out", out + "/invito.cisinvite" };
    QTest::newRow("room join --from") << QStringList { "room", "join", "--from", "@BACKUP@" };
    QTest::newRow("room status") << QStringList { "room", "status" };
    QTest::newRow("room remove") << QStringList { "room", "remove", "--workstation", "2" };
    QTest::newRow("room circular") << QStringList { "room", "circular", "--template", csv, "--subject", "Avviso",
        "--to", "all", "--output", out };
    QTest::newRow("room circular --complete") << QStringList { "room", "circular", "--complete", "2026/P-0001" };
    QTest::newRow("room circulars") << QStringList { "room", "circulars", "--format", "csv" };
    QTest::newRow("backup") << QStringList { "backup", out + "/copy.sqlite" };
    QTest::newRow("restore") << QStringList { "restore", "@BACKUP@" };
    QTest::newRow("opendata") << QStringList { "opendata", "--out", out };
    QTest::newRow("accounts") << QStringList { "accounts" };
    QTest::newRow("account-add")
        << QStringList { "account-add", "nuovo", "--name", "Nuovo Operatore", "--role", "operator" };
    QTest::newRow("account-edit") << QStringList { "account-edit", "operatore", "--role", "administrator" };
    QTest::newRow("account-reset-password") << QStringList { "account-reset-password", "operatore" };
    QTest::newRow("account-grant-key") << QStringList { "account-grant-key", "psicologa" };
    QTest::newRow("account-unlock") << QStringList { "account-unlock", "operatore" };
    QTest::newRow("workstation set") << QStringList { "workstation", "set", "--number", "12", "--name", "Altrove" };
    QTest::newRow("item add") << QStringList { "item", "add", "--code", "X", "--name", "Y", "--category", "pasta_riso" };
    QTest::newRow("item edit") << QStringList { "item", "edit", "1", "--name", "Y" };
    QTest::newRow("category add") << QStringList { "category", "add", "--code", "X", "--name", "Y", "--kind", "other" };
    QTest::newRow("category edit") << QStringList { "category", "edit", "1", "--name", "Y" };
    QTest::newRow("donor add") << QStringList { "donor", "add", "--name", "Y" };
    QTest::newRow("donor edit") << QStringList { "donor", "edit", "1", "--name", "Y" };
    QTest::newRow("location add") << QStringList { "location", "add", "--code", "X", "--name", "Y" };
    QTest::newRow("location edit") << QStringList { "location", "edit", "1", "--name", "Y" };
    QTest::newRow("allocate") << QStringList { "allocate", "--requests", csv, "--available", csv };
    QTest::newRow("allocate stored") << QStringList { "allocate" };
    QTest::newRow("allocate confirm") << QStringList { "allocate", "--confirm" };
    QTest::newRow("delivery load") << QStringList { "delivery", "load", "1" };
    QTest::newRow("delivery deliver") << QStringList { "delivery", "deliver", "1", "--signed-by", "X" };
    QTest::newRow("delivery return") << QStringList { "delivery", "return", "1", "--reason", "x" };
    QTest::newRow("delivery cancel") << QStringList { "delivery", "cancel", "1", "--reason", "x" };
    QTest::newRow("report aggregate") << QStringList { "report", "stock-by-category", "--out", out + "/r.csv" };
    QTest::newRow("report personal")
        << QStringList { "report", "volunteers-over-limits", "--from", from, "--to", today, "--out", out + "/r.csv" };
    QTest::newRow("report queue") << QStringList { "report", "listening-queue", "--out", out + "/r.csv" };
    QTest::newRow("lesson book") << QStringList { "lesson", "book", "--pupil", "R001", "--subject", "Ambito generale",
        "--assistant", "A001", "--date", "02/03/2021", "--hour", "15" };
    QTest::newRow("lesson outcome") << QStringList { "lesson", "outcome", "1", "--outcome", "given" };
    QTest::newRow("lesson cancel") << QStringList { "lesson", "cancel", "1", "--reason", "prova" };
    QTest::newRow("comune set") << QStringList { "comune", "set", "015146", "--coc-phone", "02 0000000" };
    QTest::newRow("deployment void") << QStringList { "deployment", "void", "1", "--reason", "Doppione" };
    QTest::newRow("deployment correct") << QStringList { "deployment", "correct", "1", "--vehicle", "AB123CD:10",
        "--reason", "Errore" };
}

void TestCliWrites::refusedWithoutSignIn_data()
{
    commands();
}

void TestCliWrites::refusedWithoutSignIn()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.sqlite");
    QVERIFY(QFile::copy(m_demo, db));
    QVERIFY(QFile::copy(m_demo, dir.filePath("backup.sqlite")));
    QVERIFY(QDir(dir.path()).mkdir("out"));
    arguments.replaceInStrings("@OUT@", dir.filePath("out"));
    arguments.replaceInStrings("@BACKUP@", dir.filePath("backup.sqlite"));
    const QByteArray &before = m_demoHash;
    const int deniedBefore = deniedEvents(db);

    const auto r = runCisiamo(QStringList { "--db", db } + arguments,
        { { "CISIAMO_PASSWORD", "demo1234" }, { "CISIAMO_NEW_PASSWORD", "nuova-password-1" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--user"), r.err.constData());
    QVERIFY2(r.err.contains("Nothing was done") || r.err.contains("non è stato fatto") || r.err.contains("Non è stato"),
        r.err.constData());
    QCOMPARE(contentHash(db), before);
    QVERIFY(QDir(dir.filePath("out")).isEmpty());
    QCOMPARE(deniedEvents(db), deniedBefore + 1);
}

void TestCliWrites::refusedWithAWrongPassword_data()
{
    commands();
}

void TestCliWrites::refusedWithAWrongPassword()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.sqlite");
    QVERIFY(QFile::copy(m_demo, db));
    QVERIFY(QFile::copy(m_demo, dir.filePath("backup.sqlite")));
    QVERIFY(QDir(dir.path()).mkdir("out"));
    arguments.replaceInStrings("@OUT@", dir.filePath("out"));
    arguments.replaceInStrings("@BACKUP@", dir.filePath("backup.sqlite"));
    const QByteArray &before = m_demoHash;
    const int deniedBefore = deniedEvents(db);

    // The administrator: the only one who may do everything here but read data.
    const auto r = runCisiamo(QStringList { "--db", db, "--user", "admin" } + arguments,
        { { "CISIAMO_PASSWORD", "sbagliata" }, { "CISIAMO_NEW_PASSWORD", "nuova-password-1" } });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(contentHash(db), before);
    QVERIFY(QDir(dir.filePath("out")).isEmpty());
    QCOMPARE(deniedEvents(db), deniedBefore + 1); // the failed sign-in
}

void TestCliWrites::openCommandsNeedNoSignIn()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.sqlite");
    QVERIFY(QFile::copy(m_demo, db));
    QCOMPARE(runCisiamo({ "--db", db, "check", "--quick" }).exitCode, 0);
    QCOMPARE(runCisiamo({ "schema" }).exitCode, 0);
    QCOMPARE(runCisiamo({ "--version" }).exitCode, 0);
    QCOMPARE(runCisiamo({ "--help" }).exitCode, 0);
    // --operator is gone: it wrote any name into the audit trail.
    QCOMPARE(runCisiamo({ "--db", db, "--operator", "chiunque", "check" }).exitCode, 2);
}

// The workstation number and name, as the Settings dialog sets them: a
// coordinator may, an operator may not, a number out of range or one that
// another workstation's synchronised rows carry is refused in Italian.
void TestCliWrites::workstationSetAndShow()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.sqlite");
    QVERIFY(QFile::copy(m_demo, db));
    const QHash<QString, QString> env { { "CISIAMO_PASSWORD", "demo1234" } };

    auto r = testsupport::runCisiamo({ "--db", db, "--lang", "it", "--user", "coordinatrice", "workstation", "set",
                                         "--number", "12", "--name", "Sala operativa 2" },
        env);
    QCOMPARE(r.exitCode, 0);
    r = testsupport::runCisiamo({ "--db", db, "--user", "operatore", "workstation", "show" }, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("12") && r.out.contains("Sala operativa 2"), r.out.constData());

    const QByteArray before = contentHash(db);
    r = testsupport::runCisiamo(
        { "--db", db, "--lang", "it", "--user", "operatore", "workstation", "set", "--number", "13" }, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("coordinat"), r.err.constData());
    r = testsupport::runCisiamo(
        { "--db", db, "--lang", "it", "--user", "coordinatrice", "workstation", "set", "--number", "0" }, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("tra 1 e 9999") || r.err.contains("between 1 and 9999"), r.err.constData());
    r = testsupport::runCisiamo(
        { "--db", db, "--user", "coordinatrice", "workstation", "set", "--number", "dodici" }, env);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(contentHash(db), before);
}

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cliwrites.moc"
