// `cisiamo comune set ISTAT ...` through the real binary: the fields
// given change, the others stay; bad input is refused (exit 1 or 2, an
// Italian message) and writes nothing.

#include "support/demodatabase.h"
#include "support/permissionprobe.h"
#include "support/testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runSignedIn;

class TestComuniCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void setChangesOnlyTheFieldsGiven();
    void badInputWritesNothing_data();
    void badInputWritesNothing();

private:
    QStringList db() const { return { QStringLiteral("--db"), m_db }; }
    QStringList row(const QString &sql) const
    {
        QStringList values;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            c.setDatabaseName(m_db);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    for (int i = 0; i < q.record().count(); ++i)
                        values.append(q.value(i).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return values;
    }
    QByteArray hash() const
    {
        QByteArray h;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hash"));
            c.setDatabaseName(m_db);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (c.open())
                h = testsupport::contentHash(c);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hash"));
        return h;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestComuniCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_db.isEmpty());
}

void TestComuniCli::setChangesOnlyTheFieldsGiven()
{
    const QString query = QStringLiteral("SELECT coc_phone, coc_email, coc_address, phone, notes FROM comune_cmm "
                                         "WHERE comune_id = 15171");
    const QStringList before = row(query);
    QCOMPARE(before.size(), 5);
    const auto r = runSignedIn(db()
        + QStringList { "comune", "set", "015171", "--coc-phone", "02 9999999", "--coc-email", "coc@comune.example.it",
            "--coc-address", "Via Roma 1" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(
        row(query), QStringList({ "02 9999999", "coc@comune.example.it", "Via Roma 1", before.at(3), before.at(4) }));
    QCOMPARE(row(QStringLiteral("SELECT username, permission, detail FROM audit_event WHERE kind = 'command' "
                                "ORDER BY id DESC")),
        QStringList({ "coordinatrice", "comuni.edit", "comuni.details.save 15171" }));
    // The operator may too; the psychologist may not (comuni.edit).
    const auto oper = runSignedIn(db() + QStringList { "comune", "set", "015171", "--notes", "sala al piano terra" },
        {}, { QStringLiteral("operatore"), QStringLiteral("demo1234") });
    QVERIFY2(oper.exitCode == 0, oper.err.constData());
    const QByteArray beforePsy = hash();
    const auto psy = runSignedIn(db() + QStringList { "comune", "set", "015171", "--notes", "altro" }, {},
        { QStringLiteral("psicologa"), QStringLiteral("demo1234") });
    QCOMPARE(psy.exitCode, 1);
    QCOMPARE(hash(), beforePsy);
}

void TestComuniCli::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList { "comune" } << 2 << QString();
    QTest::newRow("no field") << QStringList { "comune", "set", "015146" } << 2 << QString();
    QTest::newRow("not an ISTAT code") << QStringList { "comune", "set", "Milano", "--coc-phone", "1" } << 2
                                       << QString();
    QTest::newRow("outside the metropolitan city")
        << QStringList { "comune", "set", "108027", "--coc-phone", "1" } << 1 << QStringLiteral("133");
    QTest::newRow("bad COC e-mail") << QStringList { "comune", "set", "015146", "--coc-email", "coc.comune.it" } << 1
                                    << QStringLiteral("non è un indirizzo");
    QTest::newRow("bad CAP") << QStringList { "comune", "set", "015146", "--cap", "2010" } << 1
                             << QStringLiteral("CAP");
    QTest::newRow("unknown zone") << QStringList { "comune", "set", "015146", "--zone", "Atlantide" } << 1
                                  << QStringLiteral("Atlantide");
}

void TestComuniCli::badInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = hash();
    const auto r = runSignedIn(db() + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(hash(), before);
}

QTEST_GUILESS_MAIN(TestComuniCli)
#include "tst_comunicli.moc"
