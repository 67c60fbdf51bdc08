// The Colonna Mobile's tables through the sync engine: set up on one
// workstation, worked on both while apart (vehicles edited, maintenance
// and loans recorded), then exchanged: both end with the same rows.

#include "fleetfixture.h"

#include "core/db/sql.h"
#include "core/sync/postimport.h"
#include "core/sync/tableregistry.h"
#include "fleet/domain/deployment.h"
#include "fleet/domain/deploymentamendments.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/loanmerge.h"
#include "moduleregistry.h"
#include "support/workstationpair.h"

#include <QTest>

using namespace fleet;
using namespace fleettest;
using testsupport::WorkstationPair;

namespace {

qint64 number(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestFleetSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tablesAreDeclared();
    void workDoneApartEndsTheSame();
    void twoLoansOfOnePieceApartAreFlagged();
    void modulesEditedApartMergeMemberByMember();
    void odometerNeverGoesBackOnMerge();
    void voidsAndCorrectionsApartConverge();
    void linesBefore0030AmendedApartConverge();
};

void TestFleetSync::initTestCase()
{
    ::declareSyncTables();
}

void TestFleetSync::tablesAreDeclared()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    for (const char *table : { "fleet_site", "fleet_vehicle", "fleet_equipment" })
        QCOMPARE(TableRegistry::kind(QString::fromLatin1(table)), TableKind::Mutable);
    for (const char *table : { "fleet_maintenance", "fleet_loan", "fleet_deployment", "fleet_deployment_item",
             "fleet_deployment_void", "fleet_deployment_correction", "fleet_deployment_item_void",
             "fleet_deployment_km_reading" })
        QCOMPARE(TableRegistry::kind(QString::fromLatin1(table)), TableKind::Ledger);
    QCOMPARE(TableRegistry::kind(QStringLiteral("fleet_module")), TableKind::Mutable);
    for (const char *table : { "fleet_module_vehicle", "fleet_module_equipment", "fleet_module_skill" })
        QCOMPARE(TableRegistry::kind(QString::fromLatin1(table)), TableKind::SetMember);
    QVERIFY(core::sync::PostImport::reconcilerNames().contains(QStringLiteral("fleet")));
}

void TestFleetSync::workDoneApartEndsTheSame()
{
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();

    // Set up on workstation 1: an organisation, a pole, a van, two pieces.
    const qint64 organisation = addOrganisation(a, QStringLiteral("Gruppo Comunale PC Segrate"));
    const qint64 pole = addSite(a, QStringLiteral("Polo Nord"));
    Vehicle v = van(QStringLiteral("AB123CD"), today.addDays(20));
    v.siteId = pole;
    const qint64 vehicle = addVehicle(a, v);
    const qint64 tent = addEquipment(a, QStringLiteral("Tenda PI 88"), QStringLiteral("TND-1"));
    const qint64 pump = addEquipment(a, QStringLiteral("Motopompa"), QStringLiteral("MP-1"));
    QVERIFY(organisation && pole && vehicle && tent && pump);
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    QCOMPARE(number(b, QStringLiteral("SELECT count(*) FROM fleet_equipment")), qint64(2));

    // Apart: 1 puts the van in maintenance and lends the tent; 2 records
    // the van's maintenance and lends the pump, then takes it back.
    pair.tick();
    auto onA = FleetRepository(a).vehicle(vehicle);
    QVERIFY(onA);
    onA->state = AssetState::Maintenance;
    QVERIFY(FleetRepository(a).saveVehicle(*onA, today).ok());
    QVERIFY(FleetRepository(a).lend(tent, organisation, today.addDays(-2), {}, pair.clock().nowMs()));
    pair.tick();
    MaintenanceEntry entry;
    entry.vehicleId = vehicle;
    entry.day = today.addDays(-1);
    entry.km = 52000;
    entry.work = QStringLiteral("Tagliando");
    QVERIFY(FleetRepository(b).addMaintenance(entry, today, pair.clock().nowMs()));
    QVERIFY(FleetRepository(b).lend(pump, organisation, today.addDays(-5), {}, pair.clock().nowMs()));
    QVERIFY(FleetRepository(b).giveBack(pump, today.addDays(-1), ReturnCondition::Worn, {}, pair.clock().nowMs()));

    auto exchanged = pair.exchange();
    QVERIFY(exchanged);
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fleet_loan")), qint64(3));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fleet_loan_open")), qint64(1));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fleet_maintenance")), qint64(1));
        auto van = FleetRepository(db).vehicle(vehicle);
        // The later change of each column's row wins: 2's odometer update
        // came after 1's state change, and carries the whole row.
        QVERIFY(van && van->id == vehicle);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM merge_conflict")),
            number(a, QStringLiteral("SELECT count(*) FROM merge_conflict")));
    }
}

void TestFleetSync::twoLoansOfOnePieceApartAreFlagged()
{
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();
    const qint64 segrate = addOrganisation(a, QStringLiteral("Gruppo Comunale PC Segrate"));
    const qint64 pioltello = addOrganisation(a, QStringLiteral("Gruppo Comunale PC Pioltello"));
    const qint64 generator = addEquipment(a, QStringLiteral("Gruppo elettrogeno"), QStringLiteral("GEN-7"));
    QVERIFY(segrate && pioltello && generator);
    QVERIFY(pair.exchange());

    // Apart, each workstation lends the same generator: each one alone
    // would have refused the second loan.
    pair.tick();
    QVERIFY(FleetRepository(a).lend(generator, segrate, today.addDays(-2), {}, pair.clock().nowMs()));
    pair.tick();
    QVERIFY(FleetRepository(b).lend(generator, pioltello, today.addDays(-1), {}, pair.clock().nowMs()));
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    const QString flagged = QStringLiteral("SELECT count(*) FROM merge_conflict WHERE conflict_key LIKE 'rule:fleet.loan_twice:%'");
    for (const QSqlDatabase &db : { a, b }) {
        // Both loans stay open (the ledger keeps them), the later is flagged.
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fleet_loan_open WHERE equipment_id = ?"), { generator }),
            qint64(2));
        QCOMPARE(number(db, QStringLiteral("SELECT count(DISTINCT conflict_key) FROM merge_conflict WHERE conflict_key "
                                           "LIKE 'rule:fleet.loan_twice:%'")),
            qint64(1));
        QCOMPARE(number(db,
                     QStringLiteral("SELECT l.organisation_id FROM merge_conflict c JOIN fleet_loan l ON l.id = c.row_id "
                                    "WHERE c.conflict_key LIKE 'rule:fleet.loan_twice:%' LIMIT 1")),
            pioltello);
    }
    // Flagged once: the reconciler run again finds it already there.
    auto again = LoanMerge::flagDoubleLoans(a, { generator });
    QVERIFY(again);
    QCOMPARE(again->flagged, 0);
    const qint64 onA = number(a, flagged);
    QVERIFY(pair.exchange());
    QCOMPARE(number(a, flagged), onA);
    QCOMPARE(pair.differingTables(), QStringList());
}

void TestFleetSync::modulesEditedApartMergeMemberByMember()
{
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();
    const qint64 v1 = addVehicle(a, van(QStringLiteral("AB123CD")));
    const qint64 v2 = addVehicle(a, van(QStringLiteral("EF456GH")));
    const qint64 pump = addEquipment(a, QStringLiteral("Motopompa"), QStringLiteral("MP-1"));
    ColonnaModule m;
    m.name = QStringLiteral("Modulo idrogeologico");
    m.vehicleIds = { v1 };
    m.skills = { { QStringLiteral("Patente C per mezzi pesanti"), 2 } };
    QVERIFY(ModuleRepository(a).saveModule(m).ok());
    QVERIFY(pair.exchange());

    // Apart: 1 adds a vehicle, 2 adds the pump and a skill.
    pair.tick();
    auto onA = ModuleRepository(a).module(m.id);
    QVERIFY(onA);
    onA->vehicleIds.append(v2);
    QVERIFY(ModuleRepository(a).saveModule(*onA).ok());
    pair.tick();
    auto onB = ModuleRepository(b).module(m.id);
    QVERIFY(onB);
    onB->equipmentIds.append(pump);
    onB->skills.append({ QStringLiteral("Uso in sicurezza della motosega"), 1 });
    QVERIFY(ModuleRepository(b).saveModule(*onB).ok());
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        auto merged = ModuleRepository(db).module(m.id);
        QVERIFY(merged);
        QCOMPARE(merged->vehicleIds.size(), 2);
        QCOMPARE(merged->equipmentIds, QList<qint64> { pump });
        QCOMPARE(merged->skills.size(), 2);
    }
}

void TestFleetSync::linesBefore0030AmendedApartConverge()
{
    // A deployment of 100 km recorded before 0030: its km inside the van's
    // reading (50.100). Apart, 2 corrects it to 40 km and, later, 1 voids
    // it: after a sync both read 50.000, the void counting over the
    // correction, from the same reading recorded twice.
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();
    const qint64 vehicle = addVehicle(a, van(QStringLiteral("AB123CD"), today.addDays(200), today.addDays(200)));
    const qint64 event = addEvent(a);
    const qint64 service = addService(a);
    QVERIFY(vehicle && event && service);
    pair.tick();
    NewDeployment d;
    d.eventId = event;
    d.serviceId = service;
    d.requestedBy = QStringLiteral("Prefettura di Milano");
    d.from = d.to = today.addDays(-5);
    d.vehicles = { { vehicle, 100, {} } };
    auto recorded = DeploymentService(a, pair.clock()).record(d);
    QVERIFY(recorded);
    QVERIFY(pair.exchange());
    // As 0029 left it on both: no starting reading, the km in the reading.
    for (const QSqlDatabase &db : { a, b }) {
        QVERIFY(core::runQuery(db, QStringLiteral("DROP TRIGGER fleet_deployment_item_no_update")));
        QVERIFY(core::runQuery(db, QStringLiteral("UPDATE session_context SET log_enabled = 0 WHERE id = 1")));
        QVERIFY(core::runQuery(db, QStringLiteral("UPDATE fleet_deployment_item SET odometer_from = NULL")));
        QVERIFY(core::runQuery(db, QStringLiteral("UPDATE fleet_vehicle SET odometer_km = 50100")));
        QVERIFY(core::runQuery(db, QStringLiteral("UPDATE session_context SET log_enabled = 1 WHERE id = 1")));
    }
    const auto odometer = [&](const QSqlDatabase &db) {
        auto km = DeploymentAmendments::odometer(db, vehicle);
        return km ? *km : qint64(-2);
    };
    QCOMPARE(odometer(a), qint64(50100));
    pair.tick();
    QVERIFY(DeploymentAmendments(b, pair.clock())
                .correct({ recorded->deploymentId, { { vehicle, 40, {} } }, QStringLiteral("Foglio di marcia") }));
    QCOMPARE(odometer(b), qint64(50040));
    pair.tick();
    QVERIFY(DeploymentAmendments(a, pair.clock()).voidDeployment(recorded->deploymentId, QStringLiteral("Mai partito")));
    QCOMPARE(odometer(a), qint64(50000));
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(odometer(db), qint64(50000));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fleet_deployment_km_reading WHERE reading_km = 50100")),
            qint64(2));
    }
}

QTEST_GUILESS_MAIN(TestFleetSync)
#include "tst_fleetsync.moc"

void TestFleetSync::odometerNeverGoesBackOnMerge()
{
    // The van at 50.000 km on both. Apart: 2 records a service at 52.000
    // km; later 1, which has not seen it, deploys the van for 120 km
    // (50.120). Last-writer-wins would take both back to 50.120; the
    // reading merges as the larger value and the odometer is the larger of
    // it and 50.000 + 120: 52.000 on both, and no conflict.
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();
    const qint64 vehicle = addVehicle(a, van(QStringLiteral("AB123CD"), today.addDays(200), today.addDays(200)));
    const qint64 event = addEvent(a);
    const qint64 service = addService(a);
    QVERIFY(vehicle && event && service);
    QVERIFY(pair.exchange());
    const QString odometer = QStringLiteral("SELECT odometer_km FROM fleet_vehicle_odometer WHERE vehicle_id = ?");
    QCOMPARE(number(b, odometer, { vehicle }), qint64(50000));

    pair.tick();
    MaintenanceEntry entry;
    entry.vehicleId = vehicle;
    entry.day = today.addDays(-1);
    entry.km = 52000;
    entry.work = QStringLiteral("Tagliando");
    QVERIFY(FleetRepository(b).addMaintenance(entry, today, pair.clock().nowMs()));
    QCOMPARE(number(b, odometer, { vehicle }), qint64(52000));
    pair.tick();
    NewDeployment d;
    d.eventId = event;
    d.serviceId = service;
    d.requestedBy = QStringLiteral("Regione Lombardia");
    d.from = today;
    d.to = today;
    d.vehicles = { { vehicle, 120, {} } };
    auto deployed = DeploymentService(a, pair.clock()).record(d);
    QVERIFY2(deployed, qPrintable(deployed ? QString() : deployed.error().code));
    QCOMPARE(number(a, odometer, { vehicle }), qint64(50120));

    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(number(db, odometer, { vehicle }), qint64(52000));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM merge_conflict WHERE table_name = 'fleet_vehicle'")),
            qint64(0));
    }

    // A later, larger reading on 1 wins on 2 too.
    pair.tick();
    d.from = d.to = today.addDays(1);
    d.vehicles = { { vehicle, 300, {} } };
    QVERIFY(DeploymentService(a, pair.clock()).record(d));
    QVERIFY(pair.exchange());
    for (const QSqlDatabase &db : { a, b })
        QCOMPARE(number(db, odometer, { vehicle }), qint64(52300));
}

void TestFleetSync::voidsAndCorrectionsApartConverge()
{
    // The van at 50.000 km. 1 records a deployment with 10.000 km typed for
    // 100 (60.000 on both after a sync: the old max-merged odometer kept
    // that for good). Apart: 1 records another deployment of 50 km, 2
    // corrects the first to 100. Both: 50.150. Apart again: 2 voids the
    // second, 1 corrects the first again, later, to 120: both 50.120.
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();
    const qint64 vehicle = addVehicle(a, van(QStringLiteral("AB123CD"), today.addDays(200), today.addDays(200)));
    const qint64 event = addEvent(a);
    const qint64 service = addService(a);
    QVERIFY(vehicle && event && service);
    QVERIFY(pair.exchange());
    const auto odometer = [&](const QSqlDatabase &db) {
        auto km = DeploymentAmendments::odometer(db, vehicle);
        return km ? *km : qint64(-2);
    };

    pair.tick();
    NewDeployment d;
    d.eventId = event;
    d.serviceId = service;
    d.requestedBy = QStringLiteral("Prefettura di Milano");
    d.from = d.to = today.addDays(-5);
    d.vehicles = { { vehicle, 10000, {} } };
    auto first = DeploymentService(a, pair.clock()).record(d);
    QVERIFY(first);
    QVERIFY(pair.exchange());
    QCOMPARE(odometer(a), qint64(60000));
    QCOMPARE(odometer(b), qint64(60000));

    pair.tick();
    d.from = d.to = today.addDays(-2);
    d.vehicles = { { vehicle, 50, {} } };
    auto second = DeploymentService(a, pair.clock()).record(d);
    QVERIFY(second);
    pair.tick();
    QVERIFY(DeploymentAmendments(b, pair.clock())
                .correct({ first->deploymentId, { { vehicle, 100, {} } }, QStringLiteral("Digitati 10.000 km per 100") }));
    QCOMPARE(odometer(a), qint64(60050));
    QCOMPARE(odometer(b), qint64(50100));
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    QCOMPARE(odometer(a), qint64(50150));
    QCOMPARE(odometer(b), qint64(50150));

    pair.tick();
    QVERIFY(DeploymentAmendments(b, pair.clock()).voidDeployment(second->deploymentId, QStringLiteral("Doppione")));
    pair.tick();
    QVERIFY(DeploymentAmendments(a, pair.clock())
                .correct({ first->deploymentId, { { vehicle, 120, {} } }, QStringLiteral("Foglio di marcia") }));
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(odometer(db), qint64(50120));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fleet_deployment_correction")), qint64(2));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM merge_conflict")), qint64(0));
        auto state = DeploymentAmendments(db, pair.clock()).state(second->deploymentId);
        QVERIFY(state && state->voided);
    }
    // Voided on both apart: two entries, one void; the odometer the same.
    pair.tick();
    QVERIFY(DeploymentAmendments(a, pair.clock()).voidDeployment(first->deploymentId, QStringLiteral("Annullato da 1")));
    QVERIFY(DeploymentAmendments(b, pair.clock()).voidDeployment(first->deploymentId, QStringLiteral("Annullato da 2")));
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(odometer(db), qint64(50000));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM fleet_deployment_void WHERE deployment_id = ?"),
                     { first->deploymentId }),
            qint64(2));
    }
}
