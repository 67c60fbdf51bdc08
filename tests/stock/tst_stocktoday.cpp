#include "stockfixture.h"

#include "core/db/logsuspension.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "stock/domain/stockqueries.h"
#include "stock/domain/stockservice.h"
#include "stock/domain/stocksync.h"
#include "stock/ui/stockmodule.h"
#include "support/sqlprobe.h"

using namespace stock;

// Today's stock (the Cruscotto's figures, the alerts, the lot list) reads
// what is on the shelves, not the history (issue 17, 0033_stock_balance_held):
// the same work with a few emptied lots behind and with hundreds, counted
// in SQLite's steps; and the figures stay the ledger's sums after the
// changes that bypass nothing (back-dated movements, reversals, returns,
// transfers) and after a sync import, which writes the ledger rows as they
// come with the change log off.
class TestStockToday : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void todaysFiguresDoNotGrowWithHistory();
    void figuresFollowTheLedger_data();
    void figuresFollowTheLedger();
};

namespace {

QDate today()
{
    return core::SystemClock::instance().today(); // what the Cruscotto asks for
}

// Receives `count` lots of pasta between 2019 and 2020, then empties them
// all (one adjustment each, as a count would): rows in stock_balance that
// hold nothing, like years of a room's history.
bool emptiedHistory(StockFixture &f, int count)
{
    if (count == 0)
        return true;
    ReceiptDraft draft;
    draft.donorId = f.donor;
    draft.date = QDate(2020, 6, 1);
    for (int i = 0; i < count; ++i)
        draft.lines.append({ f.pasta, QStringLiteral("H%1").arg(i), QDate(2020, 12, 1), 1000 + i, 0 });
    auto r = ReceiptService(f.database.db(), f.clock).record(draft);
    if (!r)
        return false;
    return bool(core::runQuery(f.database.db(),
        // Ids far from the ones the program allocates next.
        QStringLiteral("INSERT INTO stock_movement(id, moved_on, kind, item_id, category_id, lot_id, location_id, "
                       "quantity, grams, operation_id, reason, created_at, operator) "
                       "SELECT 3000000000 + id, '2020-11-30', 'adjustment', item_id, category_id, lot_id, location_id, -quantity, "
                       "-grams, 1, 'inventario', 0, 'test' FROM stock_movement "
                       "WHERE lot_id IN (SELECT id FROM stock_lot WHERE lot_code GLOB 'H*')")));
}

// What stays on the shelves in both databases: the same lots.
bool shelves(StockFixture &f)
{
    return f.receive(f.pasta, 5000, QDate(2021, 2, 1), QDate(2021, 3, 18), QStringLiteral("P1"))
        && f.receive(f.pasta, 2000, QDate(2021, 2, 2), QDate(2022, 1, 1), QStringLiteral("P2"), f.pole)
        && f.receive(f.milk, 12, QDate(2021, 2, 3), QDate(2021, 2, 20), QStringLiteral("M1"))
        && f.receive(f.masks, 50, QDate(2021, 2, 4), QDate(2023, 1, 1), QStringLiteral("D1"));
}

// The steps SQLite takes for the Cruscotto's stock figures and the lot list of today.
qint64 stepsForToday(const QSqlDatabase &db, QStringList *figures = nullptr)
{
    testsupport::SqlProbe probe(db);
    if (!probe.isValid())
        return -1;
    const StockModule module;
    const auto headline = module.headlineFigures(db, today());
    if (headline.isEmpty())
        return -1;
    if (!StockQueries::lots(db, today()))
        return -1;
    if (figures)
        for (const core::HeadlineFigure &h : headline)
            figures->append(h.label + QLatin1Char('=') + h.value + QLatin1Char('/') + h.note);
    return probe.vmSteps();
}

using Positions = QMap<QPair<qint64, qint64>, QPair<qint64, qint64>>; // (lot, location) -> (quantity, grams)

Positions read(const QSqlDatabase &db, const QString &sql)
{
    Positions p;
    auto q = core::runQuery(db, sql);
    while (q && q->next())
        p.insert({ q->value(0).toLongLong(), q->value(1).toLongLong() },
            { q->value(2).toLongLong(), q->value(3).toLongLong() });
    return p;
}

// Every position holding something, summed from the ledger.
Positions ledger(const QSqlDatabase &db)
{
    return read(db,
        QStringLiteral("SELECT lot_id, location_id, sum(quantity), sum(grams) FROM stock_movement "
                       "GROUP BY lot_id, location_id HAVING sum(quantity) <> 0"));
}

} // namespace

void TestStockToday::initTestCase()
{
    declareSyncTables();
}

void TestStockToday::todaysFiguresDoNotGrowWithHistory()
{
    StockFixture small, big;
    QVERIFY(small.setUp() && big.setUp());
    QVERIFY(emptiedHistory(small, 5));
    QVERIFY(emptiedHistory(big, 600));
    QVERIFY(shelves(small) && shelves(big));
    QCOMPARE(big.count(QStringLiteral("SELECT count(*) FROM stock_balance")), qint64(600 + 4));

    QStringList smallFigures, bigFigures;
    const qint64 smallSteps = stepsForToday(small.database.db(), &smallFigures);
    const qint64 bigSteps = stepsForToday(big.database.db(), &bigFigures);
    QVERIFY(smallSteps > 0);
    QCOMPARE(bigFigures, smallFigures); // the same stock
    // The same work: 595 more emptied lots behind would be thousands of steps.
    QVERIFY2(bigSteps <= smallSteps + smallSteps / 20,
        qPrintable(QStringLiteral("%1 steps with 5 emptied lots, %2 with 600").arg(smallSteps).arg(bigSteps)));

    // The probe sees the history when the figures read it: without the index
    // every row of stock_balance is read.
    QVERIFY(core::runQuery(big.database.db(), QStringLiteral("DROP INDEX stock_balance_held")));
    const qint64 withoutIndex = stepsForToday(big.database.db());
    QVERIFY2(withoutIndex > bigSteps + 600 * 3,
        qPrintable(QStringLiteral("%1 steps with the index, %2 without").arg(bigSteps).arg(withoutIndex)));
}

void TestStockToday::figuresFollowTheLedger_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("nothing") << QString();
    QTest::newRow("back-dated issue") << QStringLiteral("back-dated");
    QTest::newRow("reversal of an issue") << QStringLiteral("reversal");
    QTest::newRow("return of a delivery") << QStringLiteral("return");
    QTest::newRow("transfer") << QStringLiteral("transfer");
    QTest::newRow("lot emptied") << QStringLiteral("emptied");
    QTest::newRow("sync import, overdrawing a lot") << QStringLiteral("sync");
}

void TestStockToday::figuresFollowTheLedger()
{
    QFETCH(QString, change);
    StockFixture f;
    QVERIFY(f.setUp());
    QVERIFY(emptiedHistory(f, 20));
    QVERIFY(shelves(f));
    const QSqlDatabase db = f.database.db();
    StockService service(db, f.clock);
    IssueRequest issue;
    issue.itemId = f.pasta;
    issue.quantity = 1500;
    issue.date = QDate(2021, 3, 1);
    issue.reference = { QStringLiteral("delivery"), 7, 1 };
    auto issued = service.issue(issue);
    QVERIFY2(issued, qPrintable(issued.error().code));
    const qint64 p1 = f.count(QStringLiteral("SELECT id FROM stock_lot WHERE lot_code = 'P1'"));

    if (change == QLatin1String("back-dated")) {
        issue.date = QDate(2021, 2, 5);
        issue.quantity = 700;
        issue.reference = { QStringLiteral("delivery"), 8, 1 };
        QVERIFY(service.issue(issue));
    } else if (change == QLatin1String("reversal")) {
        QVERIFY(service.reverseOperation(issued->operationId, QStringLiteral("Consegna annullata")));
    } else if (change == QLatin1String("return")) {
        ReturnRequest back;
        back.reference = issue.reference;
        back.itemId = f.pasta;
        back.quantity = 400;
        back.date = QDate(2021, 3, 2);
        back.reason = QStringLiteral("Consegna rifiutata");
        QVERIFY(service.returnToStock(back));
    } else if (change == QLatin1String("transfer")) {
        TransferRequest move;
        move.lotId = p1;
        move.fromLocationId = idroscaloLocationId;
        move.toLocationId = f.pole;
        move.quantity = 1000;
        move.date = QDate(2021, 3, 3);
        move.reason = QStringLiteral("Polo");
        QVERIFY(service.transfer(move));
    } else if (change == QLatin1String("emptied")) {
        WriteOffRequest off;
        off.lotId = f.count(QStringLiteral("SELECT id FROM stock_lot WHERE lot_code = 'M1'"));
        off.date = QDate(2021, 3, 4);
        off.reason = QStringLiteral("scaduto");
        QVERIFY(service.writeOff(off));
    } else if (change == QLatin1String("sync")) {
        // As RowApplier applies another workstation's ledger rows: explicit
        // ids, in a transaction, the change log off (so no refusal of a
        // negative balance): the other workstation issued from P1 too.
        core::Transaction tx(db);
        QVERIFY(tx);
        core::LogSuspension quiet(db);
        QVERIFY(quiet.ok());
        QVERIFY(core::runQuery(db,
            QStringLiteral("INSERT INTO stock_movement(id, moved_on, kind, item_id, category_id, lot_id, location_id, "
                           "quantity, grams, operation_id, reason, ref_type, ref_id, ref_line, created_at, operator) "
                           "SELECT 2000000001, '2021-02-20', 'issue', item_id, category_id, lot_id, location_id, -4000, "
                           "-4000, 2000000001, '', 'delivery', 90, 1, 0, 'altra' FROM stock_movement "
                           "WHERE lot_id = ? LIMIT 1"),
            { p1 }));
        QVERIFY(tx.commit());
    }

    // The rows the partial index holds are the ledger's sums...
    const Positions expected = ledger(db);
    QCOMPARE(read(db,
                 QStringLiteral("SELECT lot_id, location_id, quantity, grams FROM stock_balance "
                                "INDEXED BY stock_balance_held WHERE quantity <> 0")),
        expected);
    // ... and so are today's figures read through it.
    auto lots = StockQueries::lots(db, today());
    QVERIFY(lots);
    Positions listed;
    for (const LotPosition &p : *lots)
        listed.insert({ p.lotId, p.locationId }, { p.quantity, p.grams });
    QCOMPARE(listed, expected);
    auto categories = StockQueries::byCategory(db, today());
    QVERIFY(categories);
    qint64 pasta = 0, expectedPasta = 0;
    for (const CategoryStock &c : *categories)
        if (c.categoryId == f.categoryId("pasta_riso"))
            pasta = c.grams;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (f.count(QStringLiteral("SELECT item_id FROM stock_lot WHERE id = ?"), { it.key().first }) == f.pasta)
            expectedPasta += it.value().second;
    QCOMPARE(pasta, expectedPasta);
    auto alerts = StockQueries::alerts(db, today());
    QVERIFY(alerts);
    int overdrawn = 0;
    for (const auto &v : expected)
        overdrawn += v.first < 0 ? 1 : 0;
    QCOMPARE(alerts->overdrawnLots, overdrawn);
    QCOMPARE(overdrawn, change == QLatin1String("sync") ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestStockToday)
#include "tst_stocktoday.moc"
