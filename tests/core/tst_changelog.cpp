#include "core/db/changenotifier.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/localconfig.h"
#include "core/db/logsuspension.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/clock.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace core;

namespace {

struct LogRow {
    QString table;
    qint64 rowId;
    QString operation;
    int workstation;
    QString operatorName;
};

QList<LogRow> logSince(const QSqlDatabase &db, qint64 seq)
{
    QList<LogRow> rows;
    auto q = runQuery(db, QStringLiteral("SELECT table_name, row_id, operation, workstation, operator FROM change_log "
                                         "WHERE seq > ? ORDER BY seq"), { seq });
    while (q && q->next())
        rows.append({ q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toInt(),
                      q->value(4).toString() });
    return rows;
}

qint64 lastSeq(const QSqlDatabase &db)
{
    return queryValue(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"))->toLongLong();
}

} // namespace

class TestChangeLog : public QObject {
    Q_OBJECT
private slots:
    void insertUpdateDeleteAreLoggedWithOperator();
    void changeTimeComesFromTheConnectionsClock_data();
    void changeTimeComesFromTheConnectionsClock();
    void logSuspensionWritesNothing();
    void rollbackLeavesNoTrace();
    void nestedTransactionIsASavepoint();
    void joinedTransactionOpensNoSavepoint();
    void joinedRollbackLeavesOnlyARollback_data();
    void joinedRollbackLeavesOnlyARollback();
    void joinedOutsideATransactionBegins();
    void notifierNamesTheChangedTables();
    void idsNeverCollideAcrossWorkstations();
    void idsNeedATransaction();
    void workstationNumberOfAnotherStationIsRefused();
};

void TestChangeLog::insertUpdateDeleteAreLoggedWithOperator()
{
    testsupport::TestDatabase database(true, 3);
    const QSqlDatabase db = database.db();
    setSessionOperator(db, QStringLiteral("Anna Bianchi"));
    const qint64 start = lastSeq(db);
    qint64 id = 0;
    {
        Transaction tx(db);
        QVERIFY(tx);
        auto allocated = allocateRowId(db);
        QVERIFY(allocated.ok());
        id = *allocated;
        QVERIFY(runQuery(db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, 'nuovo', 'Nuovo servizio')"), { id }).ok());
        QVERIFY(tx.commit().ok());
    }
    {
        Transaction tx(db);
        QVERIFY(runQuery(db, QStringLiteral("UPDATE volunteer_service SET name = 'Rinominato' WHERE id = ?"), { id }).ok());
        QVERIFY(tx.commit().ok());
    }
    setSessionOperator(db, QStringLiteral("Luca Verdi"));
    {
        Transaction tx(db);
        QVERIFY(runQuery(db, QStringLiteral("DELETE FROM volunteer_service WHERE id = ?"), { id }).ok());
        QVERIFY(tx.commit().ok());
    }
    const QList<LogRow> log = logSince(db, start);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).operation, QStringLiteral("I"));
    QCOMPARE(log.at(1).operation, QStringLiteral("U"));
    QCOMPARE(log.at(2).operation, QStringLiteral("D"));
    for (const LogRow &r : log) {
        QCOMPARE(r.table, QStringLiteral("volunteer_service"));
        QCOMPARE(r.rowId, id);
        QCOMPARE(r.workstation, 3);
    }
    QCOMPARE(log.at(0).operatorName, QStringLiteral("Anna Bianchi"));
    QCOMPARE(log.at(2).operatorName, QStringLiteral("Luca Verdi"));
    // The audit view reads the same rows in words.
    auto audit = queryValue(db, QStringLiteral("SELECT operation FROM audit WHERE seq = ?"), { start + 3 });
    QCOMPARE(audit->toString(), QStringLiteral("delete"));
    // Time is a plausible Unix ms timestamp (the program's clock: under CTest
    // it runs from CISIAMO_NOW).
    const qint64 at = queryValue(db, QStringLiteral("SELECT changed_at FROM change_log WHERE seq = ?"), { start + 1 })->toLongLong();
    QVERIFY(qAbs(at - SystemClock::instance().nowMs()) < 60 * 60 * 1000);
}

void TestChangeLog::changeTimeComesFromTheConnectionsClock_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("insert") << "INSERT INTO volunteer_service(id, code, name) VALUES (?, 'n', 'Nuovo')";
    QTest::newRow("update") << "UPDATE volunteer_service SET name = 'Rinominato' WHERE id = ?";
    QTest::newRow("delete") << "DELETE FROM volunteer_service WHERE id = ?";
}

void TestChangeLog::changeTimeComesFromTheConnectionsClock()
{
    QFETCH(QString, sql);
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    FixedClock clock(QDateTime(QDate(2021, 3, 19), QTime(8, 30)));
    setSessionClock(db, &clock);
    auto writeInTransaction = [&](const QString &statement, qint64 id) {
        Transaction tx(db);
        return tx && runQuery(db, statement, { id }).ok() && tx.commit().ok();
    };
    // A row to update or delete, written an hour earlier.
    const qint64 id = [&] {
        Transaction tx(db);
        return allocateRowId(db).value();
    }();
    QVERIFY(writeInTransaction(QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, 'x', 'Servizio')"), id));
    clock.advanceSecs(3600);
    const qint64 start = lastSeq(db);
    const qint64 target = sql.startsWith(QLatin1String("INSERT")) ? id + 1000 : id;
    QVERIFY(writeInTransaction(sql, target));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT changed_at FROM change_log WHERE seq > ?"), { start })->toLongLong(),
        clock.nowMs());
    QCOMPARE(queryValue(db, QStringLiteral("SELECT changed_at FROM change_log WHERE seq = ?"), { start })->toLongLong(),
        clock.nowMs() - 3600 * 1000); // the insert, an hour earlier

    // Without a clock of its own the connection takes the program's time again.
    setSessionClock(db, nullptr);
    QVERIFY(writeInTransaction(QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, 'z', 'Altro')"), id + 2000));
    const qint64 later = queryValue(db, QStringLiteral("SELECT changed_at FROM change_log ORDER BY seq DESC LIMIT 1"))->toLongLong();
    QVERIFY(qAbs(later - SystemClock::instance().nowMs()) < 60 * 60 * 1000);
}

void TestChangeLog::logSuspensionWritesNothing()
{
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    const qint64 start = lastSeq(db);
    Transaction tx(db);
    {
        LogSuspension quiet(db);
        QVERIFY(quiet.ok());
        QVERIFY(runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = 'x' WHERE comune_id = 15146")).ok());
    }
    QVERIFY(runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = 'y' WHERE comune_id = 15146")).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(logSince(db, start).size(), 1); // only the second update
    QCOMPARE(queryValue(db, QStringLiteral("SELECT log_enabled FROM session_context"))->toInt(), 1);
}

void TestChangeLog::rollbackLeavesNoTrace()
{
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    const qint64 start = lastSeq(db);
    const qint64 allocatorBefore = queryValue(db, QStringLiteral("SELECT coalesce(max(last_value), 0) FROM id_allocator"))->toLongLong();
    {
        Transaction tx(db);
        QVERIFY(allocateRowId(db).ok());
        QVERIFY(runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = 'lost' WHERE comune_id = 15146")).ok());
        // no commit: the destructor rolls back
    }
    QCOMPARE(logSince(db, start).size(), 0);
    QCOMPARE(queryValue(db, QStringLiteral("SELECT notes FROM comune_cmm WHERE comune_id = 15146"))->toString(), QString(""));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT coalesce(max(last_value), 0) FROM id_allocator"))->toLongLong(), allocatorBefore);
    QCOMPARE(connectionState(db).transactionDepth, 0);
}

void TestChangeLog::nestedTransactionIsASavepoint()
{
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    Transaction outer(db);
    QVERIFY(outer);
    QVERIFY(runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = 'outer' WHERE comune_id = 15146")).ok());
    {
        Transaction inner(db);
        QVERIFY(inner);
        QVERIFY(runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = 'inner' WHERE comune_id = 15002")).ok());
        inner.rollback(); // the inner action fails: only its work is undone
    }
    {
        Transaction inner(db);
        QVERIFY(runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = 'kept' WHERE comune_id = 15005")).ok());
        QVERIFY(inner.commit().ok());
    }
    QVERIFY(outer.commit().ok());
    auto notes = [&](int id) { return queryValue(db, QStringLiteral("SELECT notes FROM comune_cmm WHERE comune_id = ?"), { id })->toString(); };
    QCOMPARE(notes(15146), QStringLiteral("outer"));
    QCOMPARE(notes(15002), QString(""));
    QCOMPARE(notes(15005), QStringLiteral("kept"));
}

namespace {

QString notesOf(const QSqlDatabase &db, int comune)
{
    return queryValue(db, QStringLiteral("SELECT notes FROM comune_cmm WHERE comune_id = ?"), { comune })->toString();
}

bool setNotes(const QSqlDatabase &db, int comune, const QString &notes)
{
    return runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = ? WHERE comune_id = ?"), { notes, comune }).ok();
}

} // namespace

// Transaction::Join writes in the enclosing level: no SAVEPOINT (SQLite
// says there is none to release), and its rows commit with the outer one.
void TestChangeLog::joinedTransactionOpensNoSavepoint()
{
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    const qint64 start = lastSeq(db);
    Transaction outer(db);
    QVERIFY(outer);
    {
        Transaction joined(db, Transaction::Join);
        QVERIFY(joined);
        QCOMPARE(connectionState(db).transactionDepth, 2);
        QVERIFY(!runQuery(db, QStringLiteral("RELEASE sp_1")).ok()); // no such savepoint
        QVERIFY(setNotes(db, 15146, QStringLiteral("joined")));
        {
            Transaction inner(db); // an ordinary one inside is still a savepoint
            QVERIFY(inner);
            QVERIFY(setNotes(db, 15002, QStringLiteral("inner")));
            inner.rollback();
        }
        QVERIFY(joined.commit().ok());
    }
    QCOMPARE(connectionState(db).transactionDepth, 1);
    QVERIFY(outer.commit().ok());
    QCOMPARE(notesOf(db, 15146), QStringLiteral("joined"));
    QCOMPARE(notesOf(db, 15002), QString(""));
    QCOMPARE(logSince(db, start).size(), 1);
}

// A joined level that fails cannot undo its own rows: the levels that
// contain it may only roll back (their commit does it and says so); rolling
// back a savepoint that contains it clears the mark, and a level beside it
// is not held back.
void TestChangeLog::joinedRollbackLeavesOnlyARollback_data()
{
    QTest::addColumn<bool>("insideASavepoint");
    QTest::addColumn<bool>("joinedAroundIt");
    QTest::newRow("joined in the outer transaction") << false << false;
    QTest::newRow("joined in a joined level") << false << true;
    QTest::newRow("joined in a savepoint rolled back") << true << false;
}

void TestChangeLog::joinedRollbackLeavesOnlyARollback()
{
    QFETCH(bool, insideASavepoint);
    QFETCH(bool, joinedAroundIt);
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    const qint64 start = lastSeq(db);
    {
        Transaction outer(db);
        QVERIFY(outer);
        QVERIFY(setNotes(db, 15146, QStringLiteral("outer")));
        {
            std::optional<Transaction> middle;
            if (insideASavepoint || joinedAroundIt)
                middle.emplace(db, joinedAroundIt ? Transaction::Join : Transaction::Savepoint);
            {
                Transaction joined(db, Transaction::Join);
                QVERIFY(setNotes(db, 15002, QStringLiteral("failed")));
                joined.rollback(); // its row stays until a level around it rolls back
            }
            {
                Transaction beside(db);
                QVERIFY(setNotes(db, 15005, QStringLiteral("beside")));
                QVERIFY(beside.commit().ok());
            }
            if (insideASavepoint) {
                middle->rollback(); // takes the failed row with it
            } else if (joinedAroundIt) {
                const Status s = middle->commit();
                QCOMPARE(s.error().code, QStringLiteral("db.rolled_back"));
            }
        }
        const Status s = outer.commit();
        if (insideASavepoint) {
            QVERIFY(s.ok());
        } else {
            QCOMPARE(s.error().code, QStringLiteral("db.rolled_back"));
        }
        QCOMPARE(connectionState(db).transactionDepth, 0);
    }
    QCOMPARE(notesOf(db, 15002), QString(""));
    QCOMPARE(notesOf(db, 15146), insideASavepoint ? QStringLiteral("outer") : QString(""));
    QCOMPARE(notesOf(db, 15005), QString(""));
    QCOMPARE(logSince(db, start).size(), insideASavepoint ? 1 : 0);
    // The next transaction starts clean.
    Transaction next(db);
    QVERIFY(setNotes(db, 15005, QStringLiteral("next")));
    QVERIFY(next.commit().ok());
    QCOMPARE(notesOf(db, 15005), QStringLiteral("next"));
}

void TestChangeLog::joinedOutsideATransactionBegins()
{
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    {
        Transaction tx(db, Transaction::Join);
        QVERIFY(tx);
        QVERIFY(setNotes(db, 15146, QStringLiteral("lost")));
    } // rolled back
    QCOMPARE(notesOf(db, 15146), QString(""));
    Transaction tx(db, Transaction::Join);
    QVERIFY(setNotes(db, 15146, QStringLiteral("kept")));
    QVERIFY(tx.commit().ok());
    QCOMPARE(connectionState(db).transactionDepth, 0);
    QCOMPARE(notesOf(db, 15146), QStringLiteral("kept"));
}

void TestChangeLog::notifierNamesTheChangedTables()
{
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    QSignalSpy spy(ChangeNotifier::instance(), &ChangeNotifier::tablesChanged);
    {
        Transaction tx(db);
        QVERIFY(runQuery(db, QStringLiteral("UPDATE comune_cmm SET notes = 'n' WHERE comune_id = 15146")).ok());
        QVERIFY(runQuery(db, QStringLiteral("UPDATE school SET sort_order = 99 WHERE id = 1")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(spy.count(), 1);
    QStringList tables = spy.at(0).at(0).toStringList();
    tables.sort();
    QCOMPARE(tables, (QStringList{ "comune_cmm", "school" }));
    {
        Transaction tx(db); // nothing written: nothing said
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(spy.count(), 1);
}

void TestChangeLog::idsNeverCollideAcrossWorkstations()
{
    testsupport::TestDatabase one(true, 1);
    testsupport::TestDatabase two(true, 2);
    QSet<qint64> seen;
    for (testsupport::TestDatabase *database : { &one, &two }) {
        const QSqlDatabase db = database->db();
        Transaction tx(db);
        for (int i = 0; i < 50; ++i) {
            auto id = allocateRowId(db);
            QVERIFY(id.ok());
            QVERIFY(!seen.contains(*id));
            seen.insert(*id);
            QCOMPARE(workstationOfRowId(*id), sessionWorkstation(db));
        }
        auto block = allocateRowId(db, 1000);
        QVERIFY(block.ok());
        auto next = allocateRowId(db);
        QCOMPARE(*next, *block + 1000);
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(seen.size(), 100);
    QCOMPARE(makeRowId(2, 5), (qint64(2) << 40) + 5);
}

void TestChangeLog::idsNeedATransaction()
{
    testsupport::TestDatabase database;
    auto id = allocateRowId(database.db());
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, QStringLiteral("db.no_transaction"));
}

void TestChangeLog::workstationNumberOfAnotherStationIsRefused()
{
    testsupport::TestDatabase database(true, 1);
    const QSqlDatabase db = database.db();
    // Rows from workstation 4 arrived (as a sync would bring them).
    QVERIFY(runQuery(db, QStringLiteral("INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator) "
                                        "VALUES ('school', 1, 'U', 0, 4, 'x')")).ok());
    Transaction tx(db);
    const Status taken = LocalConfig::setWorkstationNumber(db, 4);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, QStringLiteral("db.workstation_in_use"));
    QVERIFY(LocalConfig::setWorkstationNumber(db, 5).ok());
    QVERIFY(!LocalConfig::setWorkstationNumber(db, 0).ok());
    QVERIFY(tx.commit().ok());
}

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
