// The Magazzino's master data from the command line: `item`, `category`,
// `donor`, `location` with `add` (prints the new id) and `edit ID|CODE`
// (only the options given change), through the same commands as the
// window. Bad input: exit 2 for bad usage, exit 1 for what the rules
// refuse, with the message on stderr, and nothing written.

#include "support/demodatabase.h"
#include "support/permissionprobe.h"
#include "support/testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using testsupport::runSignedIn;

class TestStockCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void addAndEditMasterData();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void refusedRoleWritesNothing();

private:
    QVariant value(const QString &sql);
    QByteArray hash();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestStockCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = copyOfDemoDatabase(*m_dir);
    QVERIFY(!m_db.isEmpty());
}

QVariant TestStockCli::value(const QString &sql)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
    return v;
}

QByteArray TestStockCli::hash()
{
    QByteArray h;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hash"));
        db.setDatabaseName(m_db);
        if (db.open())
            h = testsupport::contentHash(db);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hash"));
    return h;
}

void TestStockCli::addAndEditMasterData()
{
    auto r = runSignedIn({ "--db", m_db, "category", "add", "--code", "cancelleria", "--name", "Cancelleria", "--kind", "other" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 category = r.out.trimmed().toLongLong();
    QVERIFY(category > 0);
    QCOMPARE(value(QStringLiteral("SELECT name FROM goods_category WHERE id = %1").arg(category)).toString(), "Cancelleria");

    r = runSignedIn({ "--db", m_db, "item", "add", "--code", "pen-blu", "--name", "Penne blu", "--category", "CANCELLERIA",
        "--unit", "pz", "--expires", "no", "--min", "50" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 item = r.out.trimmed().toLongLong();
    QCOMPARE(value(QStringLiteral("SELECT category_id FROM stock_item WHERE id = %1").arg(item)).toLongLong(), category);
    QCOMPARE(value(QStringLiteral("SELECT code || '|' || unit || '|' || min_level || '|' || tracks_expiry FROM stock_item "
                                  "WHERE id = %1").arg(item)).toString(),
        "PEN-BLU|pcs|50|0");
    r = runSignedIn({ "--db", m_db, "item", "edit", "PEN-BLU", "--name", "Penne a sfera blu" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed().toLongLong(), item);
    QCOMPARE(value(QStringLiteral("SELECT name || '|' || min_level FROM stock_item WHERE id = %1").arg(item)).toString(),
        "Penne a sfera blu|50");

    r = runSignedIn({ "--db", m_db, "donor", "add", "--name", "Pro Loco di Rho", "--kind", "charity", "--phone", "02 123" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 donor = r.out.trimmed().toLongLong();
    r = runSignedIn({ "--db", m_db, "donor", "edit", QString::number(donor), "--active", "no" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT kind || '|' || phone || '|' || active FROM stock_donor WHERE id = %1").arg(donor))
                 .toString(),
        "charity|02 123|0");

    r = runSignedIn({ "--db", m_db, "location", "add", "--code", "coc-rho", "--name", "COC di Rho", "--kind", "coc" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 location = r.out.trimmed().toLongLong();
    r = runSignedIn({ "--db", m_db, "location", "edit", "COC-RHO", "--address", "Piazza Visconti 23" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT kind || '|' || address FROM stock_location WHERE id = %1").arg(location)).toString(),
        "coc|Piazza Visconti 23");
    // Each is one command in the audit log, under the person.
    QCOMPARE(value("SELECT count(*) FROM audit_event WHERE kind = 'command' AND username = 'coordinatrice' "
                   "AND detail LIKE 'stock.%'").toInt(),
        7);
}

void TestStockCli::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList { "item" } << 2 << "";
    QTest::newRow("unknown action") << QStringList { "item", "remove", "PASTA" } << 2 << "edit ID";
    QTest::newRow("add with an id") << QStringList { "donor", "add", "12", "--name", "X" } << 2 << "edit ID";
    QTest::newRow("edit without id") << QStringList { "location", "edit", "--name", "X" } << 2 << "edit ID";
    QTest::newRow("item without category") << QStringList { "item", "add", "--code", "X", "--name", "Y" } << 2
                                           << "--category";
    QTest::newRow("bad unit") << QStringList { "item", "add", "--code", "X", "--name", "Y", "--category", "pasta_riso",
        "--unit", "litri" } << 2 << "litri";
    QTest::newRow("bad yes/no") << QStringList { "donor", "add", "--name", "X", "--active", "forse" } << 2 << "forse";
    QTest::newRow("bad donor kind") << QStringList { "donor", "add", "--name", "X", "--kind", "banca" } << 2 << "banca";
    QTest::newRow("bad location kind") << QStringList { "location", "add", "--code", "X", "--name", "Y", "--kind", "cantina" }
                                       << 2 << "cantina";
    QTest::newRow("unknown category") << QStringList { "item", "add", "--code", "X", "--name", "Y", "--category", "nessuna" }
                                      << 1 << "Categoria merceologica sconosciuta (nessuna)";
    QTest::newRow("unknown item") << QStringList { "item", "edit", "NESSUNO", "--name", "Y" } << 1 << "Articolo sconosciuto";
    QTest::newRow("unknown donor") << QStringList { "donor", "edit", "999", "--name", "Y" } << 1 << "Donatore sconosciuto";
    QTest::newRow("empty name") << QStringList { "donor", "add", "--name", " " } << 1 << "nome";
    QTest::newRow("bad e-mail") << QStringList { "donor", "add", "--name", "X", "--email", "proloco@" } << 1 << "proloco@";
    QTest::newRow("food by the piece without weight")
        << QStringList { "item", "add", "--code", "X", "--name", "Uova", "--category", "pasta_riso", "--unit", "pz" } << 1
        << "Uova";
    QTest::newRow("duplicate code") << QStringList { "location", "add", "--code", "idroscalo", "--name", "Y" } << 1
                                    << "IDROSCALO";
    QTest::newRow("bad category kind") << QStringList { "category", "add", "--code", "c", "--name", "C", "--kind", "paper" }
                                       << 1 << "paper";
}

void TestStockCli::badInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = hash();
    QVERIFY(!before.isEmpty());
    const auto r = runSignedIn(QStringList { "--db", m_db } + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message, Qt::CaseInsensitive), r.err.constData());
    QVERIFY(r.out.trimmed().isEmpty());
    QCOMPARE(hash(), before);
}

void TestStockCli::refusedRoleWritesNothing()
{
    const QByteArray before = hash();
    const auto r = runSignedIn({ "--db", m_db, "item", "add", "--code", "X", "--name", "Y", "--category", "pasta_riso" }, {},
        { QStringLiteral("psicologa"), QStringLiteral("demo1234") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Non consentito"), r.err.constData());
    QCOMPARE(hash(), before);
}

QTEST_GUILESS_MAIN(TestStockCli)
#include "tst_stockcli.moc"
