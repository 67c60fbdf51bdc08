// The Consegne's commands: bad input and refused roles write nothing (the
// checks run before the transaction), the state rules hold (a delivery is
// returned once, never cancelled once delivered), and Undo writes the
// compensating entry (a return, a new plan, a cancellation) or refuses
// when it can no longer apply.

#include "deliveriesfixture.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "deliveries/domain/allocationcommands.h"
#include "deliveries/domain/deliverycommands.h"
#include "deliveries/domain/deliveryrepository.h"
#include "deliveries/domain/listqueries.h"
#include "deliveries/domain/recipientcommands.h"
#include "deliveries/domain/requestcommands.h"
#include "deliveriesprobes.h"
#include "stock/domain/catalogcommands.h"
#include "support/testaccounts.h"

#include <QTest>

#include <memory>

using namespace deliveries;

class TestDeliveryCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void refusedRoleWritesNothing_data();
    void refusedRoleWritesNothing();
    void deliveredOnceReturnedOnce();
    void cancelledOnlyWhilePlanned();
    void undoOfDeliveredIsAReturnAndRedoDeliversAnew();
    void undoOfCancelPlansAnew();
    void undoOfPlanningRefusedOnceLoaded();
    void requestCreatedEditedCancelledAndUndone();
    void undoOfNewRequestRefusedOnceAllocated();
    void recipientSavedAndUndone();
    void packagesRuleIsTheDeliverysOwn();
    void newCategoryKeepsItsGlobalId();
    void probesAllowTheOperatorAndRefuseThePsychologist_data();
    void probesAllowTheOperatorAndRefuseThePsychologist();

private:
    qint64 planned(qint64 item, qint64 quantity);
    core::Status run(core::Command &command) { return core::CommandRunner(f->db(), f->clock).run(command); }
    core::Status undo(core::Command &command) { return core::CommandRunner(f->db(), f->clock).undo(command); }
    qint64 commandsAudited() { return f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command'")); }
    RequestDraft requestDraft(qint64 kg);
    DeliveriesFixture *f = nullptr;
};

void TestDeliveryCommands::init()
{
    f = new DeliveriesFixture;
    QVERIFY(f->setUp());
    QVERIFY(f->receive(f->pasta, 50000, QDate(2021, 3, 1), QDate(2022, 1, 31)));
    QVERIFY(f->receive(f->water, 60, QDate(2021, 3, 1), QDate(2022, 1, 31)));
    QVERIFY(testsupport::createRoleAccounts(f->db(), f->clock));
    QVERIFY(testsupport::signInAs(f->db(), QStringLiteral("oper"), f->clock));
}

void TestDeliveryCommands::cleanup()
{
    delete f;
    f = nullptr;
}

qint64 TestDeliveryCommands::planned(qint64 item, qint64 quantity)
{
    SaveDelivery save(f->draft(f->rozzano, { f->itemLine(item, quantity) }));
    if (auto s = run(save); !s)
        qWarning() << s.error().code << s.error().args;
    return save.deliveryId();
}

RequestDraft TestDeliveryCommands::requestDraft(qint64 kg)
{
    RequestDraft draft;
    draft.recipientId = f->rozzano;
    draft.requestedOn = QDate(2021, 3, 10);
    draft.lines.append({ 0, f->pastaCategory, 0, kg * 1000, {}, false });
    return draft;
}

void TestDeliveryCommands::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    QTest::newRow("load an unknown delivery") << "load unknown" << "deliveries.unknown_delivery";
    QTest::newRow("deliver without a signature") << "deliver unsigned" << "deliveries.missing_signature";
    QTest::newRow("return without a reason") << "return no reason" << "deliveries.missing_reason";
    QTest::newRow("return a planned delivery") << "return planned" << "deliveries.not_returnable";
    QTest::newRow("cancel without a reason") << "cancel no reason" << "deliveries.missing_reason";
    QTest::newRow("cancel a loaded delivery") << "cancel loaded" << "deliveries.not_planned";
    QTest::newRow("load a loaded delivery") << "load loaded" << "deliveries.not_planned";
    QTest::newRow("plan without lines") << "plan no lines" << "deliveries.no_lines";
    QTest::newRow("plan for nobody") << "plan nobody" << "deliveries.unknown_recipient";
    QTest::newRow("request without lines") << "request no lines" << "deliveries.no_lines";
    QTest::newRow("request in the future") << "request future" << "deliveries.future_date";
    QTest::newRow("cancel a request without a reason") << "cancel request" << "deliveries.missing_reason";
    QTest::newRow("allocate nothing") << "allocate nothing" << "deliveries.no_waiting_requests";
}

void TestDeliveryCommands::badInputWritesNothing()
{
    QFETCH(QString, action);
    QFETCH(QString, code);
    const qint64 plannedId = planned(f->pasta, 5000);
    const qint64 loadedId = planned(f->water, 6);
    LoadDelivery load(loadedId);
    QVERIFY(run(load).ok());
    CreateRequest request(requestDraft(10));
    QVERIFY(run(request).ok());

    std::unique_ptr<core::Command> command;
    if (action == QLatin1String("load unknown"))
        command = std::make_unique<LoadDelivery>(987654);
    else if (action == QLatin1String("deliver unsigned"))
        command = std::make_unique<DeliverDelivery>(loadedId, QStringLiteral("  "));
    else if (action == QLatin1String("return no reason"))
        command = std::make_unique<ReturnDelivery>(loadedId, QString());
    else if (action == QLatin1String("return planned"))
        command = std::make_unique<ReturnDelivery>(plannedId, QStringLiteral("Merce rifiutata"));
    else if (action == QLatin1String("cancel no reason"))
        command = std::make_unique<CancelDelivery>(plannedId, QStringLiteral(" "));
    else if (action == QLatin1String("cancel loaded"))
        command = std::make_unique<CancelDelivery>(loadedId, QStringLiteral("Mezzo guasto"));
    else if (action == QLatin1String("load loaded"))
        command = std::make_unique<LoadDelivery>(loadedId);
    else if (action == QLatin1String("plan no lines"))
        command = std::make_unique<SaveDelivery>(f->draft(f->rozzano, {}));
    else if (action == QLatin1String("plan nobody"))
        command = std::make_unique<SaveDelivery>(f->draft(424242, { f->itemLine(f->pasta, 1000) }));
    else if (action == QLatin1String("request no lines")) {
        RequestDraft draft = requestDraft(1);
        draft.lines.clear();
        command = std::make_unique<CreateRequest>(draft);
    } else if (action == QLatin1String("request future")) {
        RequestDraft draft = requestDraft(1);
        draft.requestedOn = QDate(2021, 3, 16);
        command = std::make_unique<CreateRequest>(draft);
    } else if (action == QLatin1String("cancel request"))
        command = std::make_unique<CancelRequest>(request.requestId(), QString());
    else if (action == QLatin1String("allocate nothing"))
        command = std::make_unique<ConfirmAllocation>(AllocationPlan(), QString(), QString());
    QVERIFY(command);

    const QByteArray before = testsupport::contentHash(f->db());
    const qint64 audited = commandsAudited();
    const core::Status s = run(*command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, code);
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(commandsAudited(), audited);
}

void TestDeliveryCommands::refusedRoleWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("code");
    QTest::newRow("psychologist") << "psy" << "auth.denied";
    QTest::newRow("service account") << "serv" << "auth.denied";
    QTest::newRow("nobody signed in") << "" << "auth.not_signed_in";
}

void TestDeliveryCommands::refusedRoleWritesNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, code);
    const qint64 id = planned(f->pasta, 5000);
    testsupport::signOut(f->db());
    if (!user.isEmpty())
        QVERIFY(testsupport::signInAs(f->db(), user, f->clock));
    const QByteArray before = testsupport::contentHash(f->db());
    LoadDelivery load(id);
    const core::Status s = run(load);
    QVERIFY(!s);
    QCOMPARE(s.error().code, code);
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(f->status(id), QStringLiteral("planned"));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied' AND permission = ?"),
                 { core::Permission::DeliveriesEdit }),
        qint64(1));
}

void TestDeliveryCommands::deliveredOnceReturnedOnce()
{
    const qint64 id = planned(f->water, 12);
    const qint64 stock = f->stockOf(f->water);
    DeliverDelivery deliver(id, QStringLiteral("G. Longoni"));
    QVERIFY(run(deliver).ok()); // loads it first
    QCOMPARE(f->status(id), QStringLiteral("delivered"));
    QCOMPARE(f->stockOf(f->water), stock - 12);
    DeliverDelivery again(id, QStringLiteral("G. Longoni"));
    QCOMPARE(run(again).error().code, QStringLiteral("deliveries.not_loaded"));
    ReturnDelivery back(id, QStringLiteral("Merce rifiutata"));
    QVERIFY(run(back).ok());
    QCOMPARE(f->stockOf(f->water), stock);
    const QByteArray before = testsupport::contentHash(f->db());
    ReturnDelivery twice(id, QStringLiteral("Di nuovo"));
    QCOMPARE(run(twice).error().code, QStringLiteral("deliveries.not_returnable"));
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(f->stockOf(f->water), stock);
}

void TestDeliveryCommands::cancelledOnlyWhilePlanned()
{
    const qint64 id = planned(f->water, 6);
    DeliverDelivery deliver(id, QStringLiteral("G. Longoni"));
    QVERIFY(run(deliver).ok());
    const QByteArray before = testsupport::contentHash(f->db());
    CancelDelivery cancel(id, QStringLiteral("Ripensamento"));
    QCOMPARE(run(cancel).error().code, QStringLiteral("deliveries.not_planned"));
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(f->status(id), QStringLiteral("delivered"));
}

void TestDeliveryCommands::undoOfDeliveredIsAReturnAndRedoDeliversAnew()
{
    const qint64 id = planned(f->water, 12);
    const qint64 stock = f->stockOf(f->water);
    DeliverDelivery deliver(id, QStringLiteral("G. Longoni"));
    QVERIFY(run(deliver).ok());
    QVERIFY(deliver.undoable());
    QVERIFY(undo(deliver).ok());
    // Not a DELETE: the delivery is returned, with the goods back in stock.
    QCOMPARE(f->status(id), QStringLiteral("returned"));
    QCOMPARE(f->stockOf(f->water), stock);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command_undone'")), qint64(1));
    // Redo: the same goods, planned anew and delivered.
    QVERIFY(run(deliver).ok());
    QVERIFY(deliver.deliveryId() != id);
    QCOMPARE(f->status(deliver.deliveryId()), QStringLiteral("delivered"));
    QCOMPARE(f->stockOf(f->water), stock - 12);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery")), qint64(2));
}

void TestDeliveryCommands::undoOfCancelPlansAnew()
{
    const qint64 id = planned(f->pasta, 5000);
    CancelDelivery cancel(id, QStringLiteral("Mezzo guasto"));
    QVERIFY(run(cancel).ok());
    QCOMPARE(f->status(id), QStringLiteral("cancelled"));
    QVERIFY(undo(cancel).ok());
    QCOMPARE(f->status(id), QStringLiteral("cancelled")); // locked: kept as it was
    QVERIFY(cancel.deliveryId() != id);
    QCOMPARE(f->status(cancel.deliveryId()), QStringLiteral("planned"));
    QCOMPARE(f->count(QStringLiteral("SELECT sum(grams) FROM delivery_line WHERE delivery_id = ?"), { cancel.deliveryId() }),
        qint64(5000));
    // Redo cancels the new one.
    QVERIFY(run(cancel).ok());
    QCOMPARE(f->status(cancel.deliveryId()), QStringLiteral("cancelled"));
}

void TestDeliveryCommands::undoOfPlanningRefusedOnceLoaded()
{
    SaveDelivery save(f->draft(f->rozzano, { f->itemLine(f->water, 6) }));
    QVERIFY(run(save).ok());
    LoadDelivery load(save.deliveryId());
    QVERIFY(run(load).ok());
    const QByteArray before = testsupport::contentHash(f->db());
    const core::Status s = undo(save);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("deliveries.not_planned"));
    QCOMPARE(testsupport::contentHash(f->db()), before);
    QCOMPARE(f->status(save.deliveryId()), QStringLiteral("loaded"));
}

void TestDeliveryCommands::requestCreatedEditedCancelledAndUndone()
{
    CreateRequest create(requestDraft(10));
    QVERIFY(run(create).ok());
    const qint64 id = create.requestId();
    auto quantity = [&] {
        return f->count(QStringLiteral("SELECT sum(quantity) FROM delivery_request_line WHERE request_id = ?"), { id });
    };
    auto status = [&] {
        return core::queryValue(f->db(), QStringLiteral("SELECT status FROM delivery_request WHERE id = ?"), { id })
            ->toString();
    };
    EditRequest edit(id, requestDraft(25));
    QVERIFY(run(edit).ok());
    QCOMPARE(quantity(), qint64(25000));
    QVERIFY(undo(edit).ok());
    QCOMPARE(quantity(), qint64(10000));
    CancelRequest cancel(id, QStringLiteral("Doppione"));
    QVERIFY(run(cancel).ok());
    QCOMPARE(status(), QStringLiteral("cancelled"));
    QVERIFY(undo(cancel).ok());
    QCOMPARE(status(), QStringLiteral("received"));
    QVERIFY(undo(create).ok()); // cancelled, never deleted
    QCOMPARE(status(), QStringLiteral("cancelled"));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_request")), qint64(1));
}

void TestDeliveryCommands::undoOfNewRequestRefusedOnceAllocated()
{
    CreateRequest create(requestDraft(10));
    QVERIFY(run(create).ok());
    AllocationSetup setup;
    setup.date = f->clock.today();
    auto plan = AllocationService(f->db(), f->clock).plan(setup);
    QVERIFY(plan.ok());
    ConfirmAllocation confirm(*plan, QString(), QStringLiteral("Niente"));
    QVERIFY(run(confirm).ok());
    QVERIFY(confirm.allocationId() > 0);
    const QByteArray before = testsupport::contentHash(f->db());
    const core::Status s = undo(create);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("deliveries.request_not_editable"));
    QCOMPARE(testsupport::contentHash(f->db()), before);
    // The allocation's deliveries, undone while still planned.
    CreateAllocationDeliveries deliveries(confirm.allocationId(), DeliveryDefaults());
    QVERIFY(run(deliveries).ok());
    QCOMPARE(deliveries.deliveryIds().size(), 1);
    QVERIFY(undo(deliveries).ok());
    QCOMPARE(f->status(deliveries.deliveryIds().first()), QStringLiteral("cancelled"));
    QVERIFY(run(deliveries).ok()); // Redo: planned again
    QCOMPARE(deliveries.deliveryIds().size(), 1);

    // A cancelled delivery is planned anew by Undo, unless its request was
    // cancelled since: then Undo says so and writes nothing.
    const qint64 delivery = deliveries.deliveryIds().first();
    CancelDelivery cancel(delivery, QStringLiteral("Mezzo guasto"));
    QVERIFY(run(cancel).ok());
    CancelRequest closeRequest(create.requestId(), QStringLiteral("Il COC non ne ha più bisogno"));
    QVERIFY(run(closeRequest).ok());
    const QByteArray closed = testsupport::contentHash(f->db());
    const core::Status refused = undo(cancel);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("deliveries.request_closed"));
    QCOMPARE(testsupport::contentHash(f->db()), closed);
    QCOMPARE(f->status(delivery), QStringLiteral("cancelled"));
}

void TestDeliveryCommands::recipientSavedAndUndone()
{
    Recipient r;
    r.kind = RecipientKind::Hospital;
    r.name = QStringLiteral("Ospedale di Melzo");
    r.comuneId = f->comuneId(QStringLiteral("Melzo"));
    SaveRecipient create(r);
    QVERIFY(run(create).ok());
    const qint64 id = create.recipientId();
    auto active = [&] {
        return f->count(QStringLiteral("SELECT active FROM delivery_recipient WHERE id = ?"), { id });
    };
    QCOMPARE(active(), qint64(1));
    QVERIFY(undo(create).ok()); // out of use, never deleted
    QCOMPARE(active(), qint64(0));
    QVERIFY(run(create).ok()); // Redo: the same row back in use
    QCOMPARE(create.recipientId(), id);
    QCOMPARE(active(), qint64(1));

    r = RecipientRepository(f->db()).recipient(id).value();
    r.name = QStringLiteral("Ospedale Santa Maria delle Stelle");
    SaveRecipient edit(r);
    QVERIFY(run(edit).ok());
    QVERIFY(undo(edit).ok());
    QCOMPARE(RecipientRepository(f->db()).recipient(id)->name, QStringLiteral("Ospedale di Melzo"));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_recipient WHERE name LIKE 'Ospedale%'")), qint64(1));
}

// The lists and reports count packages with the same rule as a delivery:
// its own figure when set, otherwise the sum of its lines'.
void TestDeliveryCommands::packagesRuleIsTheDeliverysOwn()
{
    const qint64 fromLines = planned(f->water, 12); // 6 a package: 2
    DeliveryDraft draft = f->draft(f->melzo, { f->itemLine(f->water, 6) });
    draft.packages = 5;
    SaveDelivery own(draft);
    QVERIFY(run(own).ok());
    for (qint64 id : { fromLines, own.deliveryId() }) {
        const int expected = DeliveryRepository(f->db()).delivery(id)->totalPackages();
        QCOMPARE(f->count(QStringLiteral("SELECT %1 FROM delivery d WHERE d.id = ?").arg(packagesSql()), { id }),
            qint64(expected));
    }
    QCOMPARE(DeliveryRepository(f->db()).delivery(fromLines)->totalPackages(), 2);
    QCOMPARE(DeliveryRepository(f->db()).delivery(own.deliveryId())->totalPackages(), 5);
}

// The whole table is the lead's test; this checks that the module's probes
// can succeed and be refused at all.
// A category made in the Magazzino gets a global 64-bit row id (the
// workstation in the high bits): requests and their lines must keep it
// whole, not cut to 32 bits.
void TestDeliveryCommands::newCategoryKeepsItsGlobalId()
{
    stock::Category category;
    category.code = QStringLiteral("legumi");
    category.name = QStringLiteral("Legumi secchi");
    category.kind = QStringLiteral("food");
    stock::SaveCategory save(category);
    QVERIFY(run(save).ok());
    const qint64 id = core::queryValue(f->db(), QStringLiteral("SELECT id FROM goods_category WHERE name = 'Legumi secchi'"))
                          ->toLongLong();
    QVERIFY2(id > std::numeric_limits<int>::max(), "the test needs an id beyond 32 bits");

    RequestDraft draft = requestDraft(5);
    draft.lines.first().categoryId = id;
    CreateRequest create(draft);
    QVERIFY(run(create).ok());
    QCOMPARE(f->count(QStringLiteral("SELECT category_id FROM delivery_request_line WHERE request_id = ?"),
                 { create.requestId() }),
        id);
}

void TestDeliveryCommands::probesAllowTheOperatorAndRefuseThePsychologist_data()
{
    QTest::addColumn<int>("probe");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    const auto probes = testsupport::deliveriesPermissionProbes();
    QCOMPARE(probes.size(), 2);
    for (int i = 0; i < probes.size(); ++i) {
        QTest::addRow("%s by the operator", qPrintable(probes.at(i).permission)) << i << "oper" << true;
        QTest::addRow("%s by the psychologist", qPrintable(probes.at(i).permission)) << i << "psy" << false;
    }
}

void TestDeliveryCommands::probesAllowTheOperatorAndRefuseThePsychologist()
{
    QFETCH(int, probe);
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    const testsupport::PermissionProbe p = testsupport::deliveriesPermissionProbes().at(probe);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(testsupport::createRoleAccounts(database.db()));
    if (p.prepare)
        QVERIFY(p.prepare(database.db()));
    QVERIFY(testsupport::signInAs(database.db(), user));
    const QByteArray before = testsupport::contentHash(database.db());
    const core::Status s = p.act(database.db());
    if (allowed) {
        QVERIFY2(s.ok(), qPrintable(s.error().code));
        return;
    }
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(testsupport::contentHash(database.db()), before);
    QCOMPARE(core::queryValue(database.db(),
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied' AND permission = ?"), { p.permission })
                 ->toInt(),
        1);
}

QTEST_GUILESS_MAIN(TestDeliveryCommands)
#include "tst_deliverycommands.moc"
