// core::runQuery keeps each statement prepared per connection and runs it
// again. What must hold: the caller sees exactly what a fresh QSqlQuery would
// give; a statement is reused only once its caller let it go; nothing kept
// holds a read open (no stale snapshot, no lock) or stops the connection from
// closing; a closed, reopened or removed connection and another thread's
// connection each work as before.

#include "core/db/sql.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace core;

namespace {

// The SQLite statement under a query (its identity, to see reuse).
const void *statementOf(const QSqlQuery &q)
{
    const QVariant h = q.result() ? q.result()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<const void *const *>(h.constData());
}

QSqlDatabase openFile(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

void drop(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestSqlStatements : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void valuesAsAFreshQuery();
    void reusedOnceLetGo();
    void nestedSameStatementRunsApart();
    void heldQueryKeepsItsStatement();
    void errorsThenRunsAgain();
    void errorHalfWayThroughRows();
    void noReadLeftOpen();
    void closeAndReopen();
    void removedConnectionAndSameName();
    void queryOutlivesItsConnection();
    void ownThreadOwnStatements();
    void reExecOnTheCallersQuery();
    void manyDistinctStatements();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QString m_path;
};

void TestSqlStatements::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_db = openFile(QStringLiteral("stmt"), m_path);
    QVERIFY(m_db.isOpen());
    QVERIFY(runQuery(m_db, QStringLiteral("PRAGMA journal_mode = WAL")).ok());
    QVERIFY(runQuery(m_db,
        QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                       "grams INTEGER, ratio REAL, data BLOB, note TEXT)"))
                .ok());
    for (int i = 1; i <= 5; ++i)
        QVERIFY(runQuery(m_db,
            QStringLiteral("INSERT INTO t(id, name, grams, ratio, data, note) VALUES (?, ?, ?, ?, ?, ?)"),
            { i, QStringLiteral("n%1").arg(i), qint64(i) * 1000, i / 4.0, QByteArray(i, 'x'),
                i == 3 ? QVariant() : QVariant(QStringLiteral("nota %1").arg(i)) })
                    .ok());
}

void TestSqlStatements::cleanup()
{
    drop(m_db);
}

void TestSqlStatements::valuesAsAFreshQuery()
{
    const QString sql = QStringLiteral("SELECT id, name, grams, ratio, data, note FROM t WHERE id >= ? ORDER BY id");
    for (int round = 0; round < 3; ++round) { // the first prepares, the others reuse
        auto q = runQuery(m_db, sql, { 2 });
        QVERIFY(q.ok());
        QSqlQuery fresh(m_db);
        fresh.setForwardOnly(true);
        QVERIFY(fresh.prepare(sql));
        fresh.bindValue(0, 2);
        QVERIFY(fresh.exec());
        QVERIFY(q->isSelect());
        QVERIFY(q->isActive());
        QCOMPARE(q->record().count(), 6);
        QCOMPARE(q->record().fieldName(1), QStringLiteral("name"));
        int rows = 0;
        while (fresh.next()) {
            QVERIFY(q->next());
            QCOMPARE(q->at(), rows);
            for (int c = 0; c < 6; ++c) {
                QCOMPARE(q->value(c), fresh.value(c));
                QCOMPARE(q->value(c).typeId(), fresh.value(c).typeId());
                QCOMPARE(q->isNull(c), fresh.isNull(c));
            }
            QCOMPARE(q->value(QStringLiteral("grams")), fresh.value(QStringLiteral("grams")));
            ++rows;
        }
        QCOMPARE(rows, 4);
        QVERIFY(!q->next());
        QVERIFY(queryFinished(*q).ok());
        QCOMPARE(q->lastQuery(), sql);
    }
    auto written = runQuery(m_db, QStringLiteral("UPDATE t SET grams = grams + 1 WHERE id > ?"), { 3 });
    QVERIFY(written.ok());
    QCOMPARE(written->numRowsAffected(), 2);
    QVERIFY(!written->isSelect());
    auto inserted = runQuery(m_db, QStringLiteral("INSERT INTO t(name) VALUES (?)"), { QStringLiteral("n6") });
    QVERIFY(inserted.ok());
    QCOMPARE(inserted->lastInsertId().toLongLong(), 6);
    // A null QString binds as '' (bindValue), never as NULL.
    QVERIFY(runQuery(m_db, QStringLiteral("UPDATE t SET note = ? WHERE id = 6"), { QString() }).ok());
    QCOMPARE(queryValue(m_db, QStringLiteral("SELECT note IS NULL FROM t WHERE id = 6"))->toInt(), 0);
    QCOMPARE(queryValue(m_db, QStringLiteral("SELECT name FROM t WHERE id = ?"), { 99 })->isValid(), false);
}

void TestSqlStatements::reusedOnceLetGo()
{
    const QString sql = QStringLiteral("SELECT name FROM t WHERE id = ?");
    const void *first = nullptr;
    {
        auto q = runQuery(m_db, sql, { 1 });
        QVERIFY(q.ok());
        first = statementOf(*q);
        QVERIFY(first);
    }
    for (int id = 2; id <= 4; ++id) {
        auto q = runQuery(m_db, sql, { id });
        QVERIFY(q.ok());
        QCOMPARE(statementOf(*q), first);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("n%1").arg(id));
    }
}

void TestSqlStatements::nestedSameStatementRunsApart()
{
    const QString sql = QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id");
    auto outer = runQuery(m_db, sql, { 1 });
    QVERIFY(outer.ok());
    QList<int> pairs;
    while (outer->next()) {
        const int id = outer->value(0).toInt();
        auto inner = runQuery(m_db, sql, { id });
        QVERIFY(inner.ok());
        QVERIFY(statementOf(*inner) != statementOf(*outer));
        int count = 0;
        while (inner->next())
            ++count;
        pairs.append(count);
    }
    QCOMPARE(pairs, QList<int>({ 5, 4, 3, 2, 1 }));
}

void TestSqlStatements::heldQueryKeepsItsStatement()
{
    const QString sql = QStringLiteral("SELECT id FROM t ORDER BY id");
    QSqlQuery kept;
    const void *statement = nullptr;
    {
        auto q = runQuery(m_db, sql);
        QVERIFY(q.ok());
        statement = statementOf(*q);
        kept = std::move(*q); // outlives the Result
        QVERIFY(kept.next());
    }
    // Still held by `kept`: a new run must not take it.
    auto other = runQuery(m_db, sql);
    QVERIFY(other.ok());
    QVERIFY(statementOf(*other) != statement);
    QVERIFY(other->next());
    QCOMPARE(other->value(0).toInt(), 1);
    QVERIFY(kept.next());
    QCOMPARE(kept.value(0).toInt(), 2);
}

void TestSqlStatements::errorsThenRunsAgain()
{
    const QString sql = QStringLiteral("INSERT INTO t(name) VALUES (?)");
    auto duplicate = runQuery(m_db, sql, { QStringLiteral("n1") });
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, QStringLiteral("db.query"));
    QVERIFY(duplicate.error().args.value(0).contains(QStringLiteral("UNIQUE")));
    QVERIFY(runQuery(m_db, sql, { QStringLiteral("n7") }).ok());
    QCOMPARE(queryValue(m_db, QStringLiteral("SELECT count(*) FROM t"))->toInt(), 6);
    auto bad = runQuery(m_db, QStringLiteral("SELECT missing_column FROM t"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().args.value(0).contains(QStringLiteral("no such column")),
        qPrintable(bad.error().args.join(QLatin1Char('|'))));
    // Too few values: refused, and the statement works again with the right number.
    const QString two = QStringLiteral("SELECT ? + ?");
    QVERIFY(!runQuery(m_db, two, { 1 }).ok());
    QCOMPARE(queryValue(m_db, two, { 1, 2 })->toInt(), 3);
}

void TestSqlStatements::errorHalfWayThroughRows()
{
    QVERIFY(runQuery(m_db, QStringLiteral("CREATE TABLE big(g INTEGER, v INTEGER)")).ok());
    QVERIFY(runQuery(m_db, QStringLiteral("INSERT INTO big VALUES (1, 1), (2, 9223372036854775807), (2, 1)")).ok());
    const QString sql = QStringLiteral("SELECT g, sum(v) FROM big GROUP BY g ORDER BY g");
    for (int round = 0; round < 2; ++round) {
        auto q = runQuery(m_db, sql);
        QVERIFY(q.ok());
        QVERIFY(q->next());
        QVERIFY(!q->next());
        const Status finished = queryFinished(*q);
        QVERIFY(!finished.ok());
        QCOMPARE(finished.error().code, QStringLiteral("db.integer_overflow"));
    }
}

void TestSqlStatements::noReadLeftOpen()
{
    QSqlDatabase other = openFile(QStringLiteral("stmt-other"), m_path);
    QVERIFY(other.isOpen());
    const QString read = QStringLiteral("SELECT grams FROM t ORDER BY id");
    // Read one row of five and let the query go: the statement is kept, but
    // must not keep this connection's snapshot.
    QCOMPARE(queryValue(m_db, read)->toLongLong(), 1000);
    QVERIFY(runQuery(other, QStringLiteral("UPDATE t SET grams = 7 WHERE id = 1")).ok());
    QCOMPARE(queryValue(m_db, read)->toLongLong(), 7);
    // Nor a lock: the other connection can checkpoint the whole log.
    auto checkpoint = runQuery(other, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QVERIFY(checkpoint.ok());
    QVERIFY(checkpoint->next());
    QCOMPARE(checkpoint->value(0).toInt(), 0); // not busy
    // Nor stop a table from being dropped.
    QVERIFY(runQuery(m_db, QStringLiteral("CREATE TABLE gone(x)")).ok());
    QVERIFY(queryValue(m_db, QStringLiteral("SELECT count(*) FROM gone")).ok());
    QVERIFY(runQuery(m_db, QStringLiteral("DROP TABLE gone")).ok());
    drop(other);
}

void TestSqlStatements::closeAndReopen()
{
    const QString sql = QStringLiteral("SELECT count(*) FROM t WHERE id > ?");
    QCOMPARE(queryValue(m_db, sql, { 0 })->toInt(), 5);
    m_db.close();
    // The kept statements did not stop SQLite from closing the file.
    QVERIFY2(!m_db.lastError().isValid(), qPrintable(m_db.lastError().text()));
    QVERIFY(!runQuery(m_db, sql, { 0 }).ok());
    QVERIFY(m_db.open());
    QCOMPARE(queryValue(m_db, sql, { 1 })->toInt(), 4);
    QCOMPARE(queryValue(m_db, sql, { 2 })->toInt(), 3);
}

void TestSqlStatements::removedConnectionAndSameName()
{
    const QString sql = QStringLiteral("SELECT name FROM t WHERE id = ?");
    QSqlDatabase a = openFile(QStringLiteral("stmt-reused-name"), m_path);
    QCOMPARE(queryValue(a, sql, { 1 })->toString(), QStringLiteral("n1"));
    drop(a);
    QVERIFY(runQuery(m_db, QStringLiteral("UPDATE t SET name = 'nuovo' WHERE id = 1")).ok());
    QSqlDatabase b = openFile(QStringLiteral("stmt-reused-name"), m_path);
    QCOMPARE(queryValue(b, sql, { 1 })->toString(), QStringLiteral("nuovo"));
    drop(b);
}

void TestSqlStatements::queryOutlivesItsConnection()
{
    QSqlDatabase a = openFile(QStringLiteral("stmt-short"), m_path);
    std::optional<QSqlQuery> held;
    {
        auto q = runQuery(a, QStringLiteral("SELECT id FROM t ORDER BY id"));
        QVERIFY(q.ok());
        QVERIFY(q->next());
        held = std::move(*q);
    }
    a.close();
    QVERIFY2(!a.lastError().isValid(), qPrintable(a.lastError().text()));
    QVERIFY(!held->next());
    held.reset(); // destroyed after the close: nothing to give back
    drop(a);
}

void TestSqlStatements::ownThreadOwnStatements()
{
    // Each thread its own connection to the same file, the same statements,
    // at the same time.
    const QString sql = QStringLiteral("SELECT sum(grams) FROM t WHERE id <= ?");
    std::atomic<int> wrong { 0 };
    QList<QThread *> threads;
    for (int t = 0; t < 3; ++t)
        threads.append(QThread::create([this, t, sql, &wrong] {
            const QString name = QStringLiteral("stmt-thread-%1").arg(t);
            {
                QSqlDatabase db = openFile(name, m_path);
                for (int i = 0; i < 200; ++i) {
                    const int upTo = 1 + (i + t) % 5;
                    auto v = queryValue(db, sql, { upTo });
                    if (!v || v->toLongLong() != qint64(upTo) * (upTo + 1) / 2 * 1000)
                        ++wrong;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
    for (QThread *t : threads)
        t->start();
    for (int i = 0; i < 200; ++i)
        if (queryValue(m_db, sql, { 5 })->toLongLong() != 15000)
            ++wrong;
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(wrong.load(), 0);
}

void TestSqlStatements::reExecOnTheCallersQuery()
{
    // A caller may bind again and run the query it was given, or run other
    // SQL on it: it then behaves as a QSqlQuery of its own.
    auto q = runQuery(m_db, QStringLiteral("SELECT name FROM t WHERE id = ?"), { 1 });
    QVERIFY(q.ok());
    q->bindValue(0, 2);
    QVERIFY(q->exec());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("n2"));
    QVERIFY(q->exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 5);
    QVERIFY(q->prepare(QStringLiteral("SELECT grams FROM t WHERE id = ?")));
    q->addBindValue(3);
    QVERIFY(q->exec());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 3000);
    // And the statement given back is still the one of its SQL.
    QCOMPARE(
        queryValue(m_db, QStringLiteral("SELECT name FROM t WHERE id = ?"), { 4 })->toString(), QStringLiteral("n4"));
}

void TestSqlStatements::manyDistinctStatements()
{
    // Statements with values written inline never repeat: the kept ones stay
    // bounded and the ones in use stay right.
    for (int i = 0; i < 2000; ++i)
        QCOMPARE(queryValue(m_db, QStringLiteral("SELECT %1 + id FROM t WHERE id = 1").arg(i))->toInt(), i + 1);
    QCOMPARE(queryValue(m_db, QStringLiteral("SELECT count(*) FROM t"))->toInt(), 5);
}

QTEST_GUILESS_MAIN(TestSqlStatements)
#include "tst_sqlstatements.moc"
