#include "stockfixture.h"

#include "core/reporting/reporthtml.h"
#include "stock/domain/countservice.h"
#include "stock/domain/kitservice.h"
#include "stock/domain/stockreports.h"
#include "stock/domain/stockservice.h"

using namespace stock;

class TestKitsAndCounts : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void assemblesKitsInOneTransaction();
    void refusesAssemblyWhenAComponentIsShort();
    void reversesAnAssembly();
    void receiptValidation_data();
    void receiptValidation();
    void expiredOnArrivalIsWrittenOff();
    void receiptNumbersAndCancel();
    void countRecordsDifferences();
    void countNeedsEveryLineAndPrints();

private:
    StockFixture *f = nullptr;
};

void TestKitsAndCounts::init()
{
    f = new StockFixture;
    QVERIFY(f->setUp());
}

void TestKitsAndCounts::cleanup()
{
    delete f;
}

void TestKitsAndCounts::assemblesKitsInOneTransaction()
{
    f->receive(f->masks, 30, QDate(2020, 9, 28), QDate(2023, 8, 1));
    f->receive(f->masks, 100, QDate(2020, 9, 28), QDate(2024, 1, 1));
    f->receive(f->gloves, 400, QDate(2020, 9, 28), QDate());
    KitService kits(f->database.db(), f->clock);
    QCOMPARE(*kits.assemblable(f->kit, 0, QDate(2020, 10, 6)), qint64(65));
    AssemblyRequest r;
    r.kitItemId = f->kit;
    r.kits = 50;
    r.date = QDate(2020, 10, 6);
    auto assembly = kits.assemble(r);
    QVERIFY2(assembly.ok(), qPrintable(assembly.error().code));
    QCOMPARE(assembly->consumed.size(), 3); // 30 + 70 masks, 200 gloves
    QCOMPARE(assembly->kitExpiry, QDate(2023, 8, 1));
    QCOMPARE(f->balance(assembly->kitLotId), qint64(50));
    QCOMPARE(f->count(QStringLiteral("SELECT count(DISTINCT operation_id) FROM stock_movement WHERE kind IN ('kit_consume', 'kit_produce')")),
             qint64(1));
    QCOMPARE(f->count(QStringLiteral("SELECT -sum(quantity) FROM stock_movement WHERE kind = 'kit_consume' AND item_id = ?"), { f->gloves }),
             qint64(200));
}

void TestKitsAndCounts::refusesAssemblyWhenAComponentIsShort()
{
    f->receive(f->masks, 100, QDate(2020, 9, 28), QDate(2024, 1, 1));
    f->receive(f->gloves, 10, QDate(2020, 9, 28), QDate());
    const qint64 before = f->movements();
    AssemblyRequest r;
    r.kitItemId = f->kit;
    r.kits = 3; // 12 gloves needed, 10 in stock
    r.date = QDate(2020, 10, 6);
    auto refused = KitService(f->database.db(), f->clock).assemble(r);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("stock.insufficient"));
    QCOMPARE(refused.error().args.value(0), QStringLiteral("Guanti in nitrile"));
    QCOMPARE(refused.error().args.value(4), QStringLiteral("2"));
    QCOMPARE(f->movements(), before);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_lot WHERE origin = 'kit'")), qint64(0));
    r.kitItemId = f->masks;
    QCOMPARE(KitService(f->database.db(), f->clock).assemble(r).error().code, QStringLiteral("stock.kit_without_recipe"));
}

void TestKitsAndCounts::reversesAnAssembly()
{
    f->receive(f->masks, 10, QDate(2020, 9, 28), QDate(2024, 1, 1));
    f->receive(f->gloves, 20, QDate(2020, 9, 28), QDate());
    AssemblyRequest r;
    r.kitItemId = f->kit;
    r.kits = 5;
    r.date = QDate(2020, 10, 6);
    auto assembly = KitService(f->database.db(), f->clock).assemble(r);
    QVERIFY(assembly.ok());
    StockService service(f->database.db(), f->clock);
    IssueRequest issue;
    issue.itemId = f->kit;
    issue.quantity = 1;
    issue.date = QDate(2020, 10, 7);
    QVERIFY(service.issue(issue).ok());
    // One kit has left: the assembly cannot be undone any more.
    QCOMPARE(service.reverseOperation(assembly->operationId, QStringLiteral("errore")).error().code, QStringLiteral("stock.would_go_negative"));
    QVERIFY(service.reverseMovement(f->count(QStringLiteral("SELECT id FROM stock_movement WHERE kind = 'issue'")), QStringLiteral("x")).ok());
    QVERIFY(service.reverseOperation(assembly->operationId, QStringLiteral("errore")).ok());
    QCOMPARE(*service.available({ f->masks, 0, 0, QDate(2020, 10, 8) }), qint64(10));
    QCOMPARE(*service.available({ f->kit, 0, 0, QDate(2020, 10, 8) }), qint64(0));
}

void TestKitsAndCounts::receiptValidation_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<QString>("code");
    QTest::newRow("zero quantity") << 1 << qint64(0) << QDate(2021, 3, 1) << QDate(2022, 1, 1) << QStringLiteral("stock.bad_quantity");
    QTest::newRow("negative quantity") << 1 << qint64(-3) << QDate(2021, 3, 1) << QDate(2022, 1, 1) << QStringLiteral("stock.bad_quantity");
    QTest::newRow("expiry missing") << 1 << qint64(3) << QDate(2021, 3, 1) << QDate() << QStringLiteral("stock.expiry_required");
    QTest::newRow("already expired") << 1 << qint64(3) << QDate(2021, 3, 1) << QDate(2021, 2, 1) << QStringLiteral("stock.expired_on_arrival");
    QTest::newRow("future date") << 0 << qint64(3) << QDate(2021, 3, 16) << QDate(2022, 1, 1) << QStringLiteral("stock.future_date");
}

void TestKitsAndCounts::receiptValidation()
{
    QFETCH(int, line);
    QFETCH(qint64, quantity);
    QFETCH(QDate, date);
    QFETCH(QDate, expiry);
    QFETCH(QString, code);
    ReceiptDraft draft;
    draft.donorId = f->donor;
    draft.date = date;
    draft.lines.append({ f->pasta, QString(), expiry, quantity, 0 });
    ReceiptService service(f->database.db(), f->clock);
    auto problems = service.validate(draft, ExpiredOnArrival::Refuse);
    QVERIFY(problems.ok());
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->at(0).line, line);
    QCOMPARE(problems->at(0).error.code, code);
    const qint64 before = f->movements();
    QVERIFY(!service.record(draft).ok());
    QCOMPARE(f->movements(), before);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_receipt")), qint64(0));
}

void TestKitsAndCounts::expiredOnArrivalIsWrittenOff()
{
    ReceiptDraft draft;
    draft.donorId = f->donor;
    draft.date = QDate(2021, 3, 1);
    draft.lines.append({ f->milk, QStringLiteral("L1"), QDate(2021, 2, 25), 12, 0 });
    draft.lines.append({ f->pasta, QStringLiteral("L2"), QDate(2022, 2, 25), 5000, 0 });
    auto recorded = ReceiptService(f->database.db(), f->clock).record(draft, ExpiredOnArrival::WriteOff);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error().code));
    QCOMPARE(recorded->writtenOff, 1);
    QCOMPARE(f->balance(recorded->lotIds.at(0)), qint64(0));
    QCOMPARE(f->balance(recorded->lotIds.at(1)), qint64(5000));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_movement WHERE kind = 'write_off' AND reason <> ''")), qint64(1));
}

void TestKitsAndCounts::receiptNumbersAndCancel()
{
    ReceiptService service(f->database.db(), f->clock);
    ReceiptDraft draft;
    draft.donorId = f->donor;
    draft.date = QDate(2021, 3, 1);
    draft.lines.append({ f->pasta, QString(), QDate(2022, 1, 1), 1000, 0 });
    auto first = service.record(draft);
    auto second = service.record(draft);
    draft.date = QDate(2020, 12, 1);
    auto older = service.record(draft);
    QCOMPARE(first->number, QStringLiteral("2021/0001"));
    QCOMPARE(second->number, QStringLiteral("2021/0002"));
    QCOMPARE(older->number, QStringLiteral("2020/0001"));
    QVERIFY(service.cancel(second->receiptId, QStringLiteral("Registrato due volte")).ok());
    QCOMPARE(f->balance(second->lotIds.at(0)), qint64(0));
    QCOMPARE(service.cancel(second->receiptId, QStringLiteral("ancora")).error().code, QStringLiteral("stock.already_reversed"));
    // The donation receipt of a cancelled receipt says so.
    core::ReportRequest request;
    auto doc = StockReports::donationReceipt(f->database.db(), second->receiptId, request);
    QVERIFY(doc.ok());
    QCOMPARE(doc->primaryTable()->rows.size(), 0);
    auto good = StockReports::donationReceipt(f->database.db(), first->receiptId, request);
    QCOMPARE(good->primaryTable()->rows.size(), 1);
    QCOMPARE(good->primaryTable()->totals.value(5).toLongLong(), qint64(1000));
}

void TestKitsAndCounts::countRecordsDifferences()
{
    const qint64 pasta = f->receive(f->pasta, 10000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    const qint64 milk = f->receive(f->milk, 24, QDate(2021, 1, 10), QDate(2021, 6, 1));
    f->receive(f->milk, 5, QDate(2021, 1, 10), QDate(2021, 6, 1), QString(), f->pole);
    CountService counts(f->database.db(), f->clock);
    auto id = counts.open(0, 0, QDate(2021, 3, 10), QStringLiteral("Inventario di marzo"));
    QVERIFY(id.ok());
    auto count = counts.count(*id);
    QCOMPARE(count->lines.size(), 2); // the pole's lot is not in the Idroscalo count
    for (const CountLine &line : count->lines) {
        if (line.lotId == pasta)
            QVERIFY(counts.setCounted(line.id, 9500, QStringLiteral("Sacchi rotti")).ok());
        else
            QVERIFY(counts.setCounted(line.id, 26, QString()).ok());
    }
    // A receipt recorded meanwhile, dated before the count, is part of the book.
    auto closed = counts.close(*id);
    QVERIFY2(closed.ok(), qPrintable(closed.error().code));
    QCOMPARE(*closed, 2);
    QCOMPARE(f->balance(pasta), qint64(9500));
    QCOMPARE(f->balance(milk), qint64(26));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_movement WHERE kind = 'adjustment' AND ref_type = 'count' AND ref_id = ?"),
                      { *id }),
             qint64(2));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_movement WHERE kind = 'adjustment' AND reason = 'Sacchi rotti'")), qint64(1));
    QCOMPARE(counts.close(*id).error().code, QStringLiteral("stock.count_not_open"));
    QCOMPARE(counts.setCounted(count->lines.at(0).id, 1, QString()).error().code, QStringLiteral("stock.count_not_open"));
}

void TestKitsAndCounts::countNeedsEveryLineAndPrints()
{
    f->receive(f->pasta, 10000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    f->receive(f->milk, 24, QDate(2021, 1, 10), QDate(2021, 6, 1));
    CountService counts(f->database.db(), f->clock);
    auto id = counts.open(0, f->categoryId("pasta_riso"), QDate(2021, 3, 10), QString());
    QVERIFY(id.ok());
    auto count = counts.count(*id);
    QCOMPARE(count->lines.size(), 1);
    core::ReportRequest request;
    auto sheet = StockReports::countSheet(f->database.db(), *id, request);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->title, QStringLiteral("Stock count sheet"));
    QVERIFY(!sheet->primaryTable()->rows.at(0).at(6).isValid()); // blank counted column before counting
    QCOMPARE(counts.close(*id).error().code, QStringLiteral("stock.count_incomplete"));
    QVERIFY(counts.setCounted(count->lines.at(0).id, 10000, QString()).ok());
    QCOMPARE(*counts.close(*id), 0);
    auto after = StockReports::countSheet(f->database.db(), *id, request);
    QCOMPARE(after->title, QStringLiteral("Stock count result"));
    QCOMPARE(after->primaryTable()->rows.at(0).at(7).toDouble(), 0.0);
    QVERIFY(!core::ReportHtmlWriter().write(*after).isEmpty());
    QVERIFY(counts.open(0, 0, QDate(2021, 3, 20), QString()).error().code == QStringLiteral("stock.future_date"));
}

QTEST_GUILESS_MAIN(TestKitsAndCounts)
#include "tst_kitsandcounts.moc"
