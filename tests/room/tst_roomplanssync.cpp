// The emergency plans between two workstations working apart: one comune's
// plan edited on both (the row merges field by field: the revision typed
// on a, the regional portal on b, both stay), its risks edited apart (a
// set: merged risk by risk), the same new comune's plan recorded on both
// (one row, keyed on the comune), COCs opened and closed on both (the
// ledger keeps every change; the state is the latest). Both end the same.

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/sync/tableregistry.h"
#include "room/domain/planrepository.h"
#include "room/domain/planrules.h"
#include "room/domain/roomsync.h"
#include "support/workstationpair.h"
#include "volunteers/domain/volunteerssync.h"

#include <QTest>

using namespace room;
using testsupport::WorkstationPair;

namespace {

int comuneId(const QSqlDatabase &db, const QString &name)
{
    auto v = core::queryValue(db,
        QStringLiteral("SELECT c.id FROM comune c JOIN comune_cmm m ON m.comune_id = c.id WHERE c.name = ?"), { name });
    return v ? v->toInt() : 0;
}

bool save(const QSqlDatabase &db, const PlanState &plan)
{
    core::Transaction tx(db);
    if (!tx || !PlanRepository(db).save(normalisedPlan(plan)))
        return false;
    return bool(tx.commit());
}

bool coc(const QSqlDatabase &db, int comuneId, bool open, const QDateTime &since, const QDateTime &now)
{
    core::Transaction tx(db);
    CocChange c;
    c.comuneId = comuneId;
    c.active = open;
    c.since = since;
    if (!tx || !PlanRepository(db).recordCoc(c, QStringLiteral("oper"), now))
        return false;
    return bool(tx.commit());
}

} // namespace

class TestRoomPlansSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void declarations();
    void plansAndCocsEditedApartEndTheSame();
};

void TestRoomPlansSync::initTestCase()
{
    volunteers::declareSyncTables();
    room::declareSyncTables();
}

void TestRoomPlansSync::declarations()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    QCOMPARE(TableRegistry::kind("room_plan"), TableKind::Mutable);
    QCOMPARE(TableRegistry::kind("room_plan_risk"), TableKind::SetMember);
    QCOMPARE(TableRegistry::setKey("room_plan_risk"), (QStringList { "comune_id", "risk" }));
    QCOMPARE(TableRegistry::kind("room_coc_state"), TableKind::Ledger);
}

void TestRoomPlansSync::plansAndCocsEditedApartEndTheSame()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a(), b = pair.b();
    const auto now = [&] { return pair.clock().now(); };
    const int milano = comuneId(a, "Milano"), bresso = comuneId(a, "Bresso"), rho = comuneId(a, "Rho");
    QVERIFY(milano && bresso && rho);

    PlanState plan;
    plan.comuneId = milano;
    plan.hasPlan = true;
    plan.approvedOn = QDate(2019, 4, 3);
    plan.revisionDue = QDate(2022, 4, 3);
    plan.risks = { Risk::Hydraulic, Risk::Hydrogeological };
    QVERIFY(save(a, plan));
    QVERIFY(coc(a, bresso, true, now().addSecs(-7200), now()));
    auto exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(exchanged.error().code));
    QCOMPARE(pair.differingTables(), QStringList());

    // Apart: a types the new revision and adds the seismic risk; b writes
    // the approving act and removes the hydraulic risk; both record Rho's
    // plan; a closes Bresso's COC, b (later) opens Rho's. (The plan's
    // existence, dates and portal flag are tied by one CHECK: they merge as
    // one group, plansync.cpp; the act, the notes and the risks apart.)
    pair.tick();
    PlanState onA = *PlanRepository(a).plan(milano);
    onA.revisedOn = QDate(2024, 5, 1);
    onA.revisionDue = QDate(2027, 5, 1);
    onA.risks.append(Risk::Seismic);
    QVERIFY(save(a, onA));
    PlanState rhoA;
    rhoA.comuneId = rho;
    rhoA.hasPlan = true;
    rhoA.approvedOn = QDate(2017, 2, 2);
    QVERIFY(save(a, rhoA));
    QVERIFY(coc(a, bresso, false, now(), now()));
    pair.tick();
    PlanState onB = *PlanRepository(b).plan(milano);
    onB.act = QStringLiteral("DCC n. 7 del 12/03/2024");
    onB.risks.removeAll(Risk::Hydraulic);
    QVERIFY(save(b, onB));
    PlanState rhoB = rhoA;
    rhoB.inPortal = true;
    rhoB.risks = { Risk::Industrial };
    QVERIFY(save(b, rhoB));
    QVERIFY(coc(b, rho, true, now(), now()));

    exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(exchanged.error().code));
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        auto m = PlanRepository(db).plan(milano);
        QVERIFY(m);
        QCOMPARE(m->revisedOn, QDate(2024, 5, 1));
        QCOMPARE(m->revisionDue, QDate(2027, 5, 1));
        QCOMPARE(m->act, QStringLiteral("DCC n. 7 del 12/03/2024"));
        QCOMPARE(m->risks, (QList<Risk> { Risk::Hydrogeological, Risk::Seismic }));
        auto r = PlanRepository(db).plan(rho);
        QVERIFY(r->hasPlan && r->inPortal);
        QCOMPARE(r->risks, QList<Risk> { Risk::Industrial });
        QCOMPARE(PlanRepository(db).cocHistory(bresso)->size(), 2);
        QVERIFY(!PlanRepository(db).currentCoc(bresso)->active);
        QVERIFY(PlanRepository(db).currentCoc(rho)->active);
    }
}

QTEST_GUILESS_MAIN(TestRoomPlansSync)
#include "tst_roomplanssync.moc"
