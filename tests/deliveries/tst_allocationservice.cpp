// The allocation as the operations room runs it: pools from the waiting
// requests, what is promised, overrides, confirmation, carry-over and
// closing, deliveries planned from it, and the request's states.

#include "deliveriesfixture.h"

#include "deliveries/domain/allocationservice.h"
#include "deliveries/domain/deliveryreports.h"
#include "deliveries/domain/deliveryrepository.h"

#include <QTest>

using namespace deliveries;

class TestAllocationService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void planSharesWhatTheWarehouseHolds();
    void enoughForEveryone();
    void promisedGoodsAreNotSharedTwice();
    void populationWeighting();
    void overrides_data();
    void overrides();
    void confirmRecordsSharesAndOverrides();
    void unmetDemandCarriedOver();
    void unmetDemandClosed();
    void requestsAllocatedElsewhereAreRefused();
    void deliveriesFromTheAllocationAndTheRequestStates();
    void noWaitingRequests();
    void allocationSheet();

private:
    qint64 request(
        qint64 recipient, const QList<QPair<int, qint64>> &kgByCategory, const QDate &on = QDate(2021, 3, 12));
    DeliveriesFixture *f = nullptr;
};

void TestAllocationService::init()
{
    f = new DeliveriesFixture;
    QVERIFY(f->setUp());
    f->receive(f->pasta, 40000, QDate(2021, 3, 1), QDate(2022, 3, 1));
}

void TestAllocationService::cleanup()
{
    delete f;
    f = nullptr;
}

qint64 TestAllocationService::request(qint64 recipient, const QList<QPair<int, qint64>> &kgByCategory, const QDate &on)
{
    RequestDraft d;
    d.recipientId = recipient;
    d.requestedOn = on;
    for (const auto &[category, kg] : kgByCategory)
        d.lines.append({ 0, category, 0, kg * 1000, {}, false });
    auto id = RequestService(f->db(), f->clock).create(d);
    if (!id)
        qWarning() << id.error().code << id.error().args;
    return id ? *id : 0;
}

void TestAllocationService::planSharesWhatTheWarehouseHolds()
{
    request(f->rozzano, { { f->pastaCategory, 30 } });
    request(f->melzo, { { f->pastaCategory, 20 } });
    request(f->rsa, { { f->pastaCategory, 10 } });
    AllocationService service(f->db(), f->clock);
    AllocationSetup setup;
    setup.date = QDate(2021, 3, 15);
    auto plan = service.plan(setup);
    QVERIFY2(plan.ok(), qPrintable(plan.error().code));
    QCOMPARE(plan->requestIds.size(), 3);
    QCOMPARE(plan->pools.size(), 1);
    const AllocationPoolPlan &pool = plan->pools.at(0);
    QCOMPARE(pool.label, QStringLiteral("Pasta e riso"));
    QCOMPARE(pool.inStock, qint64(40));
    QCOMPARE(pool.reserved, qint64(0));
    QCOMPARE(pool.available, qint64(40));
    QCOMPARE(pool.requested, qint64(60));
    QVERIFY(pool.outcome.scarce);
    // By comune name: Lainate (RSA) 10, Melzo 20, Rozzano 30 -> 6.67, 13.33, 20.
    QCOMPARE(pool.lines.at(0).comuneName, QStringLiteral("Lainate"));
    QCOMPARE(pool.lines.at(0).allocated, qint64(7));
    QCOMPARE(pool.lines.at(1).allocated, qint64(13));
    QCOMPARE(pool.lines.at(2).allocated, qint64(20));
    QCOMPARE(pool.allocated(), qint64(40));
    QCOMPARE(pool.lines.at(0).share.reason, ShareReason::LargestRemainder);
}

void TestAllocationService::enoughForEveryone()
{
    request(f->rozzano, { { f->pastaCategory, 15 } });
    request(f->melzo, { { f->pastaCategory, 10 } });
    auto plan = AllocationService(f->db(), f->clock).plan({ QDate(2021, 3, 15) });
    QVERIFY(plan.ok());
    QVERIFY(!plan->pools.at(0).outcome.scarce);
    for (const AllocationLinePlan &l : plan->pools.at(0).lines) {
        QCOMPARE(l.allocated, l.requested);
        QCOMPARE(l.share.reason, ShareReason::Full);
    }
}

void TestAllocationService::promisedGoodsAreNotSharedTwice()
{
    // 12 kg already on a planned delivery: only 28 kg can be shared.
    QVERIFY(
        DeliveryService(f->db(), f->clock).save(f->draft(f->melzo, { f->categoryLine(f->pastaCategory, 12000) })).ok());
    request(f->rozzano, { { f->pastaCategory, 50 } });
    auto plan = AllocationService(f->db(), f->clock).plan({ QDate(2021, 3, 15) });
    QVERIFY(plan.ok());
    QCOMPARE(plan->pools.at(0).reserved, qint64(12));
    QCOMPARE(plan->pools.at(0).available, qint64(28));
    QCOMPARE(plan->pools.at(0).lines.at(0).allocated, qint64(28));
    // The operator may share less than that.
    AllocationSetup setup;
    setup.date = QDate(2021, 3, 15);
    setup.available.insert(plan->pools.at(0).key(), 20);
    QCOMPARE(AllocationService(f->db(), f->clock).plan(setup)->pools.at(0).lines.at(0).allocated, qint64(20));
}

void TestAllocationService::populationWeighting()
{
    // Rozzano ~42,000 residents, Melzo ~18,500: per resident, capped at the request.
    request(f->rozzano, { { f->pastaCategory, 30 } });
    request(f->melzo, { { f->pastaCategory, 30 } });
    AllocationSetup setup;
    setup.date = QDate(2021, 3, 15);
    setup.weighting = Weighting::Population;
    auto plan = AllocationService(f->db(), f->clock).plan(setup);
    QVERIFY(plan.ok());
    const AllocationPoolPlan &pool = plan->pools.at(0);
    const AllocationLinePlan &melzo = pool.lines.at(0), &rozzano = pool.lines.at(1);
    QCOMPARE(melzo.comuneName, QStringLiteral("Melzo"));
    QVERIFY(rozzano.population > 2 * melzo.population);
    QCOMPARE(rozzano.weight, rozzano.population);
    QCOMPARE(rozzano.allocated, qint64(28)); // 40 * 41991 / 60563 = 27.7
    QCOMPARE(melzo.allocated, qint64(12));
}

void TestAllocationService::overrides_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("code");
    QTest::newRow("less, with a reason") << qint64(10) << "Il COC ha già ricevuto pasta dal Banco" << QString();
    QTest::newRow("without a reason") << qint64(10) << ""
                                      << "deliveries.missing_reason";
    QTest::newRow("more than asked") << qint64(31) << "serve di più"
                                     << "deliveries.override_above_request";
    QTest::newRow("more than available") << qint64(30) << "urgente"
                                         << "deliveries.over_available";
    QTest::newRow("negative") << qint64(-1) << "x"
                              << "deliveries.override_negative";
    QTest::newRow("back to the method's share") << qint64(20) << "" << QString();
}

void TestAllocationService::overrides()
{
    QFETCH(qint64, units);
    QFETCH(QString, reason);
    QFETCH(QString, code);
    request(f->rozzano, { { f->pastaCategory, 30 } });
    request(f->melzo, { { f->pastaCategory, 30 } });
    auto plan = AllocationService(f->db(), f->clock).plan({ QDate(2021, 3, 15) });
    QVERIFY(plan.ok());
    AllocationPoolPlan &pool = plan->pools[0];
    QCOMPARE(pool.lines.at(1).comuneName, QStringLiteral("Rozzano"));
    QCOMPARE(pool.lines.at(1).allocated, qint64(20));
    auto s = AllocationService::override(pool, 1, units, reason);
    if (code.isEmpty()) {
        QVERIFY(s.ok());
        QCOMPARE(pool.lines.at(1).allocated, units);
        QCOMPARE(pool.lines.at(1).isOverridden(), units != 20);
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QCOMPARE(pool.lines.at(1).allocated, qint64(20));
    }
}

void TestAllocationService::confirmRecordsSharesAndOverrides()
{
    const qint64 r1 = request(f->rozzano, { { f->pastaCategory, 30 } });
    const qint64 r2 = request(f->melzo, { { f->pastaCategory, 30 } });
    AllocationService service(f->db(), f->clock);
    AllocationSetup setup;
    setup.date = QDate(2021, 3, 15);
    setup.unmet = UnmetPolicy::Close;
    auto plan = service.plan(setup);
    QVERIFY(AllocationService::override(plan->pools[0], 1, 15, QStringLiteral("Donazione locale al COC")).ok());
    auto id = service.confirm(*plan, QStringLiteral("Settimana 11"), QStringLiteral("Nessuna disponibilità"));
    QVERIFY2(id.ok(), qPrintable(id.error().code));
    QCOMPARE(f->count(QStringLiteral(
                          "SELECT count(*) FROM delivery_allocation_pool WHERE allocation_id = ? AND available = 40000 "
                          "AND requested = 60000 AND allocated = 35000"),
                 { *id }),
        1);
    QCOMPARE(f->count(QStringLiteral("SELECT allocated FROM delivery_allocation_line a JOIN delivery_request_line l ON "
                                     "l.id = a.request_line_id "
                                     "WHERE l.request_id = ?"),
                 { r1 }),
        15000);
    QCOMPARE(
        f->count(QStringLiteral(
            "SELECT count(*) FROM delivery_allocation_override WHERE from_quantity = 20000 AND to_quantity = 15000 "
            "AND reason = 'Donazione locale al COC' AND operator = 'test'")),
        1);
    for (qint64 r : { r1, r2 })
        QCOMPARE(RequestService(f->db(), f->clock).request(r)->status, RequestStatus::Allocated);
    // Closed: no new request for what was not given.
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_request")), 2);
}

void TestAllocationService::unmetDemandCarriedOver()
{
    const qint64 r1 = request(f->rozzano, { { f->pastaCategory, 30 }, { f->drinksCategory, 10 } });
    const qint64 r2 = request(f->melzo, { { f->drinksCategory, 5 } });
    AllocationService service(f->db(), f->clock);
    AllocationSetup setup;
    setup.date = QDate(2021, 3, 15);
    setup.unmet = UnmetPolicy::CarryOver;
    auto plan = service.plan(setup); // no drinks in stock: 0 of 15 kg
    QVERIFY(plan.ok());
    QCOMPARE(plan->pools.size(), 2);
    QVERIFY(service.confirm(*plan, {}, QStringLiteral("x")).ok());
    RequestService requests(f->db(), f->clock);
    QCOMPARE(requests.request(r1)->status, RequestStatus::Allocated); // got its pasta
    QCOMPARE(requests.request(r2)->status, RequestStatus::Received); // got nothing: keeps waiting
    auto rest = core::queryValue(
        f->db(), QStringLiteral("SELECT id FROM delivery_request WHERE carried_from_id = ?"), { r1 });
    QVERIFY(rest.ok() && rest->isValid());
    auto carried = requests.request(rest->toLongLong());
    QCOMPARE(carried->source, QStringLiteral("carry_over"));
    QCOMPARE(carried->status, RequestStatus::Received);
    QCOMPARE(carried->requestedOn, QDate(2021, 3, 12)); // keeps its place in the queue
    QCOMPARE(carried->lines.size(), 1);
    QCOMPARE(carried->lines.at(0).categoryId, f->drinksCategory);
    QCOMPARE(carried->lines.at(0).quantity, qint64(10000));
    // The next allocation sees both.
    auto waiting = service.waitingRequests(QDate(2021, 3, 16));
    QCOMPARE(waiting->size(), 2);
}

void TestAllocationService::unmetDemandClosed()
{
    const qint64 r = request(f->melzo, { { f->drinksCategory, 5 } });
    AllocationService service(f->db(), f->clock);
    AllocationSetup setup;
    setup.date = QDate(2021, 3, 15);
    setup.unmet = UnmetPolicy::Close;
    QVERIFY(service.confirm(*service.plan(setup), {}, QStringLiteral("Nessuna disponibilità nella ripartizione")).ok());
    auto closed = RequestService(f->db(), f->clock).request(r);
    QCOMPARE(closed->status, RequestStatus::Cancelled);
    QCOMPARE(closed->cancelReason, QStringLiteral("Nessuna disponibilità nella ripartizione"));
}

void TestAllocationService::requestsAllocatedElsewhereAreRefused()
{
    const qint64 r = request(f->rozzano, { { f->pastaCategory, 10 } });
    AllocationService service(f->db(), f->clock);
    auto plan = service.plan({ QDate(2021, 3, 15) });
    QVERIFY(RequestService(f->db(), f->clock).cancel(r, QStringLiteral("Richiesta doppia")).ok());
    auto id = service.confirm(*plan, {}, QStringLiteral("x"));
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, QStringLiteral("deliveries.request_not_waiting"));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_allocation")), 0);
}

void TestAllocationService::deliveriesFromTheAllocationAndTheRequestStates()
{
    const qint64 r1 = request(f->rozzano, { { f->pastaCategory, 30 } });
    const qint64 r2 = request(f->melzo, { { f->pastaCategory, 30 } });
    AllocationService service(f->db(), f->clock);
    const qint64 allocation = service.confirm(*service.plan({ QDate(2021, 3, 15) }), {}, QStringLiteral("x")).value();
    DeliveryDefaults defaults;
    defaults.date = QDate(2021, 3, 16);
    defaults.vehicle = QStringLiteral("Iveco Daily CCV-MI - FB 208 KT");
    auto ids = service.createDeliveries(allocation, defaults);
    QVERIFY2(ids.ok(), qPrintable(ids.error().code));
    QCOMPARE(ids->size(), 2);
    QCOMPARE(service.createDeliveries(allocation, defaults)->size(), 0); // once only
    RequestService requests(f->db(), f->clock);
    QCOMPARE(requests.request(r1)->status, RequestStatus::Scheduled);
    auto d = DeliveryRepository(f->db()).delivery(ids->at(0));
    QCOMPARE(d->origin, DeliveryOrigin::Allocation);
    QCOMPARE(d->allocationId, allocation);
    QCOMPARE(d->requestId, r1);
    QCOMPARE(d->date, QDate(2021, 3, 16));
    QCOMPARE(d->vehicle, defaults.vehicle);
    QCOMPARE(d->lines.size(), 1);
    QCOMPARE(d->lines.at(0).quantity, qint64(20000)); // its share
    QVERIFY(d->lines.at(0).requestLineId > 0);
    // Delivered: the request too. Returned: allocated again, to be planned anew.
    f->clock.set(QDateTime(QDate(2021, 3, 16), QTime(11, 0)));
    DeliveryService deliveries(f->db(), f->clock);
    QVERIFY(deliveries.deliver(ids->at(0), QStringLiteral("R. Bassi")).ok());
    QCOMPARE(requests.request(r1)->status, RequestStatus::Delivered);
    QVERIFY(deliveries.returnDelivery(ids->at(0), {}, QStringLiteral("Merce danneggiata")).ok());
    QCOMPARE(requests.request(r1)->status, RequestStatus::Allocated);
    QVERIFY(deliveries.cancel(ids->at(1), QStringLiteral("Giro annullato")).ok());
    QCOMPARE(requests.request(r2)->status, RequestStatus::Allocated);
    QCOMPARE(service.createDeliveries(allocation, defaults)->size(), 2); // both to plan again
    // A request with deliveries on the road cannot be cancelled.
    QCOMPARE(
        requests.cancel(r1, QStringLiteral("x")).error().code, QStringLiteral("deliveries.request_has_deliveries"));
}

void TestAllocationService::noWaitingRequests()
{
    auto plan = AllocationService(f->db(), f->clock).plan({ QDate(2021, 3, 15) });
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, QStringLiteral("deliveries.no_waiting_requests"));
}

void TestAllocationService::allocationSheet()
{
    request(f->rozzano, { { f->pastaCategory, 30 } });
    request(f->melzo, { { f->pastaCategory, 30 } });
    AllocationService service(f->db(), f->clock);
    auto plan = service.plan({ QDate(2021, 3, 15) });
    QVERIFY(AllocationService::override(plan->pools[0], 0, 15, QStringLiteral("Consegna parziale concordata")).ok());
    const qint64 id = service.confirm(*plan, QStringLiteral("Settimana 11"), QStringLiteral("x")).value();
    core::ReportRequest request;
    request.now = QDateTime(QDate(2021, 3, 15), QTime(12, 0));
    auto doc = DeliveryReports::allocationSheet(f->db(), id, request);
    QVERIFY(doc.ok());
    const core::ReportTable *table = doc->primaryTable();
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).at(1).toString(), QStringLiteral("Melzo"));
    QCOMPARE(table->rows.at(0).at(4).toDouble(), 30.0); // asked
    QCOMPARE(table->rows.at(0).at(6).toDouble(), 15.0); // given
    QVERIFY(table->rows.at(0).at(8).toString().contains(QStringLiteral("Consegna parziale concordata")));
    QCOMPARE(table->rows.at(1).at(7).toDouble(), 20.0 / 30.0);
}

QTEST_GUILESS_MAIN(TestAllocationService)
#include "tst_allocationservice.moc"
