#include "stockfixture.h"

#include "core/db/transaction.h"
#include "stock/domain/stockservice.h"

#include <QSqlQuery>

using namespace stock;

class TestStockService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void issuesFirstExpiredFirstOut();
    void skipsExpiredLotsAndLaterReceipts();
    void refusesShortfallNamingItem();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void categoryIssueInGrams();
    void nestedInCallerTransaction();
    void backdatedIssueCannotTakeWhatLaterIssuesTook();
    void returnsToTheIssuedLots();
    void reversesMovementsAndOperations();
    void refusesReversalThatWouldGoNegative();
    void transferAndWriteOff();
    void availabilityQueries();
    void schemaRefusesNegativeBalanceAndRewrites();

private:
    StockFixture *f = nullptr;
};

void TestStockService::init()
{
    f = new StockFixture;
    QVERIFY2(f->setUp(), qPrintable(f->database.errorText()));
}

void TestStockService::cleanup()
{
    delete f;
    f = nullptr;
}

void TestStockService::issuesFirstExpiredFirstOut()
{
    const qint64 late = f->receive(f->pasta, 50000, QDate(2021, 1, 10), QDate(2022, 1, 1), QStringLiteral("LATE"));
    const qint64 early = f->receive(f->pasta, 20000, QDate(2021, 1, 12), QDate(2021, 6, 1), QStringLiteral("EARLY"));
    StockService service(f->database.db(), f->clock);
    IssueRequest r;
    r.itemId = f->pasta;
    r.quantity = 30000;
    r.date = QDate(2021, 3, 1);
    r.reason = QStringLiteral("Consegna al COC");
    r.reference = { QStringLiteral("delivery"), 77, 3 };
    auto issued = service.issue(r);
    QVERIFY2(issued.ok(), qPrintable(issued.error().code));
    QCOMPARE(issued->lots.size(), 2);
    QCOMPARE(issued->lots.at(0).lotId, early);
    QCOMPARE(issued->lots.at(0).quantity, qint64(20000));
    QCOMPARE(issued->lots.at(1).lotId, late);
    QCOMPARE(issued->lots.at(1).quantity, qint64(10000));
    QCOMPARE(issued->grams, qint64(30000));
    QCOMPARE(f->balance(early), qint64(0));
    QCOMPARE(f->balance(late), qint64(40000));
    // The caller's reference travels with every row.
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_movement WHERE ref_type = 'delivery' AND ref_id = 77 AND ref_line = 3 "
                                     "AND operation_id = ?"),
                      { issued->operationId }),
             qint64(2));
}

void TestStockService::skipsExpiredLotsAndLaterReceipts()
{
    const qint64 expired = f->receive(f->milk, 100, QDate(2021, 1, 5), QDate(2021, 2, 20));
    const qint64 good = f->receive(f->milk, 40, QDate(2021, 1, 6), QDate(2021, 5, 1));
    const qint64 later = f->receive(f->milk, 500, QDate(2021, 3, 10), QDate(2021, 4, 1));
    StockService service(f->database.db(), f->clock);
    IssueRequest r;
    r.itemId = f->milk;
    r.quantity = 30;
    r.date = QDate(2021, 3, 1);
    auto issued = service.issue(r);
    QVERIFY(issued.ok());
    QCOMPARE(issued->lots.size(), 1);
    QCOMPARE(issued->lots.at(0).lotId, good);
    QCOMPARE(issued->grams, qint64(30 * 1030));
    QCOMPARE(f->balance(expired), qint64(100));
    QCOMPARE(f->balance(later), qint64(500));
    // On 01/03 only 10 usable pieces are left: the expired lot and the
    // lot received on 10/03 do not count.
    auto available = service.available({ f->milk, 0, 0, QDate(2021, 3, 1) });
    QCOMPARE(*available, qint64(10));
    r.quantity = 11;
    auto refused = service.issue(r);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("stock.insufficient"));
}

void TestStockService::refusesShortfallNamingItem()
{
    f->receive(f->pasta, 12000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    const qint64 before = f->movements();
    IssueRequest r;
    r.itemId = f->pasta;
    r.quantity = 12500;
    r.date = QDate(2021, 3, 1);
    auto refused = StockService(f->database.db(), f->clock).issue(r);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("stock.insufficient"));
    QCOMPARE(refused.error().args.value(0), QStringLiteral("Pasta di semola"));
    QCOMPARE(refused.error().args.value(1), QStringLiteral("g"));
    QCOMPARE(refused.error().args.value(3), QStringLiteral("12000"));
    QCOMPARE(refused.error().args.value(4), QStringLiteral("500"));
    QCOMPARE(f->movements(), before);
}

void TestStockService::refusesBadRequests_data()
{
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("location");
    QTest::addColumn<QString>("code");
    QTest::newRow("zero") << qint64(0) << QDate(2021, 3, 1) << qint64(0) << QStringLiteral("stock.bad_quantity");
    QTest::newRow("negative") << qint64(-5) << QDate(2021, 3, 1) << qint64(0) << QStringLiteral("stock.bad_quantity");
    QTest::newRow("no date") << qint64(5) << QDate() << qint64(0) << QStringLiteral("stock.bad_date");
    QTest::newRow("unknown location") << qint64(5) << QDate(2021, 3, 1) << qint64(424242) << QStringLiteral("stock.unknown_location");
}

void TestStockService::refusesBadRequests()
{
    QFETCH(qint64, quantity);
    QFETCH(QDate, date);
    QFETCH(qint64, location);
    QFETCH(QString, code);
    f->receive(f->pasta, 12000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    const qint64 before = f->movements();
    IssueRequest r;
    r.itemId = f->pasta;
    r.quantity = quantity;
    r.date = date;
    r.locationId = location;
    auto refused = StockService(f->database.db(), f->clock).issue(r);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QCOMPARE(f->movements(), before);
}

void TestStockService::categoryIssueInGrams()
{
    const int dairy = f->categoryId("formaggi_latticini");
    f->receive(f->milk, 10, QDate(2021, 1, 10), QDate(2021, 4, 1)); // 10.3 kg
    IssueRequest r;
    r.categoryId = dairy;
    r.quantity = 5000;
    r.date = QDate(2021, 3, 1);
    StockService service(f->database.db(), f->clock);
    auto up = service.issue(r);
    QVERIFY(up.ok());
    QCOMPARE(up->lots.at(0).quantity, qint64(5)); // 5 pieces = 5.15 kg: one piece more than 4.12
    QCOMPARE(up->grams, qint64(5150));
    r.rounding = PieceRounding::Down;
    r.quantity = 2500;
    auto down = service.issue(r);
    QVERIFY(down.ok());
    QCOMPARE(down->grams, qint64(2060));
    QCOMPARE(down->unfilledGrams, qint64(440));
    r.quantity = 10000; // 3 pieces (3.09 kg) left
    auto refused = service.issue(r);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().args.value(0), QStringLiteral("Formaggi e latticini"));
    QCOMPARE(refused.error().args.value(4), QString::number(10000 - 3090));
}

void TestStockService::nestedInCallerTransaction()
{
    const qint64 lot = f->receive(f->pasta, 10000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    const qint64 before = f->movements();
    {
        // A delivery issues stock inside its own transaction, then fails: nothing stays.
        core::Transaction delivery(f->database.db());
        QVERIFY(bool(delivery));
        IssueRequest r;
        r.itemId = f->pasta;
        r.quantity = 4000;
        r.date = QDate(2021, 3, 1);
        QVERIFY(StockService(f->database.db(), f->clock).issue(r).ok());
        QCOMPARE(f->balance(lot), qint64(6000));
        r.quantity = 7000;
        QVERIFY(!StockService(f->database.db(), f->clock).issue(r).ok()); // its savepoint rolls back alone
        QCOMPARE(f->balance(lot), qint64(6000));
        delivery.rollback();
    }
    QCOMPARE(f->movements(), before);
    QCOMPARE(f->balance(lot), qint64(10000));
}

void TestStockService::backdatedIssueCannotTakeWhatLaterIssuesTook()
{
    const qint64 lot = f->receive(f->pasta, 10000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    StockService service(f->database.db(), f->clock);
    IssueRequest r;
    r.itemId = f->pasta;
    r.quantity = 8000;
    r.date = QDate(2021, 3, 1);
    QVERIFY(service.issue(r).ok());
    // Today's balance is 2 kg; on 01/02 the lot held 10 kg but 8 kg of it
    // leave on 01/03: only 2 kg can leave on 01/02.
    QCOMPARE(*service.ledger().availableOnDate(lot, idroscaloLocationId, QDate(2021, 2, 1)), qint64(2000));
    r.date = QDate(2021, 2, 1);
    r.quantity = 3000;
    QVERIFY(!service.issue(r).ok());
    // Before the receipt nothing can leave.
    r.date = QDate(2021, 1, 9);
    r.quantity = 1;
    QCOMPARE(service.issue(r).error().code, QStringLiteral("stock.insufficient"));
}

void TestStockService::returnsToTheIssuedLots()
{
    const qint64 a = f->receive(f->milk, 10, QDate(2021, 1, 10), QDate(2021, 4, 1));
    const qint64 b = f->receive(f->milk, 10, QDate(2021, 1, 11), QDate(2021, 6, 1));
    StockService service(f->database.db(), f->clock);
    IssueRequest r;
    r.itemId = f->milk;
    r.quantity = 15;
    r.date = QDate(2021, 3, 1);
    r.reference = { QStringLiteral("delivery"), 5, 1 };
    QVERIFY(service.issue(r).ok());
    ReturnRequest back;
    back.reference = r.reference;
    back.itemId = f->milk;
    back.quantity = 7;
    back.date = QDate(2021, 3, 2);
    back.reason = QStringLiteral("Consegna rifiutata");
    auto returned = service.returnToStock(back);
    QVERIFY2(returned.ok(), qPrintable(returned.error().code));
    // The freshest lot goes back first: b got 5, then a gets 2.
    QCOMPARE(f->balance(b), qint64(10));
    QCOMPARE(f->balance(a), qint64(2));
    back.quantity = 9; // only 8 more were issued to this reference
    auto tooMany = service.returnToStock(back);
    QCOMPARE(tooMany.error().code, QStringLiteral("stock.return_too_large"));
    back.reference = { QStringLiteral("delivery"), 6, 1 };
    QCOMPARE(service.returnToStock(back).error().code, QStringLiteral("stock.nothing_to_return"));
}

void TestStockService::reversesMovementsAndOperations()
{
    const qint64 lot = f->receive(f->pasta, 10000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    StockService service(f->database.db(), f->clock);
    IssueRequest r;
    r.itemId = f->pasta;
    r.quantity = 4000;
    r.date = QDate(2021, 3, 1);
    auto issued = service.issue(r);
    QVERIFY(issued.ok());
    const qint64 original = issued->lots.at(0).movementId;
    auto reversal = service.reverseMovement(original, QStringLiteral("Consegna annullata"));
    QVERIFY(reversal.ok());
    QCOMPARE(f->balance(lot), qint64(10000));
    QCOMPARE(f->count(QStringLiteral("SELECT reverses_id FROM stock_movement WHERE id = ?"), { *reversal }), original);
    QCOMPARE(f->count(QStringLiteral("SELECT quantity FROM stock_movement WHERE id = ?"), { *reversal }), qint64(4000));
    QCOMPARE(f->count(QStringLiteral("SELECT moved_on = '2021-03-01' FROM stock_movement WHERE id = ?"), { *reversal }), qint64(1));
    QCOMPARE(service.reverseMovement(original, QStringLiteral("again")).error().code, QStringLiteral("stock.already_reversed"));
    QCOMPARE(service.reverseMovement(*reversal, QStringLiteral("undo the undo")).error().code, QStringLiteral("stock.reversal_of_reversal"));
    // A transfer reversed as one operation.
    auto transfer = service.transfer({ lot, idroscaloLocationId, f->pole, 3000, QDate(2021, 3, 2), QStringLiteral("Esercitazione") });
    QVERIFY(transfer.ok());
    QCOMPARE(f->balance(lot, f->pole), qint64(3000));
    auto undone = service.reverseOperation(*transfer, QStringLiteral("Trasferimento errato"));
    QVERIFY2(undone.ok(), qPrintable(undone.error().code));
    QCOMPARE(undone->size(), 2);
    QCOMPARE(f->balance(lot, f->pole), qint64(0));
    QCOMPARE(f->balance(lot), qint64(10000));
}

void TestStockService::refusesReversalThatWouldGoNegative()
{
    stock::ReceiptDraft draft;
    draft.donorId = f->donor;
    draft.date = QDate(2021, 1, 10);
    draft.lines.append({ f->pasta, QString(), QDate(2022, 1, 1), 10000, 0 });
    auto receipt = ReceiptService(f->database.db(), f->clock).record(draft);
    QVERIFY(receipt.ok());
    StockService service(f->database.db(), f->clock);
    IssueRequest r;
    r.itemId = f->pasta;
    r.quantity = 6000;
    r.date = QDate(2021, 3, 1);
    QVERIFY(service.issue(r).ok());
    const qint64 before = f->movements();
    auto refused = service.reverseOperation(receipt->operationId, QStringLiteral("Carico errato"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("stock.would_go_negative"));
    QCOMPARE(refused.error().args.value(0), QStringLiteral("Pasta di semola"));
    QCOMPARE(refused.error().args.value(2), QStringLiteral("6000"));
    QCOMPARE(f->movements(), before);
    QCOMPARE(ReceiptService(f->database.db(), f->clock).cancel(receipt->receiptId, QStringLiteral("x")).error().code,
             QStringLiteral("stock.would_go_negative"));
}

void TestStockService::transferAndWriteOff()
{
    const qint64 lot = f->receive(f->milk, 20, QDate(2021, 1, 10), QDate(2021, 2, 1));
    StockService service(f->database.db(), f->clock);
    QCOMPARE(service.transfer({ lot, idroscaloLocationId, idroscaloLocationId, 1, QDate(2021, 3, 1), {} }).error().code,
             QStringLiteral("stock.same_location"));
    QCOMPARE(service.transfer({ lot, idroscaloLocationId, f->pole, 21, QDate(2021, 3, 1), {} }).error().code,
             QStringLiteral("stock.insufficient"));
    // Expired: it cannot be issued, only written off, with a reason.
    IssueRequest r;
    r.itemId = f->milk;
    r.quantity = 1;
    r.date = QDate(2021, 3, 1);
    QCOMPARE(service.issue(r).error().code, QStringLiteral("stock.insufficient"));
    WriteOffRequest w;
    w.lotId = lot;
    w.date = QDate(2021, 3, 1);
    QCOMPARE(service.writeOff(w).error().code, QStringLiteral("stock.missing_reason"));
    w.reason = QStringLiteral("Scaduto");
    auto written = service.writeOff(w);
    QVERIFY(written.ok());
    QCOMPARE(written->quantity, qint64(20));
    QCOMPARE(f->balance(lot), qint64(0));
    QCOMPARE(service.writeOff(w).error().code, QStringLiteral("stock.insufficient"));
}

void TestStockService::availabilityQueries()
{
    f->receive(f->pasta, 10000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    f->receive(f->milk, 10, QDate(2021, 1, 10), QDate(2021, 4, 1));
    f->receive(f->milk, 5, QDate(2021, 1, 10), QDate(2021, 4, 1), QString(), f->pole);
    f->receive(f->masks, 100, QDate(2021, 1, 10), QDate(2025, 1, 1));
    StockService service(f->database.db(), f->clock);
    const QDate d(2021, 3, 1);
    QCOMPARE(*service.available({ f->milk, 0, 0, d }), qint64(15));
    QCOMPARE(*service.available({ f->milk, 0, idroscaloLocationId, d }), qint64(10));
    QCOMPARE(*service.available({ 0, f->categoryId("formaggi_latticini"), 0, d }), qint64(15 * 1030));
    QCOMPARE(*service.available({ 0, f->categoryId("dpi_mascherine"), 0, d }), qint64(0)); // weight unknown: no kg
    QCOMPARE(*service.available({ f->masks, 0, 0, d }), qint64(100));
    QCOMPARE(*service.available({ f->milk, 0, 0, QDate(2021, 4, 2) }), qint64(0)); // expired by then
    QCOMPARE(*service.toGrams(f->milk, 3), qint64(3090));
    QCOMPARE(*service.toGrams(f->masks, 3), qint64(0));
    auto lots = service.availableLots({ 0, 0, 0, d });
    QCOMPARE(lots->size(), 4);
}

void TestStockService::schemaRefusesNegativeBalanceAndRewrites()
{
    const qint64 lot = f->receive(f->pasta, 1000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    // A write that bypasses the service still cannot make a balance negative.
    StockLedger ledger(f->database.db(), f->clock);
    core::Transaction tx(f->database.db());
    MovementDraft d;
    d.date = QDate(2021, 3, 1);
    d.kind = MovementKind::Issue;
    d.itemId = f->pasta;
    d.lotId = lot;
    d.locationId = idroscaloLocationId;
    d.quantity = -1001;
    d.operationId = 1;
    auto id = ledger.append(d);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, QStringLiteral("stock.negative_balance"));
    tx.rollback();
    // The ledger is append-only.
    QSqlQuery q(f->database.db());
    QVERIFY(!q.exec(QStringLiteral("UPDATE stock_movement SET quantity = 5")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM stock_movement")));
    QCOMPARE(f->balance(lot), qint64(1000));
    QCOMPARE(f->count(QStringLiteral("SELECT quantity FROM stock_balance WHERE lot_id = ?"), { lot }), qint64(1000));
}

QTEST_GUILESS_MAIN(TestStockService)
#include "tst_stockservice.moc"
