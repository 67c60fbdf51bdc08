// Deliveries: the state machine, stock issued on loading (lots recorded)
// and brought back on a return, refusals, numbering, past records, and the
// delivery note's content.

#include "deliveriesfixture.h"

#include "core/db/transaction.h"
#include "core/reporting/reportrenderer.h"
#include "deliveries/domain/deliverynotes.h"
#include "deliveries/domain/deliveryrepository.h"

#include <QTest>

using namespace deliveries;

class TestDeliveryService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void badDraftsAreRefused_data();
    void badDraftsAreRefused();
    void savedDeliveryIsPlannedAndNumbered();
    void loadingIssuesFirstExpiredFirstAndRecordsTheLots();
    void categoryLineTakesWholePiecesThenGoodsByWeight();
    void categoryLineWithOnlyPiecesTakesOneMore();
    void shortStockIsRefusedNamingTheGoods();
    void stateMachine_data();
    void stateMachine();
    void deliveredCannotBeEditedEvenBySql();
    void returnBringsTheGoodsBackIntoTheirLots();
    void returnFromTheRoad();
    void returnNeedsAReasonAndADateAfterTheIssue();
    void pastRecordsTouchNoStockAndCannotBeReturned();
    void deliveryNoteCarriesWhatTheLawAsks();
    void deliveryNoteNamesEachLotOnce();
    void dayNotesOnePagePerDelivery();

private:
    qint64 planned(const QList<DeliveryLine> &lines, qint64 recipient = 0);
    DeliveriesFixture *f = nullptr;
};

void TestDeliveryService::init()
{
    f = new DeliveriesFixture;
    QVERIFY(f->setUp());
}

void TestDeliveryService::cleanup()
{
    delete f;
    f = nullptr;
}

qint64 TestDeliveryService::planned(const QList<DeliveryLine> &lines, qint64 recipient)
{
    auto id = DeliveryService(f->db(), f->clock).save(f->draft(recipient ? recipient : f->rozzano, lines));
    if (!id)
        qWarning() << id.error().code << id.error().args;
    return id ? *id : 0;
}

void TestDeliveryService::badDraftsAreRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("code");
    QTest::newRow("no lines") << "no lines"
                              << "deliveries.no_lines";
    QTest::newRow("zero quantity") << "zero"
                                   << "deliveries.bad_quantity";
    QTest::newRow("negative packages") << "packages"
                                       << "deliveries.bad_packages";
    QTest::newRow("unknown recipient") << "recipient"
                                       << "deliveries.unknown_recipient";
    QTest::newRow("recipient no longer in use") << "inactive"
                                                << "deliveries.inactive_recipient";
    QTest::newRow("unknown item") << "item"
                                  << "deliveries.unknown_item";
    QTest::newRow("unknown category") << "category"
                                      << "deliveries.unknown_category";
    QTest::newRow("no date") << "date"
                             << "deliveries.bad_date";
}

void TestDeliveryService::badDraftsAreRefused()
{
    QFETCH(QString, what);
    QFETCH(QString, code);
    DeliveryDraft d = f->draft(f->rozzano, { f->itemLine(f->pasta, 1000) });
    if (what == QLatin1String("no lines"))
        d.lines.clear();
    else if (what == QLatin1String("zero"))
        d.lines[0].quantity = 0;
    else if (what == QLatin1String("packages"))
        d.lines[0].packages = -1;
    else if (what == QLatin1String("recipient"))
        d.recipientId = 424242;
    else if (what == QLatin1String("inactive")) {
        RecipientRepository repository(f->db());
        Recipient r = repository.recipient(f->rsa).value();
        r.active = false;
        QVERIFY(repository.save(r).ok());
        d.recipientId = f->rsa;
    } else if (what == QLatin1String("item"))
        d.lines[0].itemId = 424242;
    else if (what == QLatin1String("category"))
        d.lines = { f->categoryLine(9999, 1000) };
    else if (what == QLatin1String("date"))
        d.date = QDate();
    const qint64 before = f->count(QStringLiteral("SELECT count(*) FROM delivery"));
    auto id = DeliveryService(f->db(), f->clock).save(d);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, code);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery")), before);
}

void TestDeliveryService::savedDeliveryIsPlannedAndNumbered()
{
    const qint64 first = planned({ f->itemLine(f->water, 30) });
    const qint64 second = planned({ f->categoryLine(f->pastaCategory, 12000) });
    auto d = DeliveryRepository(f->db()).delivery(first);
    QVERIFY(d.ok());
    QCOMPARE(d->number, QStringLiteral("2021/0001"));
    QCOMPARE(DeliveryRepository(f->db()).delivery(second)->number, QStringLiteral("2021/0002"));
    QCOMPARE(d->status, DeliveryStatus::Planned);
    QCOMPARE(d->recipient.name, QStringLiteral("COC di Rozzano"));
    QCOMPARE(d->comuneId, f->comuneId(QStringLiteral("Rozzano")));
    QCOMPARE(d->lines.size(), 1);
    QCOMPARE(d->lines.at(0).grams, core::Grams(45000)); // 30 bottles of 1.5 kg planned
    QCOMPARE(d->lines.at(0).packages, 5); // 30 bottles, 6 a package
    QCOMPARE(d->events.size(), 1);
    QCOMPARE(d->events.at(0).event, QStringLiteral("planned"));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_movement WHERE ref_type = 'delivery'")),
        0); // nothing issued yet
    // Editing a planned delivery replaces its lines.
    DeliveryDraft edit = f->draft(f->melzo, { f->itemLine(f->pasta, 5000), f->itemLine(f->water, 12) });
    edit.id = first;
    QVERIFY(DeliveryService(f->db(), f->clock).save(edit).ok());
    auto edited = DeliveryRepository(f->db()).delivery(first);
    QCOMPARE(edited->recipientId, f->melzo);
    QCOMPARE(edited->lines.size(), 2);
    QCOMPARE(edited->number, QStringLiteral("2021/0001"));
    QCOMPARE(edited->events.constLast().event, QStringLiteral("edited"));
}

void TestDeliveryService::loadingIssuesFirstExpiredFirstAndRecordsTheLots()
{
    const qint64 later = f->receive(f->pasta, 20000, QDate(2021, 3, 1), QDate(2022, 6, 30), QStringLiteral("LATER"));
    const qint64 sooner = f->receive(f->pasta, 10000, QDate(2021, 3, 2), QDate(2021, 12, 31), QStringLiteral("SOONER"));
    const qint64 id = planned({ f->itemLine(f->pasta, 15000) });
    QVERIFY(DeliveryService(f->db(), f->clock).load(id).ok());
    auto d = DeliveryRepository(f->db()).delivery(id);
    QCOMPARE(d->status, DeliveryStatus::Loaded);
    QCOMPARE(d->issuedOn, QDate(2021, 3, 15));
    QCOMPARE(d->lines.at(0).lots.size(), 2);
    QCOMPARE(d->lines.at(0).lots.at(0).lotId, sooner); // expires first: taken first
    QCOMPARE(d->lines.at(0).lots.at(0).quantity, qint64(10000));
    QCOMPARE(d->lines.at(0).lots.at(1).lotId, later);
    QCOMPARE(d->lines.at(0).lots.at(1).quantity, qint64(5000));
    QCOMPARE(d->lines.at(0).grams, core::Grams(15000));
    QCOMPARE(f->stockOf(f->pasta), qint64(15000));
    // The ledger carries the delivery and its line.
    QCOMPARE(
        f->count(
            QStringLiteral(
                "SELECT count(*) FROM stock_movement WHERE kind = 'issue' AND ref_type = 'delivery' AND ref_id = ? "
                "AND ref_line = ?"),
            { id, d->lines.at(0).id }),
        2);
    QCOMPARE(f->count(QStringLiteral(
                          "SELECT count(*) FROM delivery_line_lot x JOIN stock_movement m ON m.id = x.movement_id "
                          "WHERE x.delivery_id = ? AND m.lot_id = x.lot_id AND -m.quantity = x.quantity"),
                 { id }),
        2);
    QCOMPARE(d->events.constLast().event, QStringLiteral("loaded"));
}

void TestDeliveryService::categoryLineTakesWholePiecesThenGoodsByWeight()
{
    f->receive(f->water, 60, QDate(2021, 3, 1), QDate(2021, 9, 30)); // expires first: taken first
    f->receive(f->drinks, 50000, QDate(2021, 3, 1), QDate(2022, 1, 31));
    const qint64 id = planned({ f->categoryLine(f->drinksCategory, 10000) });
    QVERIFY(DeliveryService(f->db(), f->clock).load(id).ok());
    auto d = DeliveryRepository(f->db()).delivery(id);
    const DeliveryLine &line = d->lines.at(0);
    QCOMPARE(line.grams, core::Grams(10000)); // exactly what was asked
    QCOMPARE(line.pieces, qint64(6)); // 6 bottles = 9 kg ...
    QCOMPARE(line.lots.size(), 2); // ... and 1 kg of drinks by weight
    QCOMPARE(line.lots.at(0).itemId, f->water);
    QCOMPARE(line.lots.at(1).quantity, qint64(1000));
    QCOMPARE(line.packages, 1); // 6 bottles: one package
}

void TestDeliveryService::categoryLineWithOnlyPiecesTakesOneMore()
{
    f->receive(f->water, 60, QDate(2021, 3, 1), QDate(2021, 9, 30));
    const qint64 id = planned({ f->categoryLine(f->drinksCategory, 10000) });
    QVERIFY(DeliveryService(f->db(), f->clock).load(id).ok());
    auto d = DeliveryRepository(f->db()).delivery(id);
    QCOMPARE(d->lines.at(0).pieces, qint64(7)); // 6 bottles leave 1 kg: one more bottle
    QCOMPARE(d->lines.at(0).grams, core::Grams(10500));
}

void TestDeliveryService::shortStockIsRefusedNamingTheGoods()
{
    f->receive(f->pasta, 50000, QDate(2021, 3, 1), QDate(2022, 3, 1));
    f->receive(f->water, 10, QDate(2021, 3, 1), QDate(2022, 3, 1));
    const qint64 id = planned({ f->itemLine(f->water, 5), f->itemLine(f->pasta, 80000) });
    const qint64 movements = f->count(QStringLiteral("SELECT count(*) FROM stock_movement"));
    auto s = DeliveryService(f->db(), f->clock).load(id);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("stock.insufficient"));
    QCOMPARE(s.error().args.value(0), QStringLiteral("Pasta di semola"));
    QCOMPARE(s.error().args.value(4), QStringLiteral("30000")); // 30 kg missing
    // Nothing left the warehouse, not even the water of the first line.
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_movement")), movements);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_line_lot")), 0);
    QCOMPARE(f->status(id), QStringLiteral("planned"));
    // Signing it (which loads first) is refused the same way.
    QCOMPARE(DeliveryService(f->db(), f->clock).deliver(id, QStringLiteral("R. Bassi")).error().code,
        QStringLiteral("stock.insufficient"));
    QCOMPARE(f->status(id), QStringLiteral("planned"));
}

void TestDeliveryService::stateMachine_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code"); // empty: allowed
    QTest::addColumn<QString>("to");
    const QStringList states { "planned", "loaded", "delivered", "returned", "cancelled" };
    struct Rule {
        const char *from, *action, *code, *to;
    };
    const QList<Rule> rules = {
        { "planned", "edit", "", "planned" },
        { "planned", "load", "", "loaded" },
        { "planned", "deliver", "", "delivered" },
        { "planned", "return", "deliveries.not_returnable", "planned" },
        { "planned", "cancel", "", "cancelled" },
        { "loaded", "edit", "deliveries.not_editable", "loaded" },
        { "loaded", "load", "deliveries.not_planned", "loaded" },
        { "loaded", "deliver", "", "delivered" },
        { "loaded", "return", "", "returned" },
        { "loaded", "cancel", "deliveries.not_planned", "loaded" },
        { "delivered", "edit", "deliveries.not_editable", "delivered" },
        { "delivered", "load", "deliveries.not_planned", "delivered" },
        { "delivered", "deliver", "deliveries.not_loaded", "delivered" },
        { "delivered", "return", "", "returned" },
        { "delivered", "cancel", "deliveries.not_planned", "delivered" },
        { "returned", "edit", "deliveries.not_editable", "returned" },
        { "returned", "deliver", "deliveries.not_loaded", "returned" },
        { "returned", "return", "deliveries.not_returnable", "returned" },
        { "cancelled", "edit", "deliveries.not_editable", "cancelled" },
        { "cancelled", "load", "deliveries.not_planned", "cancelled" },
        { "cancelled", "deliver", "deliveries.not_loaded", "cancelled" },
        { "cancelled", "cancel", "deliveries.not_planned", "cancelled" },
    };
    for (const Rule &r : rules)
        QTest::addRow("%s, %s", r.from, r.action) << QString::fromLatin1(r.from) << QString::fromLatin1(r.action)
                                                  << QString::fromLatin1(r.code) << QString::fromLatin1(r.to);
}

void TestDeliveryService::stateMachine()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(QString, code);
    QFETCH(QString, to);
    f->receive(f->pasta, 50000, QDate(2021, 3, 1), QDate(2022, 3, 1));
    DeliveryService service(f->db(), f->clock);
    const qint64 id = planned({ f->itemLine(f->pasta, 10000) });
    // Bring it to the starting state.
    if (from == QLatin1String("loaded") || from == QLatin1String("delivered") || from == QLatin1String("returned"))
        QVERIFY(service.load(id).ok());
    if (from == QLatin1String("delivered") || from == QLatin1String("returned"))
        QVERIFY(service.deliver(id, QStringLiteral("R. Bassi")).ok());
    if (from == QLatin1String("returned"))
        QVERIFY(service.returnDelivery(id, {}, QStringLiteral("Merce rifiutata")).ok());
    if (from == QLatin1String("cancelled"))
        QVERIFY(service.cancel(id, QStringLiteral("Giro annullato")).ok());
    QCOMPARE(f->status(id), from);
    const qint64 stockBefore = f->stockOf(f->pasta);

    core::Status result;
    if (action == QLatin1String("edit")) {
        DeliveryDraft d = f->draft(f->rozzano, { f->itemLine(f->pasta, 2000) });
        d.id = id;
        auto saved = service.save(d);
        result = saved ? core::Status() : core::Status(saved.error());
    } else if (action == QLatin1String("load")) {
        result = service.load(id);
    } else if (action == QLatin1String("deliver")) {
        result = service.deliver(id, QStringLiteral("M. Cattaneo"));
    } else if (action == QLatin1String("return")) {
        result = service.returnDelivery(id, {}, QStringLiteral("COC chiuso"));
    } else {
        result = service.cancel(id, QStringLiteral("Non serve più"));
    }
    if (code.isEmpty())
        QVERIFY2(result.ok(), qPrintable(result.error().code));
    else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(f->stockOf(f->pasta), stockBefore); // a refused action changes nothing
    }
    QCOMPARE(f->status(id), to);
    // The stock follows the state: out while loaded or delivered.
    const bool out = to == QLatin1String("loaded") || to == QLatin1String("delivered");
    QCOMPARE(f->stockOf(f->pasta), qint64(out ? 40000 : 50000));
}

void TestDeliveryService::deliveredCannotBeEditedEvenBySql()
{
    f->receive(f->pasta, 50000, QDate(2021, 3, 1), QDate(2022, 3, 1));
    DeliveryService service(f->db(), f->clock);
    const qint64 id = planned({ f->itemLine(f->pasta, 10000) });
    QVERIFY(service.deliver(id, QStringLiteral("R. Bassi"), QDateTime(QDate(2021, 3, 15), QTime(10, 40))).ok());
    auto d = DeliveryRepository(f->db()).delivery(id);
    QCOMPARE(d->signedBy, QStringLiteral("R. Bassi"));
    QCOMPARE(d->deliveredAt, QDateTime(QDate(2021, 3, 15), QTime(10, 40)));
    // The schema refuses it too, as a last line of defence.
    QVERIFY(
        !core::runQuery(f->db(), QStringLiteral("UPDATE delivery SET vehicle = 'altro' WHERE id = ?"), { id }).ok());
    QVERIFY(
        !core::runQuery(f->db(), QStringLiteral("UPDATE delivery_line SET quantity = 1 WHERE delivery_id = ?"), { id })
             .ok());
    QVERIFY(!core::runQuery(f->db(), QStringLiteral("DELETE FROM delivery WHERE id = ?"), { id }).ok());
    QVERIFY(
        !core::runQuery(f->db(), QStringLiteral("DELETE FROM delivery_line_lot WHERE delivery_id = ?"), { id }).ok());
    QCOMPARE(f->count(QStringLiteral("SELECT vehicle = 'altro' FROM delivery WHERE id = ?"), { id }), 0);
    // A signature needs a name.
    const qint64 other = planned({ f->itemLine(f->pasta, 1000) });
    QCOMPARE(service.deliver(other, QStringLiteral("  ")).error().code, QStringLiteral("deliveries.missing_signature"));
}

void TestDeliveryService::returnBringsTheGoodsBackIntoTheirLots()
{
    const qint64 a = f->receive(f->pasta, 10000, QDate(2021, 3, 1), QDate(2021, 12, 31));
    const qint64 b = f->receive(f->pasta, 20000, QDate(2021, 3, 1), QDate(2022, 6, 30));
    DeliveryService service(f->db(), f->clock);
    const qint64 id = planned({ f->itemLine(f->pasta, 15000) });
    QVERIFY(service.deliver(id, QStringLiteral("R. Bassi")).ok());
    QCOMPARE(f->stockOf(f->pasta), qint64(15000));
    f->clock.set(QDateTime(QDate(2021, 3, 17), QTime(9, 0)));
    QVERIFY(service.returnDelivery(id, QDate(2021, 3, 17), QStringLiteral("Merce rifiutata dal COC")).ok());
    QCOMPARE(f->stockOf(f->pasta), qint64(30000));
    auto balance = [&](qint64 lot) {
        return f->count(QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE lot_id = ?"), { lot });
    };
    QCOMPARE(balance(a), qint64(10000)); // back into the lots they left
    QCOMPARE(balance(b), qint64(20000));
    QCOMPARE(
        f->count(
            QStringLiteral(
                "SELECT count(*) FROM stock_movement WHERE kind = 'return' AND ref_type = 'delivery' AND ref_id = ? "
                "AND moved_on = '2021-03-17' AND reason = 'Merce rifiutata dal COC'"),
            { id }),
        2);
    auto d = DeliveryRepository(f->db()).delivery(id);
    QCOMPARE(d->status, DeliveryStatus::Returned);
    QCOMPARE(d->returnedOn, QDate(2021, 3, 17));
    QCOMPARE(d->statusReason, QStringLiteral("Merce rifiutata dal COC"));
    int returned = 0;
    for (const LineLot &lot : d->lines.at(0).lots)
        returned += lot.isReturn ? int(lot.quantity) : 0;
    QCOMPARE(returned, 15000);
    QCOMPARE(d->events.constLast().event, QStringLiteral("returned"));
    QCOMPARE(service.returnDelivery(id, {}, QStringLiteral("di nuovo")).error().code,
        QStringLiteral("deliveries.not_returnable"));
}

void TestDeliveryService::returnFromTheRoad()
{
    f->receive(f->water, 60, QDate(2021, 3, 1), QDate(2021, 9, 30));
    DeliveryService service(f->db(), f->clock);
    const qint64 id = planned({ f->itemLine(f->water, 24) });
    QVERIFY(service.load(id).ok());
    QCOMPARE(f->stockOf(f->water), qint64(36));
    QVERIFY(service.returnDelivery(id, {}, QStringLiteral("COC chiuso all'arrivo")).ok());
    QCOMPARE(f->stockOf(f->water), qint64(60));
}

void TestDeliveryService::returnNeedsAReasonAndADateAfterTheIssue()
{
    f->receive(f->pasta, 50000, QDate(2021, 3, 1), QDate(2022, 3, 1));
    DeliveryService service(f->db(), f->clock);
    const qint64 id = planned({ f->itemLine(f->pasta, 1000) });
    QVERIFY(service.load(id).ok());
    QCOMPARE(service.returnDelivery(id, {}, QString()).error().code, QStringLiteral("deliveries.missing_reason"));
    QCOMPARE(service.returnDelivery(id, QDate(2021, 3, 10), QStringLiteral("x")).error().code,
        QStringLiteral("deliveries.return_before_issue"));
    QCOMPARE(service.cancel(planned({ f->itemLine(f->pasta, 1000) }), QString()).error().code,
        QStringLiteral("deliveries.missing_reason"));
}

void TestDeliveryService::pastRecordsTouchNoStockAndCannotBeReturned()
{
    core::Transaction tx(f->db());
    DeliveryDraft d = f->draft(f->melzo, {});
    d.origin = DeliveryOrigin::Import;
    d.date = QDate(2020, 4, 20);
    DeliveryLine food;
    food.categoryId = f->pastaCategory;
    food.grams = 120500;
    d.lines.append(food);
    DeliveryService service(f->db(), f->clock);
    auto id = service.recordPast(d, QStringLiteral("Protezione civile Melzo"));
    QVERIFY2(id.ok(), qPrintable(id.error().code));
    d.number = QStringLiteral("DDT 15/2020");
    auto numbered = service.recordPast(d, {});
    QVERIFY(numbered.ok());
    QCOMPARE(service.recordPast(d, {}).error().code, QStringLiteral("deliveries.duplicate_number"));
    QVERIFY(tx.commit().ok());
    auto past = DeliveryRepository(f->db()).delivery(*id);
    QCOMPARE(past->number, QStringLiteral("2020/S-0001"));
    QCOMPARE(past->status, DeliveryStatus::Delivered);
    QCOMPARE(past->origin, DeliveryOrigin::Import);
    QCOMPARE(past->lines.at(0).grams, core::Grams(120500));
    QCOMPARE(DeliveryRepository(f->db()).delivery(*numbered)->number, QStringLiteral("DDT 15/2020"));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_movement")), 0);
    QCOMPARE(service.returnDelivery(*id, {}, QStringLiteral("x")).error().code,
        QStringLiteral("deliveries.history_no_return"));
}

void TestDeliveryService::deliveryNoteCarriesWhatTheLawAsks()
{
    f->receive(f->water, 60, QDate(2021, 3, 1), QDate(2021, 9, 30), QStringLiteral("L21060A"));
    f->receive(f->drinks, 50000, QDate(2021, 3, 1), QDate(2022, 1, 31), QStringLiteral("L21060B"));
    f->receive(f->masks, 1000, QDate(2021, 3, 1), QDate(2024, 1, 31), QStringLiteral("FFP-9"));
    DeliveryService service(f->db(), f->clock);
    DeliveryDraft draft = f->draft(f->rsa, { f->categoryLine(f->drinksCategory, 10000), f->itemLine(f->masks, 200) });
    draft.reason = TransportReason::Donation;
    draft.notes = QStringLiteral("Consegna al portone principale");
    const qint64 id = service.save(draft).value();
    QVERIFY(service.deliver(id, QStringLiteral("Anna Verdi"), QDateTime(QDate(2021, 3, 15), QTime(11, 5))).ok());
    auto d = DeliveryRepository(f->db()).delivery(id);
    core::ReportRequest request;
    request.operatorName = QStringLiteral("Mario Rossi");
    request.now = QDateTime(QDate(2021, 3, 15), QTime(12, 0));
    const core::ReportDocument doc = DeliveryNotes::note(*d, request);
    QString html;
    for (const core::ReportBlock &b : doc.blocks)
        html += b.text + QLatin1Char('\n');
    QString pairs;
    for (const core::ReportBlock &b : doc.blocks)
        for (const auto &p : b.pairs)
            pairs += p.first + QStringLiteral(": ") + p.second + QLatin1Char('\n');
    QVERIFY(html.contains(QStringLiteral("2021/0001"))); // number
    QVERIFY(html.contains(QStringLiteral("15/03/2021"))); // date
    QVERIFY(html.contains(QStringLiteral("CCV-MI"))); // sender
    QVERIFY(html.contains(QStringLiteral("Idroscalo")));
    QVERIFY(html.contains(QStringLiteral("RSA Il Glicine"))); // recipient, address, comune
    QVERIFY(html.contains(QStringLiteral("Via Garbagnate 15")));
    QVERIFY(html.contains(QStringLiteral("Lainate")));
    QVERIFY(pairs.contains(QStringLiteral("Reason for transport: Donation")));
    QVERIFY(pairs.contains(QStringLiteral("Start of transport: 15/03/2021 at 09:30")));
    QVERIFY(pairs.contains(QStringLiteral("Marco Brambilla"))); // who transports
    QVERIFY(pairs.contains(QStringLiteral("EX 412 PL"))); // with what
    QVERIFY(pairs.contains(QStringLiteral("Gross weight: 10.0 kg")));
    const core::ReportTable *goods = doc.primaryTable();
    QVERIFY(goods);
    QCOMPARE(goods->rows.size(), 2);
    QVERIFY(goods->rows.at(0).at(1).toString().contains(QStringLiteral("L21060A"))); // lots for traceability
    QVERIFY(goods->rows.at(0).at(1).toString().contains(QStringLiteral("L21060B")));
    QCOMPARE(goods->rows.at(0).at(2).toLongLong(), qint64(6)); // pieces
    QCOMPARE(goods->rows.at(0).at(4).toLongLong(), qint64(10000)); // weight
    QCOMPARE(goods->rows.at(1).at(3).toInt(), 10); // 200 masks, 20 a package
    QCOMPARE(goods->rows.at(1).at(4).toString(), QStringLiteral("—")); // weight unknown
    QCOMPARE(goods->totals.at(3).toInt(), 11);
    int signatures = 0;
    for (const core::ReportBlock &b : doc.blocks)
        if (b.type == core::ReportBlock::Type::Signatures)
            signatures += int(b.labels.size());
    QCOMPARE(signatures, 3); // sender, driver, recipient
    QVERIFY(html.contains(QStringLiteral("Anna Verdi")));
    QVERIFY(html.contains(QStringLiteral("Consegna al portone principale")));
    const QList<QImage> pages = core::ReportRenderer(doc).renderPages(60);
    QCOMPARE(pages.size(), 1);
    if (qEnvironmentVariableIsSet("CISIAMO_SCREENSHOTS"))
        pages.at(0).save(qEnvironmentVariable("CISIAMO_SCREENSHOTS") + QStringLiteral("/ddt.png"));
}

void TestDeliveryService::deliveryNoteNamesEachLotOnce()
{
    // 10 kg of drinks from 1.5 l bottles: 6 whole bottles, then one more for
    // the rest, both from the same lot: two movements, one lot on paper.
    f->receive(f->water, 60, QDate(2021, 3, 1), QDate(2021, 9, 30), QStringLiteral("L21060A"));
    DeliveryService service(f->db(), f->clock);
    const qint64 id = service.save(f->draft(f->rsa, { f->categoryLine(f->drinksCategory, 10000) })).value();
    QVERIFY(service.load(id).ok());
    auto d = DeliveryRepository(f->db()).delivery(id);
    QVERIFY(d.ok());
    QCOMPARE(d->lines.at(0).lots.size(), 2);
    core::ReportRequest request;
    request.now = QDateTime(QDate(2021, 3, 15), QTime(12, 0));
    // The document outlives the pointer into it (the temporary did not: ASan).
    const core::ReportDocument note = DeliveryNotes::note(*d, request);
    const core::ReportTable *goods = note.primaryTable();
    QVERIFY(goods);
    const QString description = goods->rows.at(0).at(1).toString();
    QCOMPARE(description.count(QStringLiteral("L21060A")), 1);
    QVERIFY2(description.contains(QStringLiteral("7 pcs")), qPrintable(description));
    QCOMPARE(goods->rows.at(0).at(4).toLongLong(), qint64(10500));
}

void TestDeliveryService::dayNotesOnePagePerDelivery()
{
    f->receive(f->pasta, 90000, QDate(2021, 3, 1), QDate(2022, 3, 1));
    DeliveryService service(f->db(), f->clock);
    const QList<qint64> recipients { f->rozzano, f->melzo, f->rsa };
    for (qint64 r : recipients)
        QVERIFY(service.save(f->draft(r, { f->itemLine(f->pasta, 5000) })).ok());
    const qint64 cancelled = service.save(f->draft(f->rozzano, { f->itemLine(f->pasta, 1000) })).value();
    QVERIFY(service.cancel(cancelled, QStringLiteral("doppione")).ok());
    QVERIFY(
        service.save(f->draft(f->rozzano, { f->itemLine(f->pasta, 1000) }, QDate(2021, 3, 16))).ok()); // another day
    core::ReportRequest request;
    request.at = QDate(2021, 3, 15);
    request.now = QDateTime(QDate(2021, 3, 15), QTime(12, 0));
    auto doc = DeliveryNotes::day(f->db(), request);
    QVERIFY(doc.ok());
    int breaks = 0;
    for (const core::ReportBlock &b : doc->blocks)
        breaks += b.type == core::ReportBlock::Type::SectionBreak ? 1 : 0;
    QCOMPARE(breaks, 2); // three notes, the cancelled one and tomorrow's left out
    QCOMPARE(core::ReportRenderer(*doc).renderPages(40).size(), 3);
    // Each note counts its own pages: "Pagina 1 di 1", not "Pagina 1 di 3".
    const core::ReportLayoutModel layout = core::ReportRenderer(*doc).layoutReport(40);
    QCOMPARE(layout.pages.size(), 3);
    for (int p = 0; p < 3; ++p) {
        QCOMPARE(layout.pages.at(p).section, p);
        QCOMPARE(layout.pages.at(p).number, 1);
        QCOMPARE(layout.pages.at(p).count, 1);
    }
}

QTEST_MAIN(TestDeliveryService)
#include "tst_deliveryservice.moc"
