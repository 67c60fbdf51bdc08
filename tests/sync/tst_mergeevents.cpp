// States from events (issue 15, item 3): two workstations do to the same
// delivery what each allows on its own, apart; after the exchange the
// delivery's state is what its events say, by the documented rule
// (deliveries/domain/deliverymerge.h), the goods never come back more
// than they left, the stock and every synchronised table are the same on
// both, and the case is on both workstations' review list.

#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/sync/conflictlog.h"
#include "core/sync/postimport.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/domain/requestservice.h"
#include "deliveries/domain/requeststatus.h"
#include "core/db/transaction.h"
#include "moduleregistry.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "support/testaccounts.h"
#include "support/workstationpair.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerlists.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/domain/volunteerrepository.h"

#include <QTest>

using testsupport::WorkstationPair;

namespace {

const QDate deliveryDay(2021, 3, 15);
constexpr qint64 received = 100000;
constexpr qint64 sent = 64000;

qint64 number(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

QString text(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toString() : QStringLiteral("(error)");
}

QString mergeError(const core::Error &e)
{
    return e.code + QLatin1Char(' ') + e.args.join(QLatin1Char(' '));
}

} // namespace

class TestMergeEvents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void deliveryStateFromEvents_data();
    void deliveryStateFromEvents();
    void requestStateFromDeliveries_data();
    void requestStateFromDeliveries();
    void flagKeysNameTheRule();
    void attestatiIssuedApart_data();
    void attestatiIssuedApart();

private:
    core::Status operate(const QSqlDatabase &db, const QString &operation, qint64 delivery, qint64 request = 0);
    QString prepare(const QSqlDatabase &a, bool withRequest, qint64 *itemId, qint64 *deliveryId, qint64 *requestId);

    WorkstationPair *m_pair = nullptr;
};

void TestMergeEvents::initTestCase()
{
    ::declareSyncTables(); // as at start: ledgers, and the modules' reconcilers
    QVERIFY(core::sync::PostImport::reconcilerNames().contains(QStringLiteral("deliveries")));
}

core::Status TestMergeEvents::operate(const QSqlDatabase &db, const QString &operation, qint64 delivery, qint64 request)
{
    if (operation == QLatin1String("cancel request"))
        return deliveries::RequestService(db, m_pair->clock()).cancel(request, QStringLiteral("Richiesta annullata dal COC"));
    if (operation == QLatin1String("receive")) {
        // A lot received here only, which expires first: this workstation's
        // load takes it (the other's takes the shared lot).
        stock::ReceiptDraft receipt;
        receipt.donorId = number(db, QStringLiteral("SELECT min(id) FROM stock_donor"));
        receipt.date = QDate(2021, 3, 2);
        receipt.lines.append({ number(db, QStringLiteral("SELECT id FROM stock_item WHERE code = 'PASTA'")),
            QStringLiteral("L21B"), QDate(2021, 12, 31), sent, 0 });
        auto recorded = stock::ReceiptService(db, m_pair->clock()).record(receipt);
        return recorded ? core::Status() : core::Status(recorded.error());
    }
    deliveries::DeliveryService service(db, m_pair->clock());
    if (operation == QLatin1String("load"))
        return service.load(delivery);
    if (operation == QLatin1String("deliver"))
        return service.deliver(delivery, QStringLiteral("Anna Verdi"), QDateTime(deliveryDay, QTime(11, 0)));
    if (operation == QLatin1String("cancel"))
        return service.cancel(delivery, QStringLiteral("Il COC non può ricevere"));
    if (operation == QLatin1String("return"))
        return service.returnDelivery(delivery, deliveryDay, QStringLiteral("Merce rifiutata dal COC"));
    return core::Error(QStringLiteral("test.unknown_operation"), { operation });
}

QString TestMergeEvents::prepare(const QSqlDatabase &a, bool withRequest, qint64 *itemId, qint64 *deliveryId, qint64 *requestId)
{
    // Workstation 1: the warehouse receives 100 kg of pasta and plans 64 kg
    // for Rho (for a request of Rho's, allocated, when asked).
    stock::StockCatalog catalog(a);
    stock::Item pasta;
    pasta.code = QStringLiteral("PASTA");
    pasta.name = QStringLiteral("Pasta di semola");
    pasta.categoryId = number(a, QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'"));
    pasta.unit = stock::Unit::Grams;
    auto savedItem = catalog.saveItem(pasta);
    if (!savedItem)
        return mergeError(savedItem.error());
    const qint64 item = *savedItem;
    stock::Donor donor;
    donor.name = QStringLiteral("Banco Alimentare della Lombardia");
    donor.kind = stock::DonorKind::Charity;
    stock::ReceiptDraft receipt;
    receipt.donorId = catalog.saveDonor(donor).value();
    receipt.date = QDate(2021, 3, 1);
    receipt.lines.append({ item, QStringLiteral("L21060A"), QDate(2022, 6, 30), received, 0 });
    auto recorded = stock::ReceiptService(a, m_pair->clock()).record(receipt);
    if (!recorded)
        return mergeError(recorded.error());
    deliveries::DeliveryDraft draft;
    draft.recipientId = deliveries::RecipientRepository(a)
                            .cocOf(int(number(a, QStringLiteral("SELECT id FROM comune WHERE name = 'Rho'"))))
                            .value();
    draft.date = deliveryDay;
    draft.lines = { deliveries::DeliveryLine {} };
    draft.lines[0].itemId = item;
    draft.lines[0].quantity = sent;
    if (withRequest) {
        deliveries::RequestDraft request;
        request.recipientId = draft.recipientId;
        request.requestedOn = QDate(2021, 3, 10);
        request.lines = { deliveries::RequestLine {} };
        request.lines[0].itemId = item;
        request.lines[0].quantity = sent;
        auto created = deliveries::RequestService(a, m_pair->clock()).create(request);
        if (!created)
            return mergeError(created.error());
        core::Transaction tx(a);
        auto allocated = deliveries::RequestStatusWriter(a).allocate(*created);
        if (!allocated)
            return mergeError(allocated.error());
        if (auto s = tx.commit(); !s)
            return mergeError(s.error());
        draft.requestId = *created;
        draft.lines[0].requestLineId = number(a, QStringLiteral("SELECT id FROM delivery_request_line WHERE request_id = ?"), { *created });
        *requestId = *created;
    }
    auto saved = deliveries::DeliveryService(a, m_pair->clock()).save(draft);
    if (!saved)
        return mergeError(saved.error());
    *itemId = item;
    *deliveryId = *saved;
    return QString();
}

void TestMergeEvents::deliveryStateFromEvents_data()
{
    QTest::addColumn<QStringList>("before"); // done on workstation 1 and exchanged
    QTest::addColumn<QString>("onFirst"); // then apart, on workstation 1
    QTest::addColumn<QString>("onSecond"); // and on workstation 2, a minute later
    QTest::addColumn<QString>("status"); // everywhere after the exchange
    QTest::addColumn<qint64>("stock"); // pasta in the warehouse
    QTest::addColumn<QString>("rule"); // the review flag, "" for none

    // Delivered wins: the goods left, the cancellation is set aside.
    QTest::newRow("delivered here, cancelled there later")
        << QStringList() << "deliver" << "cancel" << "delivered" << received - sent << "deliveries.delivered_wins";
    QTest::newRow("cancelled here, delivered there later")
        << QStringList() << "cancel" << "deliver" << "delivered" << received - sent << "deliveries.delivered_wins";
    QTest::newRow("loaded here, cancelled there later")
        << QStringList() << "load" << "cancel" << "loaded" << received - sent << "deliveries.delivered_wins";
    // A return counts once per delivery line.
    QTest::newRow("returned on both")
        << QStringList { "deliver" } << "return" << "return" << "returned" << received
        << "deliveries.return_counted_once";
    QTest::newRow("loaded, returned on both")
        << QStringList { "load" } << "return" << "return" << "returned" << received << "deliveries.return_counted_once";
    // Returned here, signed for there: the return stands (a delivered
    // delivery may be returned), nothing impossible.
    QTest::newRow("returned here, delivered there later")
        << QStringList { "load" } << "return" << "deliver" << "returned" << received << "";
    // A load counts once per delivery: the goods loaded on two workstations
    // apart left once; the later load's go back into the stock.
    QTest::newRow("loaded on both")
        << QStringList() << "load" << "load" << "loaded" << received - sent << "deliveries.load_counted_once";
    QTest::newRow("delivered on both")
        << QStringList() << "deliver" << "deliver" << "delivered" << received - sent << "deliveries.load_counted_once";
    QTest::newRow("loaded here, delivered there later")
        << QStringList() << "load" << "deliver" << "delivered" << received - sent << "deliveries.load_counted_once";
    // A load reversed on the workstation that also returned its goods
    // before the exchange: the return counts once (goods back never exceed
    // goods out), and the case is flagged.
    QTest::newRow("loaded here, loaded and returned there later")
        << QStringList() << "load" << "load+return" << "returned" << received << "deliveries.load_counted_once";
    QTest::newRow("loaded and returned here, loaded there later")
        << QStringList() << "load+return" << "load" << "returned" << received << "deliveries.load_counted_once";
    // The same with the two loads taken from different lots: the goods come
    // back into the lots they left, none holds more than it had.
    QTest::newRow("loaded here, loaded from its own lot and returned there later")
        << QStringList() << "load" << "receive+load+return" << "returned" << received + sent
        << "deliveries.load_counted_once";
    QTest::newRow("loaded from its own lot and returned here, loaded there later")
        << QStringList() << "receive+load+return" << "load" << "returned" << received + sent
        << "deliveries.load_counted_once";
    QTest::newRow("delivered and returned here, delivered there later")
        << QStringList() << "deliver+return" << "deliver" << "returned" << received << "deliveries.load_counted_once";
    // Nothing merged apart: left as it is.
    QTest::newRow("cancelled on both") << QStringList() << "cancel" << "cancel" << "cancelled" << received << "";
    QTest::newRow("delivered, nothing there")
        << QStringList() << "deliver" << "" << "delivered" << received - sent << "";
}

void TestMergeEvents::deliveryStateFromEvents()
{
    QFETCH(QStringList, before);
    QFETCH(QString, onFirst);
    QFETCH(QString, onSecond);
    QFETCH(QString, status);
    QFETCH(qint64, stock);
    QFETCH(QString, rule);

    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    m_pair = &pair;
    const QSqlDatabase a = pair.a(), b = pair.b();

    qint64 item = 0, delivery = 0;
    const QString prepared = prepare(a, false, &item, &delivery, nullptr);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    for (const QString &op : before) {
        pair.tick();
        auto s = operate(a, op, delivery);
        QVERIFY2(s, qPrintable(mergeError(s.error())));
    }
    QVERIFY(pair.exchange());

    // Apart: each does what it allows on its own.
    for (const auto &[db, ops] : { std::pair { a, onFirst }, std::pair { b, onSecond } }) {
        pair.tick();
        for (const QString &op : ops.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
            auto s = operate(db, op, delivery);
            QVERIFY2(s, qPrintable(op + QLatin1Char(' ') + mergeError(s.error())));
        }
    }
    auto exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(exchanged ? QString() : mergeError(exchanged.error())));
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(text(db, QStringLiteral("SELECT status FROM delivery WHERE id = ?"), { delivery }), status);
        QCOMPARE(number(db, QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE item_id = ?"), { item }),
            stock);
        QCOMPARE(number(db, QStringLiteral("SELECT sum(quantity) FROM stock_balance WHERE item_id = ?"), { item }),
            stock);
        // Goods back never exceed goods issued, per delivery line.
        QCOMPARE(number(db,
                     QStringLiteral("SELECT count(*) FROM (SELECT ref_line FROM stock_movement WHERE ref_type = "
                                    "'delivery' AND ref_id = ? GROUP BY ref_line HAVING sum(quantity) > 0)"),
                     { delivery }),
            qint64(0));
        // Nor per lot: the goods come back into the lots they left (a lot
        // never holds more than it received), all of them when returned.
        QCOMPARE(number(db,
                     QStringLiteral("SELECT count(*) FROM (SELECT lot_id FROM stock_movement WHERE ref_type = "
                                    "'delivery' AND ref_id = ? GROUP BY lot_id HAVING sum(quantity) > 0 "
                                    "OR (? AND sum(quantity) <> 0))"),
                     { delivery, status == QLatin1String("returned") }),
            qint64(0));
        // The case is listed on both, once.
        auto list = core::sync::ConflictLog(db).list(false, 1000);
        QVERIFY(list);
        int flags = 0;
        for (const core::sync::SyncConflict &c : *list)
            if (core::sync::isReviewFlagKey(c.conflictKey)) {
                ++flags;
                QCOMPARE(core::sync::reviewFlagRule(c.conflictKey), rule);
                QCOMPARE(c.table, QStringLiteral("delivery"));
                QCOMPARE(c.rowId, delivery);
                QVERIFY(c.isOpen());
                QCOMPARE(core::sync::ConflictLog::restoreAction(c), core::sync::RestoreAction::None);
            }
        QCOMPARE(flags, rule.isEmpty() ? 0 : 1);
    }
    // Nothing waits on hold: a delivery's state columns merge as one
    // (TableRegistry::declareMergedTogether). Field by field, "returned" here
    // met "delivered" there as status delivered with a return date, which
    // the delivery's CHECK refuses: the change waited on one workstation for
    // ever and the delivery row differed between the two.
    for (const QSqlDatabase &db : { a, b })
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM sync_parked")), qint64(0));
    QVERIFY2(pair.differingTables().isEmpty(), qPrintable(pair.differingTables().join(QLatin1Char(','))));

    // Exchanging again changes nothing (the rule wrote the same rows on both).
    QVERIFY(pair.exchange());
    QVERIFY2(pair.differingTables().isEmpty(), qPrintable(pair.differingTables().join(QLatin1Char(','))));
    m_pair = nullptr;
}

// The request-status rule after merges (deliverymerge.h): a request follows
// its deliveries once they are merged (scheduled while one is planned or
// loaded, delivered when one was, allocated again when they were all
// returned or cancelled); a cancellation made while its goods were loaded
// or delivered elsewhere gives way and is flagged. The same everywhere,
// nothing on hold, whichever state each workstation had written.
void TestMergeEvents::requestStateFromDeliveries_data()
{
    QTest::addColumn<QStringList>("before"); // on workstation 1, exchanged
    QTest::addColumn<QStringList>("onFirst"); // then apart
    QTest::addColumn<QStringList>("onSecond"); // a minute later
    QTest::addColumn<QString>("deliveryStatus");
    QTest::addColumn<QString>("requestStatus");
    QTest::addColumn<QStringList>("flags"); // "rule table", sorted

    // B's load leaves the request scheduled (nothing written): A's later
    // cancellation is the request's merged state, which gives way to the goods.
    QTest::newRow("request cancelled here, delivery loaded there")
        << QStringList() << QStringList { "cancel", "cancel request" } << QStringList { "load" } << "loaded"
        << "scheduled"
        << QStringList { "deliveries.delivered_wins delivery", "deliveries.request_delivered_wins delivery_request" };
    // B's "delivered" is the later state of the request: it wins the merge,
    // and A's cancellation, set aside, is flagged by the rule like the others.
    QTest::newRow("request cancelled here, delivered there later")
        << QStringList() << QStringList { "cancel", "cancel request" } << QStringList { "deliver" } << "delivered"
        << "delivered"
        << QStringList { "deliveries.delivered_wins delivery", "deliveries.request_delivered_wins delivery_request" };
    QTest::newRow("delivered here, request cancelled there later")
        << QStringList() << QStringList { "deliver" } << QStringList { "cancel", "cancel request" } << "delivered"
        << "delivered"
        << QStringList { "deliveries.delivered_wins delivery", "deliveries.request_delivered_wins delivery_request" };
    // Returned here, signed for there: the return stands, the request is allocated again.
    QTest::newRow("returned here, delivered there later")
        << QStringList { "load" } << QStringList { "return" } << QStringList { "deliver" } << "returned" << "allocated"
        << QStringList();
    QTest::newRow("delivered here, returned there later")
        << QStringList { "load" } << QStringList { "deliver" } << QStringList { "return" } << "returned" << "allocated"
        << QStringList();
    QTest::newRow("loaded on both")
        << QStringList() << QStringList { "load" } << QStringList { "load" } << "loaded" << "scheduled"
        << QStringList { "deliveries.load_counted_once delivery" };
    QTest::newRow("delivered here, nothing there")
        << QStringList() << QStringList { "deliver" } << QStringList() << "delivered" << "delivered" << QStringList();
}

void TestMergeEvents::requestStateFromDeliveries()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, onFirst);
    QFETCH(QStringList, onSecond);
    QFETCH(QString, deliveryStatus);
    QFETCH(QString, requestStatus);
    QFETCH(QStringList, flags);

    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    m_pair = &pair;
    const QSqlDatabase a = pair.a(), b = pair.b();
    qint64 item = 0, delivery = 0, request = 0;
    const QString prepared = prepare(a, true, &item, &delivery, &request);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    QCOMPARE(text(a, QStringLiteral("SELECT status FROM delivery_request WHERE id = ?"), { request }),
        QStringLiteral("scheduled"));
    for (const QString &op : before) {
        pair.tick();
        auto s = operate(a, op, delivery, request);
        QVERIFY2(s, qPrintable(mergeError(s.error())));
    }
    QVERIFY(pair.exchange());
    for (const auto &[db, ops] : { std::pair { a, onFirst }, std::pair { b, onSecond } })
        for (const QString &op : ops) {
            pair.tick();
            auto s = operate(db, op, delivery, request);
            QVERIFY2(s, qPrintable(op + QLatin1Char(' ') + mergeError(s.error())));
        }
    auto exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(exchanged ? QString() : mergeError(exchanged.error())));

    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(text(db, QStringLiteral("SELECT status FROM delivery WHERE id = ?"), { delivery }), deliveryStatus);
        QCOMPARE(text(db, QStringLiteral("SELECT status FROM delivery_request WHERE id = ?"), { request }), requestStatus);
        // What followDeliveries() says of the merged deliveries, on each.
        {
            core::Transaction tx(db);
            QVERIFY(deliveries::RequestStatusWriter(db).followDeliveries(request));
            QCOMPARE(text(db, QStringLiteral("SELECT status FROM delivery_request WHERE id = ?"), { request }),
                requestStatus);
            tx.rollback();
        }
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM sync_parked")), qint64(0));
        QCOMPARE(number(db, QStringLiteral("SELECT sum(quantity) FROM stock_balance WHERE item_id = ?"), { item }),
            deliveryStatus == QLatin1String("returned") ? received : received - sent);
        auto list = core::sync::ConflictLog(db).list(false, 1000);
        QVERIFY(list);
        QStringList found;
        for (const core::sync::SyncConflict &c : *list)
            if (core::sync::isReviewFlagKey(c.conflictKey))
                found.append(core::sync::reviewFlagRule(c.conflictKey) + QLatin1Char(' ') + c.table);
        found.sort();
        QCOMPARE(found, flags);
        // A request cancelled on one side is on the review list, as a flag
        // or as the conflict of its state.
        if (onFirst.contains(QStringLiteral("cancel request")) || onSecond.contains(QStringLiteral("cancel request"))) {
            bool listed = false;
            for (const core::sync::SyncConflict &c : *list)
                listed = listed || (c.table == QLatin1String("delivery_request") && c.rowId == request);
            QVERIFY(listed);
        }
    }
    QVERIFY2(pair.differingTables().isEmpty(), qPrintable(pair.differingTables().join(QLatin1Char(','))));
    QVERIFY(pair.exchange());
    QVERIFY2(pair.differingTables().isEmpty(), qPrintable(pair.differingTables().join(QLatin1Char(','))));
    m_pair = nullptr;
}

void TestMergeEvents::flagKeysNameTheRule()
{
    core::sync::ReviewFlag flag;
    flag.rule = QStringLiteral("deliveries.delivered_wins");
    flag.table = QStringLiteral("delivery");
    flag.rowId = 42;
    flag.kept = { 1000, 1 };
    flag.discarded = { 2000, 2 };
    const QString key = core::sync::reviewFlagKey(flag);
    QVERIFY(core::sync::isReviewFlagKey(key));
    QCOMPARE(core::sync::reviewFlagRule(key), flag.rule);
    QVERIFY(!core::sync::isReviewFlagKey(QStringLiteral("delivery:42:1000:1:2000:2")));
    QCOMPARE(core::sync::reviewFlagRule(QStringLiteral("delivery:42:1000:1:2000:2")), QString());
}

void TestMergeEvents::attestatiIssuedApart_data()
{
    QTest::addColumn<int>("lastDayFirst"); // workstation 1 certifies 2..N March
    QTest::addColumn<int>("lastDaySecond"); // workstation 2, a minute later, 2..M March
    QTest::addColumn<int>("keptDays"); // days of the first attestato everywhere after the exchange
    QTest::addColumn<int>("pendingDays"); // days to certify again

    // The same days: the second is void, nothing pending.
    QTest::newRow("same days") << 6 << 6 << 5 << 0;
    // The second also certified days recorded only there: void as a whole,
    // its own days pending again (the next batch certifies them).
    QTest::newRow("second covers more") << 6 << 10 << 5 << 4;
    // The second certified fewer: void, the first keeps all.
    QTest::newRow("second covers fewer") << 6 << 4 << 5 << 0;
}

void TestMergeEvents::attestatiIssuedApart()
{
    QFETCH(int, lastDayFirst);
    QFETCH(int, lastDaySecond);
    QFETCH(int, keptDays);
    QFETCH(int, pendingDays);

    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a(), b = pair.b();
    // The register list is read by a signed-in person.
    QVERIFY(testsupport::createRoleAccounts(a, pair.clock()));
    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), pair.clock()));
    volunteers::Organisation organisation;
    organisation.name = QStringLiteral("Gruppo comunale volontari di Rho");
    organisation.kind = volunteers::Organisation::Kind::MunicipalGroup;
    organisation.comuneId = int(number(a, QStringLiteral("SELECT id FROM comune WHERE name = 'Rho'")));
    organisation.registryNumber = QStringLiteral("MI-PC-0201");
    organisation.representative = QStringLiteral("Sindaco pro tempore");
    QVERIFY(volunteers::OrganisationRepository(a).save(organisation).ok());
    volunteers::Volunteer v;
    v.organisationId = organisation.id;
    v.lastName = QStringLiteral("Galli");
    v.firstName = QStringLiteral("Paola");
    v.taxCode = volunteers::CodiceFiscale::build(
        v.lastName, v.firstName, QDate(1985, 4, 12), QLatin1Char('F'), QStringLiteral("H264"));
    v.birthDate = QDate(1985, 4, 12);
    v.comuneId = organisation.comuneId;
    v.employment = volunteers::Volunteer::Employment::Employee;
    volunteers::Employer employer;
    employer.name = QStringLiteral("Officine Meccaniche Rho S.r.l.");
    employer.taxCode = QStringLiteral("01234567897");
    auto savedVolunteer = volunteers::VolunteerRepository(a).saveWithEmployer(v, &employer);
    QVERIFY2(savedVolunteer, qPrintable(savedVolunteer ? QString() : mergeError(savedVolunteer.error())));
    volunteers::ActivationEvent event;
    event.name = QStringLiteral("Piena del Lambro");
    event.authorisingAct = QStringLiteral("Attivazione n. 12/2021");
    event.startDate = QDate(2021, 3, 1);
    QVERIFY(volunteers::EventRepository(a).saveEvent(event).ok());
    const qint64 service = volunteers::EventRepository(a).serviceByName(QStringLiteral("coc"))->id;
    auto record = [&](const QSqlDatabase &db, int from, int to) {
        volunteers::ActivationRequest request;
        request.eventId = event.id;
        request.volunteerIds = { v.id };
        request.from = QDate(2021, 3, from);
        request.to = QDate(2021, 3, to);
        request.serviceId = service;
        return volunteers::ActivationLedger(db, pair.clock()).record(request);
    };
    QVERIFY(record(a, 2, 6));
    QVERIFY(pair.exchange());
    // Days only workstation 2 knows.
    if (lastDaySecond > 6)
        QVERIFY(record(b, 7, lastDaySecond));

    auto issue = [&](const QSqlDatabase &db, int lastDay) {
        return volunteers::AttestatoRegister(db, pair.clock())
            .issue(v.id, event.id, organisation.id, QDate(2021, 3, 2), QDate(2021, 3, lastDay),
                volunteers::OverLimitPolicy::Include);
    };
    pair.tick();
    auto first = issue(a, lastDayFirst);
    QVERIFY2(first, qPrintable(first ? QString() : mergeError(first.error())));
    pair.tick();
    auto second = issue(b, lastDaySecond);
    QVERIFY2(second, qPrintable(second ? QString() : mergeError(second.error())));
    auto exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(exchanged ? QString() : mergeError(exchanged.error())));

    auto lists = volunteers::VolunteerLists::attestati(a);
    QVERIFY(lists);
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM attestato_day WHERE attestato_id = ?"), { first->id }),
            qint64(keptDays));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM attestato_day WHERE attestato_id = ?"), { second->id }),
            qint64(0));
        QCOMPARE(number(db,
                     QStringLiteral("SELECT count(*) FROM activation_effective a WHERE NOT EXISTS "
                                    "(SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id)")),
            qint64(pendingDays));
        // Not printed twice: the void one is refused, the first one reprints.
        auto voided = volunteers::AttestatoRegister(db, pair.clock()).content(second->id);
        QVERIFY(!voided);
        QCOMPARE(voided.error().code, QStringLiteral("volunteers.attestato_void"));
        QVERIFY(volunteers::AttestatoRegister(db, pair.clock()).content(first->id));
        // The register shows it void (its last column), the regional CSV leaves it out.
        auto q = core::runQuery(db,
            QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1")
                .arg(lists->key, lists->columns.constLast(), lists->from));
        QVERIFY(q);
        QMap<qint64, bool> voidInList;
        while (q->next())
            voidInList.insert(q->value(0).toLongLong(), q->value(1).toBool());
        QCOMPARE(voidInList.value(first->id, true), false);
        QCOMPARE(voidInList.value(second->id, false), true);
        core::ReportRequest request;
        request.from = QDate(2021, 1, 1);
        request.to = QDate(2030, 12, 31);
        auto issued = volunteers::VolunteerReports::attestatiIssued(db, request);
        QVERIFY(issued);
        QVERIFY(issued->primaryTable());
        QCOMPARE(issued->primaryTable()->rows.size(), qsizetype(1));
        // Flagged on both, once.
        auto list = core::sync::ConflictLog(db).list(false, 1000);
        QVERIFY(list);
        QStringList rules;
        for (const core::sync::SyncConflict &c : *list)
            if (core::sync::isReviewFlagKey(c.conflictKey)) {
                rules.append(core::sync::reviewFlagRule(c.conflictKey));
                QCOMPARE(c.rowId, second->id);
            }
        QCOMPARE(rules, QStringList { QStringLiteral("volunteers.attestato_void") });
    }
    QVERIFY2(pair.differingTables().isEmpty(), qPrintable(pair.differingTables().join(QLatin1Char(','))));

    // The days left pending are certified again by the next attestato, once.
    if (pendingDays > 0) {
        pair.tick();
        auto again = issue(a, 31);
        QVERIFY2(again, qPrintable(again ? QString() : mergeError(again.error())));
        QCOMPARE(again->content.days.size(), qsizetype(pendingDays));
        QVERIFY(pair.exchange());
        QVERIFY2(pair.differingTables().isEmpty(), qPrintable(pair.differingTables().join(QLatin1Char(','))));
        QCOMPARE(number(b, QStringLiteral("SELECT count(*) FROM attestato_day WHERE attestato_id = ?"), { again->id }),
            qint64(pendingDays));
    }
}

QTEST_MAIN(TestMergeEvents)
#include "tst_mergeevents.moc"
