// The Colonna Mobile's commands on a real database, signed in as a
// coordinator with a fixed clock: bad input refused with nothing written,
// the maintenance log and the odometer, loans out and back, the
// Cruscotto's due counts at their boundaries, and the two reports.

#include "fleetfixture.h"

#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "fleet/domain/fleetcommands.h"
#include "fleet/domain/fleetfigures.h"
#include "fleet/domain/fleetreports.h"
#include "fleet/domain/fleetrepository.h"

#include <QTest>

using namespace fleet;
using namespace fleettest;

namespace {

QString codeOf(const core::Status &s)
{
    return s.ok() ? QString() : s.error().code;
}

core::Result<core::ReportDocument> build(const QSqlDatabase &db, const QString &name, const QDate &at,
    const QMap<QString, QString> &options = {})
{
    for (const core::ReportDefinition &d : FleetReports::definitions())
        if (d.name == name) {
            core::ReportRequest r;
            r.at = at;
            r.now = QDateTime(today, QTime(10, 0));
            r.options = options;
            return d.build(db, r);
        }
    return core::Error(QStringLiteral("no report"));
}

} // namespace

class TestFleetCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void badInputIsRefusedAndNothingWritten_data();
    void badInputIsRefusedAndNothingWritten();
    void vehicleSavedAndEdited();
    void maintenanceMovesTheOdometerOnlyForward();
    void maintenanceUndoIsAReversal();
    void loansOutAndBack();
    void dueBoundariesOnTheCruscotto();
    void vehiclesDueReport();
    void equipmentByOrganisationReport();

private:
    std::unique_ptr<testsupport::TestDatabase> m_database;
    QSqlDatabase m_db;
    core::FixedClock m_clock { QDateTime(today, QTime(10, 0)) };
    qint64 m_organisation = 0;
    qint64 m_pole = 0;
};

void TestFleetCommands::init()
{
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(m_db));
    m_organisation = addOrganisation(m_db, QStringLiteral("Gruppo Comunale PC Segrate"));
    m_pole = addSite(m_db, QStringLiteral("Polo Nord"));
    QVERIFY(m_organisation && m_pole);
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("coord")));
}

void TestFleetCommands::cleanup()
{
    m_database.reset();
}

void TestFleetCommands::badInputIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("error");
    QTest::newRow("plate in the wrong format") << 0 << "fleet.plate_format";
    QTest::newRow("revision before registration") << 1 << "fleet.revision_before_registration";
    QTest::newRow("negative km") << 2 << "fleet.km_out_of_range";
    QTest::newRow("absurd km") << 3 << "fleet.km_out_of_range";
    QTest::newRow("odometer going backwards") << 4 << "fleet.odometer_backwards";
    QTest::newRow("plate of another vehicle") << 5 << "fleet.plate_in_use";
    QTest::newRow("loan of equipment already out") << 6 << "fleet.equipment_already_out";
    QTest::newRow("maintenance km below an earlier entry") << 7 << "fleet.km_before_previous";
    QTest::newRow("return of equipment not out") << 8 << "fleet.equipment_not_out";
    QTest::newRow("loan in the future") << 9 << "fleet.day_in_future";
    QTest::newRow("serial number of another piece") << 10 << "fleet.serial_in_use";
}

void TestFleetCommands::badInputIsRefusedAndNothingWritten()
{
    QFETCH(int, action);
    QFETCH(QString, error);
    core::CommandRunner runner(m_db, m_clock);
    // What every row may need: a vehicle with a log, a piece lent out.
    SaveVehicle first(van(QStringLiteral("AB123CD")));
    QVERIFY(runner.run(first).ok());
    MaintenanceEntry entry;
    entry.vehicleId = first.vehicleId();
    entry.day = today.addDays(-10);
    entry.km = 60000;
    entry.work = QStringLiteral("Tagliando");
    RecordMaintenance logged(entry);
    QVERIFY(runner.run(logged).ok());
    const qint64 piece = addEquipment(m_db, QStringLiteral("Generatore 6 kW"), QStringLiteral("GEN-1"));
    const qint64 other = addEquipment(m_db, QStringLiteral("Generatore 6 kW"), QStringLiteral("GEN-2"));
    LendEquipment lent(piece, m_organisation, today.addDays(-3));
    QVERIFY(runner.run(lent).ok());

    const QByteArray before = testsupport::contentHash(m_db);
    core::Status s;
    Vehicle v = van(QStringLiteral("FT456GH"));
    switch (action) {
    case 0: {
        v.plate = QStringLiteral("MI-12");
        SaveVehicle c(v);
        s = runner.run(c);
        break;
    }
    case 1: {
        v.revisionDue = v.registrationDate.addDays(-1);
        SaveVehicle c(v);
        s = runner.run(c);
        break;
    }
    case 2:
    case 3: {
        v.odometerKm = action == 2 ? -10 : 3000000;
        SaveVehicle c(v);
        s = runner.run(c);
        break;
    }
    case 4: {
        auto again = FleetRepository(m_db).vehicle(first.vehicleId());
        QVERIFY(again && again->odometerKm == 60000);
        Vehicle edited = *again;
        edited.odometerKm = 59999;
        SaveVehicle c(edited);
        s = runner.run(c);
        break;
    }
    case 5: {
        v.plate = QStringLiteral("ab 123 cd");
        SaveVehicle c(v);
        s = runner.run(c);
        break;
    }
    case 6: {
        const qint64 another = addOrganisation(m_db, QStringLiteral("OdV Prova"));
        const QByteArray withOrganisation = testsupport::contentHash(m_db);
        LendEquipment c(piece, another, today);
        s = runner.run(c);
        QCOMPARE(testsupport::contentHash(m_db), withOrganisation);
        QCOMPARE(codeOf(s), error);
        return;
    }
    case 7: {
        MaintenanceEntry later = entry;
        later.day = today;
        later.km = 59000;
        RecordMaintenance c(later);
        s = runner.run(c);
        break;
    }
    case 8: {
        ReturnEquipment c(other, today, ReturnCondition::Good);
        s = runner.run(c);
        break;
    }
    case 9: {
        LendEquipment c(other, m_organisation, today.addDays(1));
        s = runner.run(c);
        break;
    }
    case 10: {
        Equipment e;
        e.description = QStringLiteral("Pompa");
        e.serialNumber = QStringLiteral("gen-1");
        SaveEquipment c(e);
        s = runner.run(c);
        break;
    }
    }
    QCOMPARE(codeOf(s), error);
    QCOMPARE(testsupport::contentHash(m_db), before);
}

void TestFleetCommands::vehicleSavedAndEdited()
{
    core::CommandRunner runner(m_db, m_clock);
    Vehicle v = van(QStringLiteral("ab-123-cd"), QDate(2026, 5, 2), QDate(2026, 12, 31));
    v.owner = Vehicle::Owner::Organisation;
    v.organisationId = m_organisation;
    v.siteId = m_pole;
    SaveVehicle save(v);
    QVERIFY(runner.run(save).ok());
    auto stored = FleetRepository(m_db).vehicle(save.vehicleId());
    QVERIFY(stored);
    QCOMPARE(stored->plate, QStringLiteral("AB123CD"));
    QCOMPARE(stored->organisationId, m_organisation);
    QCOMPARE(stored->revisionDue, QDate(2026, 5, 2));
    // Audited with the vehicle's id.
    QCOMPARE(core::queryValue(m_db,
                 QStringLiteral("SELECT detail FROM audit_event WHERE kind = 'command' ORDER BY id LIMIT 1"))
                 ->toString(),
        QStringLiteral("fleet.vehicle.save %1").arg(save.vehicleId()));
    // An owner that is not an organisation forgets the organisation.
    Vehicle edited = *stored;
    edited.owner = Vehicle::Owner::CcvMi;
    edited.odometerKm = 51000;
    SaveVehicle edit(edited);
    QVERIFY(runner.run(edit).ok());
    stored = FleetRepository(m_db).vehicle(save.vehicleId());
    QCOMPARE(stored->organisationId, qint64(0));
    QCOMPARE(stored->odometerKm, qint64(51000));
    QCOMPARE(count(m_db, QStringLiteral("fleet_vehicle")), qint64(1));
}

void TestFleetCommands::maintenanceMovesTheOdometerOnlyForward()
{
    core::CommandRunner runner(m_db, m_clock);
    const qint64 id = addVehicle(m_db, van(QStringLiteral("AB123CD")));
    auto record = [&](const QDate &day, qint64 km) {
        MaintenanceEntry e;
        e.vehicleId = id;
        e.day = day;
        e.km = km;
        e.work = QStringLiteral("Cambio olio");
        e.costCents = 12050;
        e.doneBy = QStringLiteral("Officina Lambro");
        RecordMaintenance c(e);
        return runner.run(c);
    };
    QVERIFY(record(today.addDays(-100), 55000).ok());
    QCOMPARE(FleetRepository(m_db).vehicle(id)->odometerKm, qint64(55000));
    QVERIFY(record(today.addDays(-10), 61000).ok());
    QCOMPARE(FleetRepository(m_db).vehicle(id)->odometerKm, qint64(61000));
    // Between the two: fits.
    QVERIFY(record(today.addDays(-50), 58000).ok());
    QCOMPARE(FleetRepository(m_db).vehicle(id)->odometerKm, qint64(61000));
    // Between the two but above the later one, or below the earlier one.
    QCOMPARE(codeOf(record(today.addDays(-40), 62000)), QStringLiteral("fleet.km_after_next"));
    QCOMPARE(codeOf(record(today.addDays(-5), 60000)), QStringLiteral("fleet.km_before_previous"));
    // The same km on the same day twice is not going backwards.
    QVERIFY(record(today.addDays(-10), 61000).ok());
    QCOMPARE(count(m_db, QStringLiteral("fleet_maintenance")), qint64(4));
}

void TestFleetCommands::maintenanceUndoIsAReversal()
{
    core::CommandRunner runner(m_db, m_clock);
    const qint64 id = addVehicle(m_db, van(QStringLiteral("AB123CD")));
    MaintenanceEntry e;
    e.vehicleId = id;
    e.day = today;
    e.km = 70000;
    e.work = QStringLiteral("Freni");
    RecordMaintenance c(e);
    QVERIFY(runner.run(c).ok());
    QVERIFY(runner.undo(c).ok());
    QCOMPARE(count(m_db, QStringLiteral("fleet_maintenance")), qint64(2));
    QCOMPARE(core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM fleet_maintenance WHERE reverses_id = ?"),
                 { c.entryId() })
                 ->toInt(),
        1);
    // The log is append-only.
    QVERIFY(!core::runQuery(m_db, QStringLiteral("DELETE FROM fleet_maintenance")));
    QVERIFY(!core::runQuery(m_db, QStringLiteral("UPDATE fleet_maintenance SET km = 1")));
    // A reversed entry no longer holds the odometer back.
    e.day = today.addDays(-1);
    e.km = 65000;
    RecordMaintenance earlier(e);
    QVERIFY(runner.run(earlier).ok());
}

void TestFleetCommands::loansOutAndBack()
{
    core::CommandRunner runner(m_db, m_clock);
    const qint64 piece = addEquipment(m_db, QStringLiteral("Torre faro"), QStringLiteral("TF-1"));
    LendEquipment out(piece, m_organisation, today.addDays(-20), QStringLiteral("alluvione Lambro"));
    QVERIFY(runner.run(out).ok());
    auto open = FleetRepository(m_db).openLoan(piece);
    QCOMPARE(open->loanId, out.loanId());
    QCOMPARE(open->organisationId, m_organisation);
    // Back before it went out: refused.
    ReturnEquipment tooEarly(piece, today.addDays(-21), ReturnCondition::Good);
    QCOMPARE(codeOf(runner.run(tooEarly)), QStringLiteral("fleet.return_before_loan"));
    ReturnEquipment back(piece, today.addDays(-2), ReturnCondition::Damaged, QStringLiteral("cavo rotto"));
    QVERIFY(runner.run(back).ok());
    QCOMPARE(FleetRepository(m_db).openLoan(piece)->loanId, qint64(0));
    QCOMPARE(core::queryValue(m_db, QStringLiteral("SELECT condition FROM fleet_loan WHERE id = ?"), { back.returnId() })
                 ->toString(),
        QStringLiteral("damaged"));
    // Back twice: refused; out again: fine.
    ReturnEquipment twice(piece, today, ReturnCondition::Good);
    QCOMPARE(codeOf(runner.run(twice)), QStringLiteral("fleet.equipment_not_out"));
    LendEquipment again(piece, m_organisation, today);
    QVERIFY(runner.run(again).ok());
    QCOMPARE(count(m_db, QStringLiteral("fleet_loan")), qint64(3));
    // An out-of-service piece is not lent.
    Equipment broken;
    broken.description = QStringLiteral("Pompa");
    broken.state = AssetState::OutOfService;
    QVERIFY(FleetRepository(m_db).saveEquipment(broken).ok());
    LendEquipment refused(broken.id, m_organisation, today);
    QCOMPARE(codeOf(runner.run(refused)), QStringLiteral("fleet.equipment_not_available"));
    // The ledger refuses changes.
    QVERIFY(!core::runQuery(m_db, QStringLiteral("UPDATE fleet_loan SET day = '2020-01-01'")));
    QVERIFY(!core::runQuery(m_db, QStringLiteral("DELETE FROM fleet_loan")));
}

void TestFleetCommands::dueBoundariesOnTheCruscotto()
{
    // Revisions: yesterday (overdue), today, in 30 days (due), in 31 (not).
    addVehicle(m_db, van(QStringLiteral("AA001BB"), today.addDays(-1)));
    addVehicle(m_db, van(QStringLiteral("AA002BB"), today));
    addVehicle(m_db, van(QStringLiteral("AA003BB"), today.addDays(30)));
    addVehicle(m_db, van(QStringLiteral("AA004BB"), today.addDays(31)));
    // Insurance: two overdue, one due in 30 days, one in 31.
    addVehicle(m_db, van(QStringLiteral("AA005BB"), {}, today.addDays(-365)));
    addVehicle(m_db, van(QStringLiteral("AA006BB"), {}, today.addDays(-1)));
    addVehicle(m_db, van(QStringLiteral("AA007BB"), {}, today.addDays(30)));
    addVehicle(m_db, van(QStringLiteral("AA008BB"), {}, today.addDays(31)));
    // Out of service: not watched. Retired: not counted.
    Vehicle grounded = van(QStringLiteral("AA009BB"), today.addDays(-5), today.addDays(-5));
    grounded.state = AssetState::OutOfService;
    addVehicle(m_db, grounded);
    Vehicle retired = van(QStringLiteral("AA010BB"), today.addDays(-5));
    retired.active = false;
    addVehicle(m_db, retired);
    auto f = fleetFigures(m_db, today);
    QVERIFY(f);
    QCOMPARE(f->vehicles, 8);
    QCOMPARE(f->revisionsOverdue, 1);
    QCOMPARE(f->revisionsDueSoon, 2);
    QCOMPARE(f->insuranceOverdue, 2);
    QCOMPARE(f->insuranceDueSoon, 1);
    // A day later the 30-day window moves with the clock.
    auto tomorrow = fleetFigures(m_db, today.addDays(1));
    QCOMPARE(tomorrow->revisionsOverdue, 2);
    QCOMPARE(tomorrow->revisionsDueSoon, 2);
}

void TestFleetCommands::vehiclesDueReport()
{
    addVehicle(m_db, van(QStringLiteral("AA001BB"), today.addDays(-1), today.addDays(100)));
    addVehicle(m_db, van(QStringLiteral("AA002BB"), today.addDays(30), today.addDays(5)));
    addVehicle(m_db, van(QStringLiteral("AA003BB"), today.addDays(31), today.addDays(31)));
    auto doc = build(m_db, QStringLiteral("vehicles-due"), today);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().code));
    const core::ReportTable *t = doc->primaryTable();
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 3);
    // Earliest first: the overdue revision, the insurance in 5 days, the revision in 30.
    QCOMPARE(t->rows[0].value(0).toString(), QStringLiteral("AA 001 BB"));
    QCOMPARE(t->rows[0].value(7).toLongLong(), qint64(-1));
    QCOMPARE(t->rows[1].value(0).toString(), QStringLiteral("AA 002 BB"));
    QCOMPARE(t->rows[1].value(6).toDate(), today.addDays(5));
    QCOMPARE(t->rows[2].value(7).toLongLong(), qint64(30));
}

void TestFleetCommands::equipmentByOrganisationReport()
{
    core::CommandRunner runner(m_db, m_clock);
    const qint64 other = addOrganisation(m_db, QStringLiteral("OdV Prova"));
    Vehicle owned = van(QStringLiteral("AB123CD"));
    owned.owner = Vehicle::Owner::Organisation;
    owned.organisationId = m_organisation;
    addVehicle(m_db, owned);
    const qint64 tent = addEquipment(m_db, QStringLiteral("Tenda PI 88"), QStringLiteral("TND-1"));
    const qint64 pump = addEquipment(m_db, QStringLiteral("Motopompa"), QStringLiteral("MP-1"));
    LendEquipment a(tent, m_organisation, today.addDays(-30));
    LendEquipment b(pump, other, today.addDays(-30));
    QVERIFY(runner.run(a).ok() && runner.run(b).ok());
    ReturnEquipment back(pump, today.addDays(-10), ReturnCondition::Good);
    QVERIFY(runner.run(back).ok());
    // Today: the organisation holds its van and the tent; the other nothing.
    auto doc = build(m_db, QStringLiteral("equipment-by-organisation"), today);
    QVERIFY(doc);
    QCOMPARE(doc->primaryTable()->rows.size(), 2);
    // Twenty days ago the pump was still out.
    auto earlier = build(m_db, QStringLiteral("equipment-by-organisation"), today.addDays(-20));
    QCOMPARE(earlier->primaryTable()->rows.size(), 3);
    auto one = build(m_db, QStringLiteral("equipment-by-organisation"), today.addDays(-20),
        { { QStringLiteral("organisation"), QString::number(other) } });
    QCOMPARE(one->primaryTable()->rows.size(), 1);
    QCOMPARE(one->primaryTable()->rows[0].value(3).toString(), QStringLiteral("MP-1"));
}

QTEST_GUILESS_MAIN(TestFleetCommands)
#include "tst_fleetcommands.moc"
