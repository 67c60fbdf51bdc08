// The Consegne's command line on a copy of the demo database: a delivery
// loaded, signed and returned by `delivery`, and refused the second time;
// `allocate` on the requests stored in the database, printed then recorded
// with --confirm; bad input is bad usage (exit 2) or refused (exit 1), with
// nothing written.

#include "support/demodatabase.h"
#include "support/permissionprobe.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runSignedIn;

class TestDeliveriesCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deliveryLoadedSignedAndReturnedOnce();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void allocateTheStoredRequests();

private:
    testsupport::ProcessResult cli(const QStringList &arguments, bool english = true)
    {
        return runSignedIn(
            (english ? QStringList { "--lang", "en" } : QStringList {}) + QStringList { "--db", m_db } + arguments,
            {}, { QStringLiteral("operatore"), QStringLiteral("demo1234") });
    }
    QVariant value(const QString &sql, const QVariantList &binds = {});
    QByteArray hash();

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_db;
    std::unique_ptr<QTemporaryDir> m_copy;
};

void TestDeliveriesCli::initTestCase()
{
    m_demo = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_demo.isEmpty());
}

void TestDeliveriesCli::init()
{
    m_copy = std::make_unique<QTemporaryDir>();
    m_db = m_copy->filePath("demo.sqlite");
    QVERIFY(QFile::copy(m_demo, m_db));
}

void TestDeliveriesCli::cleanup()
{
    m_copy.reset();
}

QVariant TestDeliveriesCli::value(const QString &sql, const QVariantList &binds)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "read");
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec() && q.next())
                v = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase("read");
    return v;
}

QByteArray TestDeliveriesCli::hash()
{
    QByteArray h;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "hash");
        db.setDatabaseName(m_db);
        if (db.open())
            h = testsupport::contentHash(db);
    }
    QSqlDatabase::removeDatabase("hash");
    return h;
}

void TestDeliveriesCli::deliveryLoadedSignedAndReturnedOnce()
{
    const qint64 id = value("SELECT id FROM delivery WHERE status = 'planned' ORDER BY number LIMIT 1").toLongLong();
    QVERIFY(id > 0);
    const QString number = value("SELECT number FROM delivery WHERE id = ?", { id }).toString();
    auto r = cli({ "delivery", "load", QString::number(id) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(value("SELECT status FROM delivery WHERE id = ?", { id }).toString(), QStringLiteral("loaded"));
    r = cli({ "delivery", "deliver", number, "--signed-by", "G. Longoni" }); // by its DDT number
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(value("SELECT signed_by FROM delivery WHERE id = ?", { id }).toString(), QStringLiteral("G. Longoni"));
    r = cli({ "delivery", "return", QString::number(id), "--reason", "Merce rifiutata" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(value("SELECT status FROM delivery WHERE id = ?", { id }).toString(), QStringLiteral("returned"));
    // Each under the signed-in person, as the window records it.
    QCOMPARE(value("SELECT count(*) FROM audit_event WHERE kind = 'command' AND username = 'operatore' "
                   "AND detail LIKE 'deliveries.delivery.%'")
                 .toInt(),
        3);

    // Returned once: the second time is refused, in Italian, and writes nothing.
    const QByteArray before = hash();
    r = cli({ "delivery", "return", QString::number(id), "--reason", "Di nuovo" }, false);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("La consegna %1").arg(number)), r.err.constData());
    QCOMPARE(hash(), before);
}

void TestDeliveriesCli::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown action") << QStringList { "delivery", "ship", "@PLANNED@" } << 2;
    QTest::newRow("return without a reason") << QStringList { "delivery", "return", "@PLANNED@" } << 2;
    QTest::newRow("cancel without a reason") << QStringList { "delivery", "cancel", "@PLANNED@", "--reason", " " } << 2;
    QTest::newRow("deliver without a signature") << QStringList { "delivery", "deliver", "@PLANNED@" } << 2;
    QTest::newRow("not a date") << QStringList { "delivery", "deliver", "@PLANNED@", "--signed-by", "X", "--date", "ieri" }
                                << 2;
    QTest::newRow("one argument") << QStringList { "delivery", "load" } << 2;
    QTest::newRow("unknown delivery") << QStringList { "delivery", "load", "987654321" } << 1;
    QTest::newRow("unknown DDT number") << QStringList { "delivery", "load", "1999/9999" } << 1;
    QTest::newRow("return a planned delivery")
        << QStringList { "delivery", "return", "@PLANNED@", "--reason", "Merce rifiutata" } << 1;
    QTest::newRow("cancel a delivered one")
        << QStringList { "delivery", "cancel", "@DELIVERED@", "--reason", "Ripensamento" } << 1;
    QTest::newRow("allocate: one file only") << QStringList { "allocate", "--requests", "x.csv" } << 2;
    QTest::newRow("allocate: bad unmet") << QStringList { "allocate", "--unmet", "forget", "--confirm" } << 2;
    QTest::newRow("allocate: bad date") << QStringList { "allocate", "--date", "31/02/2021", "--confirm" } << 2;
    QTest::newRow("allocate: nothing waiting") << QStringList { "allocate", "--date", "01/01/2000", "--confirm" } << 1;
}

void TestDeliveriesCli::badInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings("@PLANNED@",
        value("SELECT id FROM delivery WHERE status = 'planned' ORDER BY number LIMIT 1").toString());
    arguments.replaceInStrings("@DELIVERED@",
        value("SELECT number FROM delivery WHERE status = 'delivered' ORDER BY number DESC LIMIT 1").toString());
    const QByteArray before = hash();
    const auto r = cli(arguments, false);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(hash(), before);
}

void TestDeliveriesCli::allocateTheStoredRequests()
{
    const QString today = testsupport::testToday().toString(Qt::ISODate);
    const int waiting
        = value("SELECT count(*) FROM delivery_request WHERE status = 'received' AND requested_on <= ?", { today }).toInt();
    QVERIFY(waiting > 0);
    const QByteArray before = hash();
    auto r = cli({ "allocate" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("goods,request,recipient,comune,unit,requested,allocated\n"));
    QVERIFY(r.out.count('\n') > 1);
    QCOMPARE(hash(), before); // a trial: nothing written

    const int allocations = value("SELECT count(*) FROM delivery_allocation").toInt();
    r = cli({ "allocate", "--confirm", "--notes", "Dal terminale" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(value("SELECT count(*) FROM delivery_allocation").toInt(), allocations + 1);
    QCOMPARE(value("SELECT count(*) FROM delivery_request WHERE status = 'received' AND requested_on <= ? "
                   "AND source <> 'carry_over'",
                 { today })
                 .toInt(),
        0);
    QCOMPARE(value("SELECT operator FROM delivery_allocation ORDER BY id DESC LIMIT 1").toString(),
        QStringLiteral("operatore"));
}

QTEST_GUILESS_MAIN(TestDeliveriesCli)
#include "tst_deliveriescli.moc"
