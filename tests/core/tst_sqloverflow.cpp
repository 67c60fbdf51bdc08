// SQLite's sum() of integers stops with "integer overflow" beyond 64 bits:
// the error must reach the report as db.integer_overflow, whether it comes
// when the statement runs or half way through its rows; totals summed in
// C++ are checked too.

#include "core/db/sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace core;

class TestSqlOverflow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sumBeyond64BitsIsAnError_data();
    void sumBeyond64BitsIsAnError();
    void checkedAddition_data();
    void checkedAddition();

private:
    QSqlDatabase m_db;
};

void TestSqlOverflow::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("overflow"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QVERIFY(runQuery(m_db, QStringLiteral("CREATE TABLE t(g INTEGER, grams INTEGER)")).ok());
    // Group 1 is small, group 2 adds up beyond 2^63, group 3 is small.
    for (const auto &[g, grams] : { std::pair<int, qint64> { 1, 5 }, { 2, std::numeric_limits<qint64>::max() },
             { 2, 1 }, { 3, 7 } })
        QVERIFY(runQuery(m_db, QStringLiteral("INSERT INTO t VALUES (?, ?)"), { g, grams }).ok());
}

void TestSqlOverflow::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("overflow"));
}

void TestSqlOverflow::sumBeyond64BitsIsAnError_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("one total") << "SELECT sum(grams) FROM t";
    QTest::newRow("by group") << "SELECT g, sum(grams) FROM t GROUP BY g";
    QTest::newRow("by group, ordered by the sum") << "SELECT g, sum(grams) FROM t GROUP BY g ORDER BY sum(grams)";
}

void TestSqlOverflow::sumBeyond64BitsIsAnError()
{
    QFETCH(QString, sql);
    auto q = runQuery(m_db, sql);
    Error error;
    if (!q) {
        error = q.error();
    } else {
        int rows = 0;
        while (q->next())
            ++rows;
        auto finished = queryFinished(*q);
        QVERIFY2(!finished.ok(), qPrintable(QStringLiteral("%1 row(s) and no error").arg(rows)));
        error = finished.error();
    }
    QCOMPARE(error.code, QStringLiteral("db.integer_overflow"));
}

void TestSqlOverflow::checkedAddition_data()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("fits");
    QTest::newRow("ordinary") << qint64(32205850) << qint64(3815550) << true;
    QTest::newRow("up to the largest") << max - 1 << qint64(1) << true;
    QTest::newRow("one beyond") << max << qint64(1) << false;
    QTest::newRow("5e18 twice") << qint64(5000000000000000000) << qint64(5000000000000000000) << false;
    QTest::newRow("negative beyond") << min << qint64(-1) << false;
    QTest::newRow("opposite signs") << max << min << true;
}

void TestSqlOverflow::checkedAddition()
{
    QFETCH(qint64, sum);
    QFETCH(qint64, value);
    QFETCH(bool, fits);
    qint64 total = sum;
    QCOMPARE(addChecked(total, value), fits);
    QCOMPARE(total, fits ? qint64(quint64(sum) + quint64(value)) : sum);
}

QTEST_GUILESS_MAIN(TestSqlOverflow)
#include "tst_sqloverflow.moc"
