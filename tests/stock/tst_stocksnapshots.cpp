#include "stockfixture.h"

#include "core/db/database.h"
#include "core/db/logsuspension.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/sync/backups.h"
#include "core/sync/syncschema.h"
#include "stock/domain/stockqueries.h"
#include "stock/domain/stocksnapshots.h"
#include "stock/domain/stocksync.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace stock;

// Stock at a past date from the month-end snapshots (0016_stock_snapshot.sql)
// is always the plain sum of the ledger up to that date: on generated data,
// for many dates, with back-dated movements recorded after the snapshots
// exist and movements applied as a sync import applies them.
class TestStockSnapshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dayFor_data();
    void dayFor();
    void matchesTheLedger_data();
    void matchesTheLedger();
    void aSnapshotDeletedMeanwhileFallsBackToTheLedger();
    void snapshotsAreNotSynchronised();
    void aRestoredDatabaseHasItsOwnLedgersSnapshots();
    void anotherWritersLockMeansTheLedgerSum();
    void theCurrentMonthWritesNothing();
};

namespace {

using Positions = QMap<QPair<qint64, qint64>, QPair<qint64, qint64>>; // (lot, location) -> (quantity, grams)

const QDate firstDay(2020, 1, 5);
const QDate lastDay(2021, 3, 14);

Positions ledgerAt(const QSqlDatabase &db, const QDate &date)
{
    Positions p;
    auto q = core::runQuery(db,
        QStringLiteral("SELECT lot_id, location_id, sum(quantity), sum(grams) FROM stock_movement WHERE moved_on <= ? "
                       "GROUP BY lot_id, location_id HAVING sum(quantity) <> 0"),
        { core::toSqlDate(date) });
    while (q && q->next())
        p.insert({ q->value(0).toLongLong(), q->value(1).toLongLong() },
            { q->value(2).toLongLong(), q->value(3).toLongLong() });
    return p;
}

// A movement of a lot already received, as an adjustment (either sign).
bool move(const QSqlDatabase &db, qint64 lot, const QDate &date, qint64 quantity, qint64 id = 0)
{
    return bool(core::runQuery(db,
        QStringLiteral("INSERT INTO stock_movement(id, moved_on, kind, item_id, category_id, lot_id, location_id, "
                       "quantity, grams, operation_id, reason, created_at, operator) "
                       "SELECT ?, ?, 'adjustment', item_id, category_id, lot_id, location_id, ?, ?, 1, 'prova', 0, "
                       "'test' FROM stock_movement WHERE lot_id = ? LIMIT 1"),
        { id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)), core::toSqlDate(date), quantity, quantity,
            lot }));
}

// Rows of every stored snapshot that differ from the ledger's sum on its
// day, both ways (0: every snapshot is exactly the ledger).
qint64 snapshotsOffTheLedger(const QSqlDatabase &db)
{
    const QString snapshots = QStringLiteral("SELECT day, lot_id, location_id, quantity, grams FROM stock_snapshot");
    const QString ledger = QStringLiteral(
        "SELECT d.day, m.lot_id, m.location_id, sum(m.quantity), sum(m.grams) FROM stock_snapshot_day d "
        "JOIN stock_movement m ON m.moved_on <= d.day GROUP BY d.day, m.lot_id, m.location_id "
        "HAVING sum(m.quantity) <> 0 OR sum(m.grams) <> 0");
    auto one = core::queryValue(db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(snapshots, ledger));
    auto other = core::queryValue(db, QStringLiteral("SELECT count(*) FROM (%2 EXCEPT %1)").arg(snapshots, ledger));
    return one && other ? one->toLongLong() + other->toLongLong() : -1;
}

QList<QDate> datesToCheck(bool newestFirst)
{
    QList<QDate> dates = { QDate(2019, 12, 1), firstDay.addDays(-1), firstDay };
    for (QDate d(2019, 12, 31); d <= lastDay; d = QDate(d.year(), d.month(), 1).addMonths(2).addDays(-1)) {
        dates.append(d); // the day of a snapshot
        dates.append(d.addDays(1)); // the day after it
    }
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(9))
        dates.append(d);
    dates.append(lastDay);
    std::sort(dates.begin(), dates.end());
    if (newestFirst)
        std::reverse(dates.begin(), dates.end());
    return dates;
}

void checkDates(StockFixture &f, bool newestFirst)
{
    const QSqlDatabase db = f.database.db();
    const qint64 pastaCategory = f.categoryId("pasta_riso");
    for (const QDate &date : datesToCheck(newestFirst)) {
        const Positions expected = ledgerAt(db, date);
        auto lots = StockQueries::lots(db, date);
        QVERIFY(lots);
        Positions actual;
        qint64 grams = 0;
        for (const LotPosition &p : *lots)
            actual.insert({ p.lotId, p.locationId }, { p.quantity, p.grams });
        for (const auto &v : expected)
            grams += v.second;
        QVERIFY2(actual == expected, qPrintable(date.toString(Qt::ISODate)));
        auto categories = StockQueries::byCategory(db, date);
        QVERIFY(categories);
        qint64 pasta = -1;
        for (const CategoryStock &c : *categories)
            if (c.categoryId == pastaCategory)
                pasta = c.grams;
        QVERIFY2(pasta == grams, qPrintable(date.toString(Qt::ISODate)));
    }
    QCOMPARE(snapshotsOffTheLedger(db), qint64(0));
}

} // namespace

void TestStockSnapshots::initTestCase()
{
    stock::declareSyncTables();
}

void TestStockSnapshots::dayFor_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("day");
    QTest::newRow("a month end") << QDate(2021, 3, 31) << QDate(2021, 3, 31);
    QTest::newRow("the day before") << QDate(2021, 3, 30) << QDate(2021, 2, 28);
    QTest::newRow("first of the month") << QDate(2021, 3, 1) << QDate(2021, 2, 28);
    QTest::newRow("leap February") << QDate(2020, 3, 1) << QDate(2020, 2, 29);
    QTest::newRow("29 February") << QDate(2020, 2, 29) << QDate(2020, 2, 29);
    QTest::newRow("January") << QDate(2021, 1, 15) << QDate(2020, 12, 31);
    QTest::newRow("invalid") << QDate() << QDate();
}

void TestStockSnapshots::dayFor()
{
    QFETCH(QDate, date);
    QFETCH(QDate, day);
    QCOMPARE(StockSnapshots::dayFor(date), day);
}

void TestStockSnapshots::matchesTheLedger_data()
{
    QTest::addColumn<QString>("change"); // what happens after a first pass built the snapshots
    QTest::addColumn<bool>("newestFirst");
    QTest::newRow("none, oldest date first") << QString() << false;
    QTest::newRow("none, newest date first") << QString() << true;
    QTest::newRow("back-dated movements") << QStringLiteral("back-dated") << false;
    QTest::newRow("movements imported by sync") << QStringLiteral("sync") << true;
}

void TestStockSnapshots::matchesTheLedger()
{
    QFETCH(QString, change);
    QFETCH(bool, newestFirst);
    StockFixture f;
    QVERIFY(f.setUp());
    const QSqlDatabase db = f.database.db();
    QRandomGenerator random(17);
    QList<QPair<qint64, QDate>> lots;
    int n = 0;
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(23)) {
        ++n;
        const qint64 lot
            = f.receive(f.pasta, 100000, d, d.addYears(2), QStringLiteral("L%1").arg(n), n % 3 == 0 ? f.pole : 0);
        QVERIFY(lot);
        lots.append({ lot, d });
    }
    auto randomMovement = [&](qint64 id) {
        const auto &lot = lots.at(int(random.bounded(lots.size())));
        const QDate date = std::min(lastDay, lot.second.addDays(random.bounded(400)));
        qint64 quantity = random.bounded(-40, 60);
        return move(db, lot.first, date, quantity ? quantity : 1, id);
    };
    for (int i = 0; i < 200; ++i)
        QVERIFY(randomMovement(0));

    checkDates(f, newestFirst);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(f.count(QStringLiteral("SELECT count(*) FROM stock_snapshot_day")) > 10); // the snapshots were used
    checkDates(f, newestFirst); // again, now from the snapshots

    if (change == QLatin1String("back-dated")) {
        for (int i = 0; i < 30; ++i) {
            const QDate date = firstDay.addDays(random.bounded(400));
            QVERIFY(move(db, lots.first().first, date, 5));
            // Every snapshot from its date on is gone; the older ones stay.
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM stock_snapshot_day WHERE day >= ?"),
                         { core::toSqlDate(date) }),
                qint64(0));
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM stock_snapshot WHERE day >= ?"),
                         { core::toSqlDate(date) }),
                qint64(0));
            checkDates(f, newestFirst);
        }
    } else if (change == QLatin1String("sync")) {
        // As RowApplier applies another workstation's ledger rows: explicit
        // ids, inside a transaction, with the change log off.
        core::Transaction tx(db);
        QVERIFY(tx);
        core::LogSuspension quiet(db);
        QVERIFY(quiet.ok());
        for (int i = 0; i < 40; ++i)
            QVERIFY(randomMovement(1000000 + i));
        QVERIFY(tx.commit());
    }
    checkDates(f, newestFirst);
}

void TestStockSnapshots::aSnapshotDeletedMeanwhileFallsBackToTheLedger()
{
    StockFixture f;
    QVERIFY(f.setUp());
    const QSqlDatabase db = f.database.db();
    const qint64 lot = f.receive(f.pasta, 1000, QDate(2020, 5, 10), QDate(2022, 1, 1));
    QVERIFY(lot);
    const QDate day(2020, 6, 30);
    QCOMPARE(StockSnapshots::ensure(db, day).value(), true);
    QCOMPARE(f.count(QStringLiteral("SELECT sum(quantity) FROM stock_snapshot WHERE day = '2020-06-30'")), qint64(1000));
    // Another connection records a back-dated movement between ensure() and the query.
    QVERIFY(move(db, lot, QDate(2020, 6, 1), -300));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM stock_snapshot_day")), qint64(0));
    QCOMPARE(f.count(QStringLiteral("WITH at_date(day, until) AS (SELECT '2020-07-10', '2020-07-10') "
                                    "SELECT sum(quantity) FROM ")
                 + StockSnapshots::positionsFrom(day)),
        qint64(700));
}

void TestStockSnapshots::snapshotsAreNotSynchronised()
{
    StockFixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.receive(f.pasta, 1000, QDate(2020, 5, 10), QDate(2022, 1, 1)));
    QVERIFY(StockQueries::lots(f.database.db(), QDate(2020, 7, 10)));
    QVERIFY(f.count(QStringLiteral("SELECT count(*) FROM stock_snapshot")) > 0);
    auto schema = core::sync::SyncSchema::read(f.database.db());
    QVERIFY(schema);
    QVERIFY(schema->contains(QStringLiteral("stock_movement")));
    QVERIFY(!schema->contains(QStringLiteral("stock_snapshot")));
    QVERIFY(!schema->contains(QStringLiteral("stock_snapshot_day")));
    // Nothing about them in the change log either.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name LIKE 'stock_snapshot%'")), qint64(0));
}

void TestStockSnapshots::aRestoredDatabaseHasItsOwnLedgersSnapshots()
{
    // A backup carries the snapshots of its own ledger; after a restore
    // they agree with the restored ledger, not with the later work.
    StockFixture f;
    QVERIFY(f.setUp());
    const qint64 lot = f.receive(f.pasta, 1000, QDate(2020, 5, 10), QDate(2022, 1, 1));
    QVERIFY(lot);
    QVERIFY(StockQueries::lots(f.database.db(), QDate(2020, 7, 10)));
    QTemporaryDir folder;
    core::sync::BackupManager manager(f.database.path(), folder.path());
    auto backup = manager.takeBackup(f.database.db(), 3);
    QVERIFY(backup);
    QVERIFY(move(f.database.db(), lot, QDate(2020, 6, 1), -300)); // later, back-dated
    auto later = StockQueries::lots(f.database.db(), QDate(2020, 7, 10));
    QCOMPARE(later->value(0).quantity, qint64(700));
    f.database.close();

    auto restored = core::sync::restoreDatabase(backup->path, f.database.path(), QStringLiteral("before-restore"));
    QVERIFY2(restored, qPrintable(restored.error().code));
    auto connection = core::openDatabase(f.database.path());
    QVERIFY(connection);
    const QSqlDatabase db = connection->db();
    QVERIFY(core::queryValue(db, QStringLiteral("SELECT count(*) FROM stock_snapshot_day"))->toInt() > 0);
    QCOMPARE(snapshotsOffTheLedger(db), qint64(0));
    auto lots = StockQueries::lots(db, QDate(2020, 7, 10));
    QVERIFY(lots);
    QCOMPARE(lots->size(), 1);
    QCOMPARE(lots->value(0).quantity, qint64(1000));
}

void TestStockSnapshots::anotherWritersLockMeansTheLedgerSum()
{
    StockFixture f;
    QVERIFY(f.setUp());
    const QSqlDatabase db = f.database.db();
    QVERIFY(f.receive(f.pasta, 1000, QDate(2020, 5, 10), QDate(2022, 1, 1)));
    const qint64 timeout = f.count(QStringLiteral("PRAGMA busy_timeout"));
    auto other = core::openDatabase(f.database.path());
    QVERIFY(other);
    QVERIFY(core::runQuery(other->db(), QStringLiteral("BEGIN IMMEDIATE")));
    // The snapshot is not built (no waiting for the lock), the figure is right.
    QCOMPARE(StockSnapshots::ensure(db, QDate(2020, 6, 30)).value(), false);
    auto lots = StockQueries::lots(db, QDate(2020, 7, 10));
    QVERIFY(lots);
    QCOMPARE(lots->value(0).quantity, qint64(1000));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM stock_snapshot_day")), qint64(0));
    QCOMPARE(f.count(QStringLiteral("PRAGMA busy_timeout")), timeout);
    QVERIFY(core::runQuery(other->db(), QStringLiteral("ROLLBACK")));
    QCOMPARE(StockSnapshots::ensure(db, QDate(2020, 6, 30)).value(), true);
}

void TestStockSnapshots::theCurrentMonthWritesNothing()
{
    // Today's figures (alerts, the Cruscotto) come from today's balance.
    StockFixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.receive(f.pasta, 1000, QDate(2020, 5, 10), QDate(2022, 1, 1)));
    const QDate today = core::SystemClock::instance().today();
    for (const QDate &date : { QDate(today.year(), today.month(), 1), today }) {
        auto lots = StockQueries::lots(f.database.db(), date);
        QVERIFY(lots);
        QCOMPARE(lots->size(), 1);
    }
    QVERIFY(StockQueries::alerts(f.database.db(), today));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM stock_snapshot_day")), qint64(0));
    QVERIFY(StockQueries::lots(f.database.db(), QDate(today.year(), today.month(), 1).addDays(-1)));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM stock_snapshot_day")), qint64(1));
}

QTEST_GUILESS_MAIN(TestStockSnapshots)
#include "tst_stocksnapshots.moc"
