// The Colonna Mobile's tables through the sync engine: set up on one
// workstation, worked on both while apart (vehicles edited, maintenance
// and loans recorded), then exchanged: both end with the same rows.

#include "fleetfixture.h"

#include "core/db/sql.h"
#include "core/sync/tableregistry.h"
#include "fleet/domain/fleetrepository.h"
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
};

void TestFleetSync::initTestCase()
{
    declareSyncTables();
}

void TestFleetSync::tablesAreDeclared()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    for (const char *table : { "fleet_site", "fleet_vehicle", "fleet_equipment" })
        QCOMPARE(TableRegistry::kind(QString::fromLatin1(table)), TableKind::Mutable);
    for (const char *table : { "fleet_maintenance", "fleet_loan" })
        QCOMPARE(TableRegistry::kind(QString::fromLatin1(table)), TableKind::Ledger);
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

QTEST_GUILESS_MAIN(TestFleetSync)
#include "tst_fleetsync.moc"
