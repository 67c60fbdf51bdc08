// Modules of the Colonna Mobile and deployments (issue 20, items 4 and 5),
// on a real database signed in as a coordinator with a fixed clock:
// readiness (each missing vehicle, piece or skill makes a module not
// ready), the matching of skills, deployments recording activations and
// km, the audited override, bad input refused with nothing written, the
// permission, and the two reports.

#include "fleetfixture.h"

#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include "core/commands/commandrunner.h"
#include "core/db/database.h"
#include "core/db/idallocator.h"
#include "core/db/localconfig.h"
#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "fleet/domain/deploymentamendments.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/fleetreports.h"
#include "fleet/domain/modulecommands.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleettest;
using Kind = ReadinessReason::Kind;

namespace {

const QString licence = QStringLiteral("Patente C per mezzi pesanti");
const QString chainsaw = QStringLiteral("Uso in sicurezza della motosega");

qint64 insertRow(const QSqlDatabase &db, const QString &sql, QVariantList binds)
{
    core::Transaction tx(db);
    if (!tx)
        return 0;
    auto id = core::allocateRowId(db);
    if (!id)
        return 0;
    binds.prepend(*id);
    auto q = core::runQuery(db, sql, binds);
    if (!q) {
        qWarning() << q.error().code << q.error().args;
        return 0;
    }
    return tx.commit() ? *id : 0;
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = core::runQuery(db, sql, binds);
    if (!q)
        qWarning() << q.error().code << q.error().args;
    return q.ok();
}

qint64 moduleNumber(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

QString statusCodeOf(const core::Status &s)
{
    return s.ok() ? QString() : s.error().code;
}

} // namespace

class TestFleetModules : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readyWhenEverythingIsFit();
    void eachMissingThingMakesItNotReady_data();
    void eachMissingThingMakesItNotReady();
    void oneVolunteerFillsOnePlace_data();
    void oneVolunteerFillsOnePlace();
    void emptyModuleIsNotReady();
    void moduleMembersAreKeyedSets();
    void moduleBadInput_data();
    void moduleBadInput();
    void deploymentRecordsActivationsAndKm();
    void overrideIsRequiredAndAudited();
    void badDeploymentIsRefusedAndNothingWritten_data();
    void badDeploymentIsRefusedAndNothingWritten();
    void deployedVehicleIsNotReady();
    void voidWithdrawsKmAndDays();
    void correctionMovesTheOdometer_data();
    void correctionMovesTheOdometer();
    void odometerFollowsReadingsAndDeployments();
    void badAmendmentIsRefusedAndNothingWritten_data();
    void badAmendmentIsRefusedAndNothingWritten();
    void operatorCannotVoidOrCorrect();
    void withdrawalTakesOneLineOut();
    void deploymentsFromSchema0029BecomeFirstClass();
    void reportMarksVoidedAndCorrected();
    void operatorCannotDeploy();
    void reports();
    void commandLine();

private:
    qint64 addVolunteer(const QString &taxCode, const QStringList &qualifications, const QDate &expires = {});
    NewDeployment baseDeployment() const;
    struct Counts {
        qint64 deployments, items, activations, odometer;
        bool operator==(const Counts &o) const
        {
            return deployments == o.deployments && items == o.items && activations == o.activations
                && odometer == o.odometer;
        }
    };
    Counts counts() const;
    qint64 odometer(qint64 vehicle) const
    {
        return moduleNumber(m_db, QStringLiteral("SELECT odometer_km FROM fleet_vehicle_odometer WHERE vehicle_id = ?"),
            { vehicle });
    }
    qint64 recordBase();
    void certifyFirstDay(qint64 volunteer);

    std::unique_ptr<testsupport::TestDatabase> m_database;
    QSqlDatabase m_db;
    core::FixedClock m_clock { QDateTime(today, QTime(10, 0)) };
    qint64 m_organisation = 0;
    qint64 m_pole = 0;
    qint64 m_truck = 0, m_van = 0;
    qint64 m_pump = 0, m_generator = 0;
    qint64 m_module = 0;
    qint64 m_event = 0, m_service = 0;
    QList<qint64> m_volunteers; // two drivers, one chainsaw operator
};

qint64 TestFleetModules::addVolunteer(const QString &taxCode, const QStringList &qualifications, const QDate &expires)
{
    const qint64 id = insertRow(m_db,
        QStringLiteral("INSERT INTO volunteer(id, organisation_id, last_name, first_name, tax_code, comune_id, "
                       "employment) VALUES (?, ?, ?, 'Prova', ?, 15146, 'not_working')"),
        { m_organisation, QStringLiteral("Volontario %1").arg(taxCode.right(3)), taxCode });
    for (const QString &q : qualifications)
        insertRow(m_db,
            QStringLiteral("INSERT INTO volunteer_qualification(id, volunteer_id, kind, name, obtained_on, expires_on) "
                           "VALUES (?, ?, 'qualification', ?, '2020-01-01', ?)"),
            { id, q, expires.isValid() ? QVariant(core::toSqlDate(expires)) : QVariant() });
    return id;
}

void TestFleetModules::init()
{
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(m_db));
    m_organisation = addOrganisation(m_db, QStringLiteral("Gruppo Comunale PC Segrate"));
    m_pole = addSite(m_db, QStringLiteral("Polo Nord"));
    Vehicle truck = van(QStringLiteral("AB123CD"), today.addDays(100), today.addDays(200));
    truck.type = Vehicle::Type::Truck;
    truck.siteId = m_pole;
    m_truck = addVehicle(m_db, truck);
    m_van = addVehicle(m_db, van(QStringLiteral("EF456GH"), today.addDays(100), today.addDays(200)));
    m_pump = addEquipment(m_db, QStringLiteral("Motopompa"), QStringLiteral("MPI-1"));
    m_generator = addEquipment(m_db, QStringLiteral("Gruppo elettrogeno"), QStringLiteral("GEN-1"));
    QVERIFY(m_organisation && m_pole && m_truck && m_van && m_pump && m_generator);
    m_volunteers = { addVolunteer(QStringLiteral("RSSMRA80A01F205A"), { licence }),
        addVolunteer(QStringLiteral("RSSMRA80A01F205B"), { licence }),
        addVolunteer(QStringLiteral("RSSMRA80A01F205C"), { chainsaw }) };
    QVERIFY(!m_volunteers.contains(0));
    m_event = insertRow(m_db,
        QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date) "
                       "VALUES (?, 'Alluvione Seveso', 'ordinary', 'Decreto 1/2026', '2026-01-01')"),
        {});
    m_service = insertRow(m_db,
        QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, 'colonna', 'Colonna mobile')"), {});
    QVERIFY(m_event && m_service);

    ColonnaModule m;
    m.name = QStringLiteral("Modulo idrogeologico");
    m.siteId = m_pole;
    m.vehicleIds = { m_truck, m_van };
    m.equipmentIds = { m_pump, m_generator };
    m.skills = { { licence, 2 }, { chainsaw, 1 } };
    QVERIFY(ModuleRepository(m_db).saveModule(m).ok());
    m_module = m.id;
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("coord")));
}

void TestFleetModules::cleanup()
{
    m_database.reset();
}

void TestFleetModules::readyWhenEverythingIsFit()
{
    auto r = Readiness::of(m_db, m_module, today);
    QVERIFY(r);
    QVERIFY2(r->ready(), qPrintable(ReadinessText::reasons(r->reasons).join(QLatin1Char(' '))));
    QCOMPARE(r->vehicles.size(), 2);
    QCOMPARE(r->equipment.size(), 2);
    QCOMPARE(r->skills.size(), 2);
    QCOMPARE(r->siteName, QStringLiteral("Polo Nord"));
    auto all = Readiness::all(m_db, today);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
}

void TestFleetModules::eachMissingThingMakesItNotReady_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("kind"); // -1: still ready
    QTest::addColumn<QString>("subject");
    const QString truck = QStringLiteral("AB 123 CD"), pump = QStringLiteral("Motopompa MPI-1");
    QTest::newRow("vehicle in maintenance")
        << "UPDATE fleet_vehicle SET state = 'maintenance' WHERE plate = 'AB123CD'" << int(Kind::VehicleState) << truck;
    QTest::newRow("vehicle out of service")
        << "UPDATE fleet_vehicle SET state = 'out_of_service' WHERE plate = 'AB123CD'" << int(Kind::VehicleState) << truck;
    QTest::newRow("vehicle retired") << "UPDATE fleet_vehicle SET active = 0 WHERE plate = 'AB123CD'"
                                     << int(Kind::VehicleRetired) << truck;
    QTest::newRow("revision overdue since yesterday")
        << "UPDATE fleet_vehicle SET revision_due = '2026-03-09' WHERE plate = 'AB123CD'" << int(Kind::VehicleRevision)
        << truck;
    QTest::newRow("revision due today: still valid")
        << "UPDATE fleet_vehicle SET revision_due = '2026-03-10' WHERE plate = 'AB123CD'" << -1 << QString();
    QTest::newRow("insurance expired yesterday")
        << "UPDATE fleet_vehicle SET insurance_expiry = '2026-03-09' WHERE plate = 'AB123CD'"
        << int(Kind::VehicleInsurance) << truck;
    QTest::newRow("equipment in maintenance")
        << "UPDATE fleet_equipment SET state = 'maintenance' WHERE serial_number = 'MPI-1'" << int(Kind::EquipmentState)
        << pump;
    QTest::newRow("equipment out of service")
        << "UPDATE fleet_equipment SET state = 'out_of_service' WHERE serial_number = 'MPI-1'"
        << int(Kind::EquipmentState) << pump;
    QTest::newRow("equipment retired") << "UPDATE fleet_equipment SET active = 0 WHERE serial_number = 'MPI-1'"
                                       << int(Kind::EquipmentRetired) << pump;
    QTest::newRow("equipment check overdue")
        << "UPDATE fleet_equipment SET check_due = '2026-03-09' WHERE serial_number = 'MPI-1'"
        << int(Kind::EquipmentCheck) << pump;
    QTest::newRow("equipment check due today: still valid")
        << "UPDATE fleet_equipment SET check_due = '2026-03-10' WHERE serial_number = 'MPI-1'" << -1 << QString();
    QTest::newRow("equipment on loan") << "LOAN" << int(Kind::EquipmentOnLoan) << pump;
    QTest::newRow("a driver's licence expired yesterday")
        << "UPDATE volunteer_qualification SET expires_on = '2026-03-09' WHERE volunteer_id = "
           "(SELECT id FROM volunteer WHERE tax_code = 'RSSMRA80A01F205A')"
        << int(Kind::SkillShort) << licence;
    QTest::newRow("a driver's licence expires today: still valid")
        << "UPDATE volunteer_qualification SET expires_on = '2026-03-10' WHERE volunteer_id = "
           "(SELECT id FROM volunteer WHERE tax_code = 'RSSMRA80A01F205A')"
        << -1 << QString();
    QTest::newRow("a licence obtained tomorrow")
        << "UPDATE volunteer_qualification SET obtained_on = '2026-03-11' WHERE volunteer_id = "
           "(SELECT id FROM volunteer WHERE tax_code = 'RSSMRA80A01F205B')"
        << int(Kind::SkillShort) << licence;
    QTest::newRow("the chainsaw operator inactive")
        << "UPDATE volunteer SET active = 0 WHERE tax_code = 'RSSMRA80A01F205C'" << int(Kind::SkillShort) << chainsaw;
    QTest::newRow("letter case of the qualification does not matter")
        << "UPDATE volunteer_qualification SET name = upper(name) WHERE volunteer_id = "
           "(SELECT id FROM volunteer WHERE tax_code = 'RSSMRA80A01F205C')"
        << -1 << QString();
    QTest::newRow("a third driver needed")
        << "UPDATE fleet_module_skill SET needed = 3 WHERE qualification = 'Patente C per mezzi pesanti'"
        << int(Kind::SkillShort) << licence;
}

void TestFleetModules::eachMissingThingMakesItNotReady()
{
    QFETCH(QString, change);
    QFETCH(int, kind);
    QFETCH(QString, subject);
    if (change == QLatin1String("LOAN"))
        QVERIFY(FleetRepository(m_db).lend(m_pump, m_organisation, today.addDays(-3), {}, m_clock.nowMs()));
    else
        QVERIFY(exec(m_db, change));
    auto r = Readiness::of(m_db, m_module, today);
    QVERIFY(r);
    if (kind < 0) {
        QVERIFY2(r->ready(), qPrintable(ReadinessText::reasons(r->reasons).join(QLatin1Char(' '))));
        return;
    }
    QVERIFY(!r->ready());
    QCOMPARE(r->reasons.size(), 1);
    QCOMPARE(int(r->reasons.first().kind), kind);
    QCOMPARE(r->reasons.first().subject, subject);
    // Said in words, and the readiness of the other module unchanged.
    QVERIFY(!ReadinessText::reason(r->reasons.first()).isEmpty());
    QVERIFY(!ReadinessText::reason(r->reasons.first()).contains(QLatin1String("%")));
}

void TestFleetModules::oneVolunteerFillsOnePlace_data()
{
    QTest::addColumn<QList<QList<qint64>>>("holders");
    QTest::addColumn<QList<int>>("needed");
    QTest::addColumn<QList<int>>("covered");
    QTest::newRow("separate people") << QList<QList<qint64>> { { 1, 2 }, { 3 } } << QList<int> { 2, 1 }
                                     << QList<int> { 2, 1 };
    QTest::newRow("one person holds both: counted once")
        << QList<QList<qint64>> { { 1 }, { 1 } } << QList<int> { 1, 1 } << QList<int> { 1, 0 };
    QTest::newRow("the one who holds both goes where needed")
        << QList<QList<qint64>> { { 1, 2 }, { 1 } } << QList<int> { 1, 1 } << QList<int> { 1, 1 };
    QTest::newRow("the same, holders in another order")
        << QList<QList<qint64>> { { 2, 1 }, { 1 } } << QList<int> { 1, 1 } << QList<int> { 1, 1 };
    QTest::newRow("two drivers, two chainsaws, three people")
        << QList<QList<qint64>> { { 1, 2, 3 }, { 2, 3 } } << QList<int> { 2, 2 } << QList<int> { 2, 1 };
    QTest::newRow("nobody") << QList<QList<qint64>> { {}, { 5 } } << QList<int> { 2, 1 } << QList<int> { 0, 1 };
}

void TestFleetModules::oneVolunteerFillsOnePlace()
{
    QFETCH(QList<QList<qint64>>, holders);
    QFETCH(QList<int>, needed);
    QFETCH(QList<int>, covered);
    QCOMPARE(Readiness::coverSkills(holders, needed), covered);
}

void TestFleetModules::emptyModuleIsNotReady()
{
    SaveModule command(ColonnaModule { 0, QStringLiteral("Modulo vuoto"), {}, 0, true, {}, {}, {}, {} });
    QVERIFY(core::CommandRunner(m_db, m_clock).run(command).ok());
    auto r = Readiness::of(m_db, command.moduleId(), today);
    QVERIFY(r);
    QCOMPARE(r->reasons.size(), 1);
    QCOMPARE(r->reasons.first().kind, Kind::Empty);
}

void TestFleetModules::moduleMembersAreKeyedSets()
{
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT id FROM fleet_module_vehicle WHERE vehicle_id = ?"), { m_truck }),
        core::keyedRowId(QStringLiteral("fleet_module_vehicle"), { m_module, m_truck }));
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT id FROM fleet_module_skill WHERE qualification = ?"), { chainsaw }),
        core::keyedRowId(QStringLiteral("fleet_module_skill"), { m_module, chainsaw }));
    // An edit: the van leaves, the chainsaw operators become two.
    auto m = ModuleRepository(m_db).module(m_module);
    QVERIFY(m);
    m->vehicleIds = { m_truck };
    m->skills = { { licence, 2 }, { chainsaw, 2 } };
    const qint64 skillId = moduleNumber(m_db, QStringLiteral("SELECT id FROM fleet_module_skill WHERE qualification = ?"), { chainsaw });
    const qint64 seq = moduleNumber(m_db, QStringLiteral("SELECT max(seq) FROM change_log"));
    SaveModule command(*m);
    QVERIFY(core::CommandRunner(m_db, m_clock).run(command).ok());
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_module_vehicle")), qint64(1));
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT needed FROM fleet_module_skill WHERE id = ?"), { skillId }), qint64(2));
    // Only the changes were written: one member deleted, one skill updated.
    auto written = core::queryValue(m_db,
        QStringLiteral("SELECT group_concat(table_name || ':' || operation, ' ') FROM (SELECT table_name, operation "
                       "FROM change_log WHERE table_name LIKE 'fleet_module_%' AND seq > ? ORDER BY seq)"),
        { seq });
    QVERIFY(written);
    QCOMPARE(written->toString(), QStringLiteral("fleet_module_vehicle:D fleet_module_skill:U"));
}

void TestFleetModules::moduleBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("qualification");
    QTest::addColumn<int>("needed");
    QTest::addColumn<QString>("error");
    QTest::newRow("no name") << " " << licence << 1 << "fleet.module_name_missing";
    QTest::newRow("name taken") << "modulo IDROGEOLOGICO" << licence << 1 << "fleet.module_exists";
    QTest::newRow("skill without name") << "Modulo AIB" << " " << 1 << "fleet.skill_missing_name";
    QTest::newRow("zero volunteers") << "Modulo AIB" << licence << 0 << "fleet.skill_needed_out_of_range";
    QTest::newRow("a hundred volunteers") << "Modulo AIB" << licence << 100 << "fleet.skill_needed_out_of_range";
}

void TestFleetModules::moduleBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, qualification);
    QFETCH(int, needed);
    QFETCH(QString, error);
    const qint64 before = moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM change_log"));
    ColonnaModule m;
    m.name = name;
    m.skills = { { qualification, needed } };
    SaveModule command(m);
    QCOMPARE(statusCodeOf(core::CommandRunner(m_db, m_clock).run(command)), error);
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM change_log")), before);
}

NewDeployment TestFleetModules::baseDeployment() const
{
    NewDeployment d;
    d.eventId = m_event;
    d.scope = DeploymentScope::OutsideProvince;
    d.requestedBy = QStringLiteral("Regione Lombardia - Sala operativa");
    d.from = today.addDays(-3);
    d.to = today.addDays(-1);
    d.serviceId = m_service;
    d.place = QStringLiteral("Argine del Seveso");
    d.moduleIds = { m_module };
    d.vehicles = { { m_truck, 420, {} }, { m_van, 380, {} } };
    d.volunteerIds = m_volunteers;
    return d;
}

TestFleetModules::Counts TestFleetModules::counts() const
{
    return { moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment")),
        moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment_item")),
        moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM activation")),
        moduleNumber(m_db, QStringLiteral("SELECT sum(odometer_km) FROM fleet_vehicle_odometer")) };
}

void TestFleetModules::deploymentRecordsActivationsAndKm()
{
    RecordDeployment command(baseDeployment());
    QVERIFY2(core::CommandRunner(m_db, m_clock).run(command).ok(), "deployment refused");
    const DeploymentResult &r = command.result();
    QVERIFY(r.deploymentId != 0);
    QCOMPARE(r.vehicles, 2);
    QCOMPARE(r.equipment, 2); // the module's pump and generator
    QCOMPARE(r.volunteers, 3);
    QCOMPARE(r.personDays, 9); // 3 volunteers x 3 days
    // The days are activations of the event, on the deployment's service.
    QCOMPARE(moduleNumber(m_db,
                 QStringLiteral("SELECT count(*) FROM activation_effective WHERE event_id = ? AND service_id = ? "
                                "AND day BETWEEN '2026-03-07' AND '2026-03-09' AND place = 'Argine del Seveso'"),
                 { m_event, m_service }),
        qint64(9));
    // km on the odometers, from the lines: the readings stay as read.
    QCOMPARE(odometer(m_truck), qint64(50420));
    QCOMPARE(odometer(m_van), qint64(50380));
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT odometer_km FROM fleet_vehicle WHERE id = ?"), { m_truck }), qint64(50000));
    QCOMPARE(FleetRepository(m_db).vehicle(m_truck)->odometerKm, qint64(50420));
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT odometer_from FROM fleet_deployment_item WHERE vehicle_id = ?"),
                 { m_truck }),
        qint64(50000));
    // One line per module, vehicle, piece and volunteer.
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment_item WHERE deployment_id = ?"),
                 { r.deploymentId }),
        qint64(1 + 2 + 2 + 3));
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment WHERE scope = 'outside_province'")),
        qint64(1));
    // Audited, with no override.
    auto detail = core::queryValue(m_db,
        QStringLiteral("SELECT detail FROM audit_event WHERE kind = 'command' AND detail LIKE '%fleet.deployment.record%' "
                       "ORDER BY id DESC LIMIT 1"));
    QVERIFY(detail && detail->isValid());
    QVERIFY2(!detail->toString().contains(QLatin1String("override")), qPrintable(detail->toString()));
    // The ledger refuses to be changed.
    QVERIFY(!exec(m_db, QStringLiteral("UPDATE fleet_deployment SET place = 'x'")));
    QVERIFY(!exec(m_db, QStringLiteral("DELETE FROM fleet_deployment_item")));
}

void TestFleetModules::overrideIsRequiredAndAudited()
{
    QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_vehicle SET state = 'out_of_service' WHERE id = ?"), { m_truck }));
    NewDeployment d = baseDeployment();
    {
        RecordDeployment refused(d);
        const core::Status s = core::CommandRunner(m_db, m_clock).run(refused);
        QCOMPARE(statusCodeOf(s), QStringLiteral("fleet.vehicle_not_fit"));
        QCOMPARE(s.error().args.value(0), QStringLiteral("AB 123 CD"));
        QCOMPARE(s.error().args.value(1), QStringLiteral("out_of_service"));
    }
    d.vehicles[0].overrideReason = QStringLiteral("Unico mezzo con gru disponibile, autorizzato dal coordinatore");
    RecordDeployment command(d);
    QVERIFY(core::CommandRunner(m_db, m_clock).run(command).ok());
    QCOMPARE(command.result().overriddenVehicles, QList<qint64> { m_truck });
    QCOMPARE(core::queryValue(m_db,
                 QStringLiteral("SELECT override_reason FROM fleet_deployment_item WHERE vehicle_id = ?"), { m_truck })
                 ->toString(),
        d.vehicles[0].overrideReason);
    // A fit vehicle keeps no reason.
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment_item WHERE override_reason <> ''")),
        qint64(1));
    auto detail = core::queryValue(m_db,
        QStringLiteral("SELECT detail FROM audit_event WHERE kind = 'command' AND detail LIKE '%fleet.deployment.record%' "
                       "ORDER BY id DESC LIMIT 1"));
    QVERIFY(detail && detail->isValid());
    QVERIFY2(detail->toString().contains(QStringLiteral("override vehicle %1").arg(m_truck)), qPrintable(detail->toString()));
}

void TestFleetModules::badDeploymentIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("error");
    QTest::newRow("out-of-service vehicle, no override") << 0 << "fleet.vehicle_not_fit";
    QTest::newRow("dates reversed") << 1 << "fleet.deployment_dates_reversed";
    QTest::newRow("a volunteer already activated that day") << 2 << "volunteers.two_services";
    QTest::newRow("a volunteer already deployed that day") << 3 << "volunteers.duplicate_day";
    QTest::newRow("insurance expiring during the deployment") << 4 << "fleet.vehicle_not_fit";
    QTest::newRow("equipment out of service, no override") << 5 << "fleet.equipment_not_fit";
    QTest::newRow("no requesting body") << 6 << "fleet.deployment_requester_missing";
    QTest::newRow("nothing sent") << 7 << "fleet.deployment_empty";
    QTest::newRow("before the event") << 8 << "fleet.deployment_outside_event";
    QTest::newRow("absurd km") << 9 << "fleet.deployment_km_out_of_range";
    QTest::newRow("vehicle already on a deployment") << 10 << "fleet.vehicle_already_deployed";
    QTest::newRow("no service") << 11 << "fleet.unknown_service";
}

void TestFleetModules::badDeploymentIsRefusedAndNothingWritten()
{
    QFETCH(int, action);
    QFETCH(QString, error);
    NewDeployment d = baseDeployment();
    switch (action) {
    case 0:
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_vehicle SET state = 'out_of_service' WHERE id = ?"), { m_van }));
        break;
    case 1:
        std::swap(d.from, d.to);
        break;
    case 2: {
        const qint64 other = insertRow(m_db,
            QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, 'prova-coc', 'Supporto COC di prova')"), {});
        QVERIFY(exec(m_db,
            QStringLiteral("INSERT INTO activation(id, event_id, volunteer_id, organisation_id, day, service_id, "
                           "recorded_at) VALUES (?, ?, ?, ?, '2026-03-08', ?, 0)"),
            { core::keyedRowId(QStringLiteral("activation"), { 1 }), m_event, m_volunteers.at(2), m_organisation, other }));
        break;
    }
    case 3: {
        NewDeployment first;
        first.eventId = m_event;
        first.requestedBy = QStringLiteral("Prefettura");
        first.from = first.to = today.addDays(-1);
        first.serviceId = m_service;
        first.volunteerIds = { m_volunteers.at(1) };
        RecordDeployment earlier(first);
        QVERIFY(core::CommandRunner(m_db, m_clock).run(earlier).ok());
        break;
    }
    case 4:
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_vehicle SET insurance_expiry = '2026-03-08' WHERE id = ?"), { m_van }));
        break;
    case 5:
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_equipment SET state = 'out_of_service' WHERE id = ?"), { m_pump }));
        break;
    case 6:
        d.requestedBy = QStringLiteral("  ");
        break;
    case 7:
        d.moduleIds.clear();
        d.vehicles.clear();
        d.volunteerIds.clear();
        break;
    case 8:
        d.from = QDate(2025, 12, 30);
        break;
    case 9:
        d.vehicles[0].km = 250000;
        break;
    case 10: {
        NewDeployment first;
        first.eventId = m_event;
        first.requestedBy = QStringLiteral("Prefettura");
        first.from = today.addDays(-2);
        first.to = today;
        first.serviceId = m_service;
        first.vehicles = { { m_van, 10, {} } };
        RecordDeployment earlier(first);
        QVERIFY(core::CommandRunner(m_db, m_clock).run(earlier).ok());
        break;
    }
    case 11:
        d.serviceId = 0;
        break;
    }
    const Counts before = counts();
    RecordDeployment command(d);
    const core::Status s = core::CommandRunner(m_db, m_clock).run(command);
    QCOMPARE(statusCodeOf(s), error);
    QVERIFY(before == counts());
}

void TestFleetModules::deployedVehicleIsNotReady()
{
    NewDeployment d = baseDeployment();
    d.to = today.addDays(2); // still out today
    RecordDeployment command(d);
    QVERIFY(core::CommandRunner(m_db, m_clock).run(command).ok());
    auto r = Readiness::of(m_db, m_module, today);
    QVERIFY(r);
    QVERIFY(!r->ready());
    QCOMPARE(r->reasons.first().kind, Kind::VehicleDeployed);
    QCOMPARE(r->reasons.first().detail, QStringLiteral("Alluvione Seveso"));
    // Back after the last day.
    auto later = Readiness::of(m_db, m_module, today.addDays(3));
    QVERIFY(later);
    QVERIFY(later->ready());
}

qint64 TestFleetModules::recordBase()
{
    RecordDeployment command(baseDeployment());
    if (!core::CommandRunner(m_db, m_clock).run(command).ok())
        return 0;
    return command.result().deploymentId;
}

void TestFleetModules::certifyFirstDay(qint64 volunteer)
{
    const qint64 employer = insertRow(m_db, QStringLiteral("INSERT INTO employer(id, name) VALUES (?, 'Ditta Rossi')"), {});
    const qint64 attestato = insertRow(m_db,
        QStringLiteral("INSERT INTO attestato(id, number, year, workstation, seq, volunteer_id, event_id, "
                       "organisation_id, employer_id, volunteer_name, employer_name, first_day, last_day, day_count, "
                       "reimbursement_deadline, issued_on, issued_at, issued_by, content) VALUES (?, '2026/1-7', 2026, "
                       "1, 7, ?, ?, ?, ?, 'Volontario', 'Ditta Rossi', '2026-03-07', '2026-03-07', 1, '2028-03-07', "
                       "'2026-03-09', 0, 'coord', '')"),
        { volunteer, m_event, m_organisation, employer });
    QVERIFY(employer && attestato);
    QVERIFY(exec(m_db,
        QStringLiteral("INSERT INTO attestato_day(activation_id, attestato_id, day) SELECT id, ?, day FROM "
                       "activation_effective WHERE volunteer_id = ? AND day = '2026-03-07'"),
        { attestato, volunteer }));
}

void TestFleetModules::voidWithdrawsKmAndDays()
{
    const qint64 id = recordBase();
    QVERIFY(id);
    const QString days = QStringLiteral("SELECT count(*) FROM activation_effective WHERE event_id = ? AND service_id = ?");
    QCOMPARE(moduleNumber(m_db, days, { m_event, m_service }), qint64(9));
    m_clock.advanceSecs(3600);
    VoidDeployment command(id, QStringLiteral("  Registrato per errore:  la colonna non è partita "));
    QVERIFY2(core::CommandRunner(m_db, m_clock).run(command).ok(), "void refused");
    QCOMPARE(command.result().vehicles, 2);
    QCOMPARE(command.result().km, qint64(800));
    QCOMPARE(command.result().reversedDays, 9);
    // The km leave the odometers; the days are reversed (with the reason),
    // not deleted; the deployment and its lines stay.
    QCOMPARE(odometer(m_truck), qint64(50000));
    QCOMPARE(odometer(m_van), qint64(50000));
    QCOMPARE(moduleNumber(m_db, days, { m_event, m_service }), qint64(0));
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM activation WHERE entry_kind = 'reversal' AND reason = "
                                         "'Registrato per errore: la colonna non è partita'")),
        qint64(9));
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment_item WHERE deployment_id = ?"), { id }),
        qint64(8));
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment_void WHERE deployment_id = ? AND "
                                         "km_withdrawn = 800 AND days_reversed = 9"),
                 { id }),
        qint64(1));
    auto state = DeploymentAmendments(m_db, m_clock).state(id);
    QVERIFY(state && state->voided);
    QCOMPARE(state->voidReason, QStringLiteral("Registrato per errore: la colonna non è partita"));
    QCOMPARE(state->activeDays, 0);
    auto detail = core::queryValue(m_db,
        QStringLiteral("SELECT detail FROM audit_event WHERE kind = 'command' AND detail LIKE 'fleet.deployment.void %'"));
    QVERIFY(detail && detail->isValid());
    QVERIFY2(detail->toString().contains(QStringLiteral("%1 vehicles 2 km 800 days reversed 9").arg(id)),
        qPrintable(detail->toString()));
    // The void is a ledger too.
    QVERIFY(!exec(m_db, QStringLiteral("UPDATE fleet_deployment_void SET reason = 'x'")));
    QVERIFY(!exec(m_db, QStringLiteral("DELETE FROM fleet_deployment_void")));
    // The vehicles, the equipment and the volunteers are free on those days
    // again: the deployment can be recorded anew, and the module is ready.
    QVERIFY(recordBase() != 0);
    QCOMPARE(odometer(m_truck), qint64(50420));
}

void TestFleetModules::correctionMovesTheOdometer_data()
{
    QTest::addColumn<QList<qint64>>("truckKm"); // recorded, then each correction in turn
    QTest::addColumn<qint64>("odometer");
    QTest::newRow("typed ten times too many") << QList<qint64> { 4200, 420 } << qint64(50420);
    QTest::newRow("forgotten, then added") << QList<qint64> { 0, 135 } << qint64(50135);
    QTest::newRow("down to nothing") << QList<qint64> { 420, 0 } << qint64(50000);
    QTest::newRow("corrected twice: the latest counts") << QList<qint64> { 4200, 42, 420 } << qint64(50420);
    QTest::newRow("up to the largest") << QList<qint64> { 10, 100000 } << qint64(150000);
}

void TestFleetModules::correctionMovesTheOdometer()
{
    QFETCH(QList<qint64>, truckKm);
    QFETCH(qint64, odometer);
    NewDeployment d = baseDeployment();
    d.vehicles[0].km = truckKm.first();
    RecordDeployment record(d);
    QVERIFY(core::CommandRunner(m_db, m_clock).run(record).ok());
    const qint64 id = record.result().deploymentId;
    QCOMPARE(this->odometer(m_truck), 50000 + truckKm.first());
    for (int i = 1; i < truckKm.size(); ++i) {
        m_clock.advanceSecs(60);
        DeploymentKmCorrection c;
        c.deploymentId = id;
        c.vehicles = { { m_truck, truckKm.at(i), {} }, { m_van, 380, {} } }; // the van as it was: left alone
        c.reason = QStringLiteral("Verificato sul foglio di marcia");
        CorrectDeployment command(c);
        QVERIFY2(core::CommandRunner(m_db, m_clock).run(command).ok(), "correction refused");
        QCOMPARE(command.result().lines, 1);
        QCOMPARE(command.result().kmBefore, truckKm.at(i - 1));
        QCOMPARE(command.result().kmAfter, truckKm.at(i));
    }
    QCOMPARE(this->odometer(m_truck), odometer);
    QCOMPARE(this->odometer(m_van), qint64(50380));
    // What was recorded stays; each correction is an entry.
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT km FROM fleet_deployment_item WHERE vehicle_id = ?"), { m_truck }),
        truckKm.first());
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment_correction WHERE deployment_id = ?"), { id }),
        qint64(truckKm.size() - 1));
    auto state = DeploymentAmendments(m_db, m_clock).state(id);
    QVERIFY(state);
    QCOMPARE(state->vehicles.size(), 2);
    QCOMPARE(state->vehicles.first().plate, QStringLiteral("AB 123 CD"));
    QCOMPARE(state->vehicles.first().recordedKm, truckKm.first());
    QCOMPARE(state->vehicles.first().km, truckKm.last());
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                         "'fleet.deployment.correct %'")),
        qint64(truckKm.size() - 1));
}

void TestFleetModules::odometerFollowsReadingsAndDeployments()
{
    // 50.000 read; a deployment of 420 from it; a service reads 51.000
    // (the 420 and more); a deployment of 100 from 51.000: 51.100. The
    // first deployment voided: still 51.100 (the reading stands). The
    // vehicle's form left as it is keeps the reading; a higher value typed
    // is a reading.
    QVERIFY(recordBase());
    QCOMPARE(odometer(m_truck), qint64(50420));
    MaintenanceEntry service;
    service.vehicleId = m_truck;
    service.day = today;
    service.km = 51000;
    service.work = QStringLiteral("Tagliando");
    QVERIFY(FleetRepository(m_db).addMaintenance(service, today, m_clock.nowMs()));
    QCOMPARE(odometer(m_truck), qint64(51000));
    NewDeployment d;
    d.eventId = m_event;
    d.requestedBy = QStringLiteral("Prefettura");
    d.from = d.to = today;
    d.serviceId = m_service;
    d.vehicles = { { m_truck, 100, {} } };
    RecordDeployment second(d);
    QVERIFY(core::CommandRunner(m_db, m_clock).run(second).ok());
    QCOMPARE(odometer(m_truck), qint64(51100));
    const qint64 first = moduleNumber(m_db, QStringLiteral("SELECT min(id) FROM fleet_deployment"));
    VoidDeployment voided(first, QStringLiteral("Doppione"));
    QVERIFY(core::CommandRunner(m_db, m_clock).run(voided).ok());
    QCOMPARE(odometer(m_truck), qint64(51100));

    auto vehicle = FleetRepository(m_db).vehicle(m_truck);
    QVERIFY(vehicle);
    QCOMPARE(vehicle->odometerKm, qint64(51100));
    QCOMPARE(vehicle->readingKm, qint64(51000));
    vehicle->model = QStringLiteral("Iveco Eurocargo");
    QVERIFY(FleetRepository(m_db).saveVehicle(*vehicle, today).ok());
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT odometer_km FROM fleet_vehicle WHERE id = ?"), { m_truck }), qint64(51000));
    vehicle->odometerKm = 51050;
    QCOMPARE(FleetRepository(m_db).saveVehicle(*vehicle, today).error().code, QStringLiteral("fleet.odometer_backwards"));
    vehicle->odometerKm = 51250;
    QVERIFY(FleetRepository(m_db).saveVehicle(*vehicle, today).ok());
    QCOMPARE(odometer(m_truck), qint64(51250));
}

void TestFleetModules::badAmendmentIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("what"); // void / correct
    QTest::addColumn<int>("setup");
    QTest::addColumn<QString>("error");
    QTest::newRow("void without a reason") << "void" << 0 << "fleet.amend_reason_missing";
    QTest::newRow("void of an unknown deployment") << "void" << 1 << "fleet.unknown_deployment";
    QTest::newRow("void twice") << "void" << 2 << "fleet.deployment_voided";
    QTest::newRow("void with a day certified") << "void" << 3 << "fleet.deployment_day_certified";
    QTest::newRow("correction without a reason") << "correct" << 0 << "fleet.amend_reason_missing";
    QTest::newRow("correction of a voided deployment") << "correct" << 2 << "fleet.deployment_voided";
    QTest::newRow("correction of a vehicle that did not go") << "correct" << 4 << "fleet.vehicle_not_on_deployment";
    QTest::newRow("correction with the same km") << "correct" << 5 << "fleet.correction_unchanged";
    QTest::newRow("correction with absurd km") << "correct" << 6 << "fleet.deployment_km_out_of_range";
    QTest::newRow("correction with no vehicle") << "correct" << 7 << "fleet.correction_empty";
    QTest::newRow("correction past the odometer's end") << "correct" << 8 << "fleet.km_out_of_range";
    QTest::newRow("correction of a line before 0030, read after at a service")
        << "correct" << 9 << "fleet.deployment_km_in_later_reading";
    QTest::newRow("void of a line before 0030, read after at a service")
        << "void" << 9 << "fleet.deployment_km_in_later_reading";
    QTest::newRow("correction of a line before 0030 above its reading")
        << "correct" << 10 << "fleet.deployment_km_above_reading";
    QTest::newRow("void of a line before 0030 above its reading") << "void" << 10 << "fleet.deployment_km_above_reading";
    QTest::newRow("withdrawal without a reason") << "withdraw" << 0 << "fleet.amend_reason_missing";
    QTest::newRow("withdrawal from an unknown deployment") << "withdraw" << 1 << "fleet.unknown_deployment";
    QTest::newRow("withdrawal from a voided deployment") << "withdraw" << 2 << "fleet.deployment_voided";
    QTest::newRow("withdrawal of a volunteer with a day certified")
        << "withdraw" << 3 << "fleet.volunteer_day_certified";
    QTest::newRow("withdrawal of a vehicle that did not go") << "withdraw" << 4 << "fleet.line_not_on_deployment";
    QTest::newRow("withdrawal of nothing") << "withdraw" << 7 << "fleet.withdraw_what";
    QTest::newRow("withdrawal of two things") << "withdraw" << 13 << "fleet.withdraw_what";
    QTest::newRow("withdrawal of a line before 0030, read after at a service")
        << "withdraw" << 9 << "fleet.deployment_km_in_later_reading";
    QTest::newRow("withdrawal twice") << "withdraw" << 11 << "fleet.line_not_on_deployment";
    QTest::newRow("withdrawal of the last line") << "withdraw" << 12 << "fleet.withdraw_last_line";
    QTest::newRow("correction of an unknown deployment") << "correct" << 1 << "fleet.unknown_deployment";
}

void TestFleetModules::badAmendmentIsRefusedAndNothingWritten()
{
    QFETCH(QString, what);
    QFETCH(int, setup);
    QFETCH(QString, error);
    qint64 id = recordBase();
    QVERIFY(id);
    QString reason = QStringLiteral("Verificato sul foglio di marcia");
    DeploymentKmCorrection c;
    c.vehicles = { { m_truck, 42, {} } };
    DeploymentLineWithdrawal w;
    w.vehicleId = m_truck;
    if (setup == 3)
        w = { 0, 0, 0, m_volunteers.at(1), QString() };
    if (setup == 4)
        w.vehicleId = addVehicle(m_db, van(QStringLiteral("GH789JK")));
    if (setup == 7)
        w.vehicleId = 0;
    if (setup == 13)
        w.equipmentId = m_pump;
    switch (setup) {
    case 0:
        reason = QStringLiteral(" \t ");
        break;
    case 1:
        id += 1000;
        break;
    case 2: {
        VoidDeployment first(id, QStringLiteral("Doppione"));
        QVERIFY(core::CommandRunner(m_db, m_clock).run(first).ok());
        break;
    }
    case 3:
        certifyFirstDay(m_volunteers.at(1));
        break;
    case 4:
        c.vehicles = { { m_truck, 42, {} }, { addVehicle(m_db, van(QStringLiteral("GH789JK"))), 10, {} } };
        break;
    case 5:
        c.vehicles = { { m_truck, 420, {} } };
        break;
    case 6:
        c.vehicles = { { m_truck, 100001, {} } };
        break;
    case 7:
        c.vehicles.clear();
        break;
    case 8:
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_vehicle SET odometer_km = 1950000 WHERE id = ?"), { m_truck }));
        QVERIFY(exec(m_db, QStringLiteral("DROP TRIGGER fleet_deployment_item_no_update")));
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_deployment_item SET odometer_from = 1950000 WHERE vehicle_id = ?"),
            { m_truck }));
        c.vehicles = { { m_truck, 60000, {} } };
        break;
    case 9:
        // As a line of a deployment recorded before migration 0030, its km
        // inside a reading read at a service the day after it ended.
        QVERIFY(exec(m_db, QStringLiteral("DROP TRIGGER fleet_deployment_item_no_update")));
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_deployment_item SET odometer_from = NULL")));
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_vehicle SET odometer_km = 50420 WHERE id = ?"), { m_truck }));
        QVERIFY(insertRow(m_db,
            QStringLiteral("INSERT INTO fleet_maintenance(id, vehicle_id, day, km, work, recorded_at) "
                           "VALUES (?, ?, ?, 50420, 'Tagliando', 0)"),
            { m_truck, core::toSqlDate(today) }));
        break;
    case 10:
        // The same, the reading lower than the km recorded on it.
        QVERIFY(exec(m_db, QStringLiteral("DROP TRIGGER fleet_deployment_item_no_update")));
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_deployment_item SET odometer_from = NULL")));
        QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_vehicle SET odometer_km = 300 WHERE id = ?"), { m_truck }));
        break;
    case 11: {
        WithdrawDeploymentLine first({ id, m_truck, 0, 0, QStringLiteral("Rimasto al polo") });
        QVERIFY(core::CommandRunner(m_db, m_clock).run(first).ok());
        break;
    }
    case 12: {
        NewDeployment alone = baseDeployment();
        alone.moduleIds.clear();
        alone.vehicles.clear();
        alone.volunteerIds = { m_volunteers.at(0) };
        alone.from = alone.to = today.addDays(-10);
        RecordDeployment record(alone);
        QVERIFY(core::CommandRunner(m_db, m_clock).run(record).ok());
        id = record.result().deploymentId;
        w = { 0, 0, 0, m_volunteers.at(0), QString() };
        break;
    }
    }
    c.deploymentId = id;
    c.reason = reason;
    w.deploymentId = id;
    w.reason = reason;
    const qint64 before = moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM change_log"));
    const Counts counted = counts();
    const qint64 reversals = moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM activation WHERE entry_kind = 'reversal'"));
    core::Status s;
    if (what == QLatin1String("void")) {
        VoidDeployment command(id, reason);
        s = core::CommandRunner(m_db, m_clock).run(command);
    } else if (what == QLatin1String("withdraw")) {
        WithdrawDeploymentLine command(w);
        s = core::CommandRunner(m_db, m_clock).run(command);
    } else {
        CorrectDeployment command(c);
        s = core::CommandRunner(m_db, m_clock).run(command);
    }
    QCOMPARE(statusCodeOf(s), error);
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM change_log")), before);
    QVERIFY(counted == counts());
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM activation WHERE entry_kind = 'reversal'")), reversals);
    if (setup == 3) {
        // Who, which day, which attestato: the Italian message names them.
        QCOMPARE(s.error().args.value(1), QStringLiteral("2026-03-07"));
        QCOMPARE(s.error().args.value(2), QStringLiteral("2026/1-7"));
    }
}

void TestFleetModules::operatorCannotVoidOrCorrect()
{
    const qint64 id = recordBase();
    QVERIFY(id);
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("oper")));
    const Counts before = counts();
    VoidDeployment voided(id, QStringLiteral("Doppione"));
    QCOMPARE(statusCodeOf(core::CommandRunner(m_db, m_clock).run(voided)), QStringLiteral("auth.denied"));
    CorrectDeployment corrected({ id, { { m_truck, 42, {} } }, QStringLiteral("Errore") });
    QCOMPARE(statusCodeOf(core::CommandRunner(m_db, m_clock).run(corrected)), QStringLiteral("auth.denied"));
    QVERIFY(before == counts());
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM fleet_deployment_void")), qint64(0));
}

void TestFleetModules::withdrawalTakesOneLineOut()
{
    const qint64 id = recordBase();
    QVERIFY(id);
    const auto number0 = core::queryValue(m_db, QStringLiteral("SELECT number FROM fleet_deployment WHERE id = ?"), { id });
    QCOMPARE(number0->toString(), QStringLiteral("IMP-2026-0001"));
    QCOMPARE(DeploymentAmendments::find(m_db, QStringLiteral(" imp-2026-0001 ")).value(), id);
    QCOMPARE(DeploymentAmendments::find(m_db, QStringLiteral("IMP-2026-0002")).value(), qint64(0));
    const QString days = QStringLiteral("SELECT count(*) FROM activation_effective WHERE volunteer_id = ?");
    QCOMPARE(moduleNumber(m_db, days, { m_volunteers.at(2) }), qint64(3));
    // A volunteer recorded by mistake: their three days are reversed, the
    // others' stay.
    WithdrawDeploymentLine volunteer({ id, 0, 0, m_volunteers.at(2), QStringLiteral("Non è partito") });
    QVERIFY(core::CommandRunner(m_db, m_clock).run(volunteer).ok());
    QCOMPARE(volunteer.result().reversedDays, 3);
    QCOMPARE(moduleNumber(m_db, days, { m_volunteers.at(2) }), qint64(0));
    QCOMPARE(moduleNumber(m_db, days, { m_volunteers.at(0) }), qint64(3));
    // The van: its km leave the odometer, it is free on those days.
    WithdrawDeploymentLine vehicle({ id, m_van, 0, 0, QStringLiteral("Rimasto al polo") });
    QVERIFY(core::CommandRunner(m_db, m_clock).run(vehicle).ok());
    QCOMPARE(vehicle.result().km, qint64(380));
    QCOMPARE(odometer(m_van), qint64(50000));
    QCOMPARE(odometer(m_truck), qint64(50420));
    auto state = DeploymentAmendments(m_db, m_clock).state(id);
    QVERIFY(state);
    QCOMPARE(state->number, QStringLiteral("IMP-2026-0001"));
    QCOMPARE(state->vehicles.size(), 1);
    QCOMPARE(state->volunteerLines.size(), 2);
    QCOMPARE(state->withdrawn, 2);
    NewDeployment again = baseDeployment();
    again.moduleIds.clear();
    again.vehicles = { { m_van, 10, {} } };
    again.volunteerIds = { m_volunteers.at(2) };
    RecordDeployment second(again);
    QVERIFY2(core::CommandRunner(m_db, m_clock).run(second).ok(), "the van and the volunteer are free again");
    QCOMPARE(second.result().number, QStringLiteral("IMP-2026-0002"));
    // Audited, and the report lists what was withdrawn.
    QCOMPARE(moduleNumber(m_db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                         "'fleet.deployment.withdraw %'")),
        qint64(2));
    core::ReportRequest request;
    request.from = today.addDays(-30);
    request.to = today;
    auto doc = FleetReports::deployments(m_db, request);
    QVERIFY(doc);
    QStringList headings;
    for (const auto &block : doc->blocks)
        if (block.type == core::ReportBlock::Type::Heading)
            headings.append(block.text);
    QVERIFY2(headings.contains(QStringLiteral("Withdrawn from deployments")), qPrintable(headings.join(QLatin1Char('|'))));
}

void TestFleetModules::deploymentsFromSchema0029BecomeFirstClass()
{
    // A database made at schema 0029, before deployments kept the reading
    // they started from: their km were added to the vehicles' readings.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const qint64 ws1 = qint64(1) << 40, ws3 = qint64(3) << 40;
    const qint64 easy = ws1 + 1, served = ws1 + 2, low = ws1 + 3;
    const qint64 d1 = ws1 + 11, d2 = ws1 + 12, d3 = ws1 + 13, d4 = ws1 + 14, d5 = ws3 + 1;
    {
        const QString name = QStringLiteral("schema0029");
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            for (const core::Migration &m : core::availableMigrations()) {
                if (m.version > 29)
                    break;
                QFile file(m.resourcePath);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(core::applyMigrationScript(old, m, QString::fromUtf8(file.readAll())).ok(), qPrintable(m.name));
            }
            QCOMPARE(core::schemaVersion(old).value(), 29);
            QVERIFY(core::LocalConfig::setValue(old, core::LocalConfig::workstationNumber, QStringLiteral("1")).ok());
            const QStringList rows = {
                QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (9001, 'prova', 'Servizio di prova')"),
                QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date) "
                               "VALUES (9002, 'Alluvione 2025', 'ordinary', 'Decreto 9/2025', '2025-01-01')"),
                // 10.000 km, then 100 and 50 km on two deployments.
                QStringLiteral("INSERT INTO fleet_vehicle(id, plate, vehicle_type, owner_kind, odometer_km) "
                               "VALUES (%1, 'AA111AA', 'van', 'ccv_mi', 10150)").arg(easy),
                // 4.800 km, 200 on a deployment in May, read at 5.000 at a service in June.
                QStringLiteral("INSERT INTO fleet_vehicle(id, plate, vehicle_type, owner_kind, odometer_km) "
                               "VALUES (%1, 'BB222BB', 'van', 'ccv_mi', 5000)").arg(served),
                QStringLiteral("INSERT INTO fleet_maintenance(id, vehicle_id, day, km, work, recorded_at) "
                               "VALUES (%1, %2, '2025-06-01', 5000, 'Tagliando', 0)").arg(ws1 + 21).arg(served),
                // A reading typed lower than its deployment's km.
                QStringLiteral("INSERT INTO fleet_vehicle(id, plate, vehicle_type, owner_kind, odometer_km) "
                               "VALUES (%1, 'CC333CC', 'van', 'ccv_mi', 30)").arg(low),
            };
            for (const QString &sql : rows)
                QVERIFY2(exec(old, sql), qPrintable(sql));
            const auto deployment = [&](qint64 id, const QString &day, qint64 vehicle, qint64 km) {
                return exec(old,
                           QStringLiteral("INSERT INTO fleet_deployment(id, event_id, scope, requested_by, start_date, "
                                          "end_date, service_id, recorded_at) VALUES (?, 9002, 'province', 'Prefettura', "
                                          "?, ?, 9001, 0)"),
                           { id, day, day })
                    && exec(old,
                        QStringLiteral("INSERT INTO fleet_deployment_item(id, deployment_id, vehicle_id, km) "
                                       "VALUES (?, ?, ?, ?)"),
                        { id + 1000, id, vehicle, km });
            };
            QVERIFY(deployment(d1, QStringLiteral("2025-03-01"), easy, 100));
            QVERIFY(deployment(d2, QStringLiteral("2025-04-01"), easy, 50));
            QVERIFY(deployment(d3, QStringLiteral("2025-05-01"), served, 200));
            QVERIFY(deployment(d4, QStringLiteral("2025-05-02"), low, 100));
            QVERIFY(deployment(d5, QStringLiteral("2026-01-15"), easy, 0)); // recorded on workstation 3
            old.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto opened = core::openDatabase(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().code + opened.error().args.join(QLatin1Char(' '))));
    const QSqlDatabase db = opened->db();
    QCOMPARE(core::schemaVersion(db).value(), core::latestSchemaVersion());
    const auto odo = [&db](qint64 vehicle) {
        return moduleNumber(db, QStringLiteral("SELECT odometer_km FROM fleet_vehicle_odometer WHERE vehicle_id = ?"), { vehicle });
    };
    // Numbered per year and workstation in the order they were recorded;
    // nothing logged (every workstation numbers the same rows alike).
    const auto numberOf = [&db](qint64 id) {
        return core::queryValue(db, QStringLiteral("SELECT number FROM fleet_deployment WHERE id = ?"), { id })->toString();
    };
    QCOMPARE(numberOf(d1), QStringLiteral("IMP-2025-0001"));
    QCOMPARE(numberOf(d2), QStringLiteral("IMP-2025-0002"));
    QCOMPARE(numberOf(d4), QStringLiteral("IMP-2025-0004"));
    QCOMPARE(numberOf(d5), QStringLiteral("IMP-2026-3-0001"));
    QCOMPARE(moduleNumber(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'fleet_deployment' "
                                       "AND operation = 'U'")),
        qint64(0));
    // The odometers are what they were.
    QCOMPARE(odo(easy), qint64(10150));
    QCOMPARE(odo(served), qint64(5000));
    QCOMPARE(odo(low), qint64(30));

    DeploymentAmendments amend(db, m_clock);
    // Voided: its 100 km leave the reading that holds them.
    auto voided = amend.voidDeployment(d1, QStringLiteral("Registrato due volte"));
    QVERIFY2(voided, qPrintable(voided ? QString() : voided.error().code));
    QCOMPARE(voided->km, qint64(100));
    QCOMPARE(odo(easy), qint64(10050));
    // Corrected: 50 km were 20.
    auto corrected = amend.correct({ d2, { { easy, 20, {} } }, QStringLiteral("Foglio di marcia") });
    QVERIFY2(corrected, qPrintable(corrected ? QString() : corrected.error().code));
    QCOMPARE(odo(easy), qint64(10020));
    QCOMPARE(moduleNumber(db, QStringLiteral("SELECT count(*) FROM fleet_deployment_km_reading WHERE reading_km = 10150")),
        qint64(2));
    // A reading read on the vehicle later holds only what was driven.
    QVERIFY(exec(db, QStringLiteral("UPDATE fleet_vehicle SET odometer_km = 10400 WHERE id = ?"), { easy }));
    QCOMPARE(odo(easy), qint64(10400));
    auto again = amend.correct({ d2, { { easy, 10, {} } }, QStringLiteral("Ancora") });
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("fleet.deployment_km_in_later_reading"));
    QCOMPARE(again.error().args.value(0), QStringLiteral("AA 111 AA"));

    // Refused, nothing written: read at a service after the deployment, or
    // a reading lower than the km.
    const qint64 logged = moduleNumber(db, QStringLiteral("SELECT count(*) FROM change_log"));
    auto served1 = amend.voidDeployment(d3, QStringLiteral("Mai partito"));
    QVERIFY(!served1);
    QCOMPARE(served1.error().code, QStringLiteral("fleet.deployment_km_in_later_reading"));
    QCOMPARE(served1.error().args, QStringList({ QStringLiteral("BB 222 BB"), QStringLiteral("5000"), QStringLiteral("2025-06-01") }));
    auto low1 = amend.correct({ d4, { { low, 10, {} } }, QStringLiteral("Errore") });
    QVERIFY(!low1);
    QCOMPARE(low1.error().code, QStringLiteral("fleet.deployment_km_above_reading"));
    QCOMPARE(moduleNumber(db, QStringLiteral("SELECT count(*) FROM change_log")), logged);
    QCOMPARE(odo(served), qint64(5000));
}

void TestFleetModules::reportMarksVoidedAndCorrected()
{
    const qint64 kept = recordBase();
    QVERIFY(kept);
    m_clock.advanceSecs(60);
    CorrectDeployment corrected({ kept, { { m_truck, 42, {} } }, QStringLiteral("Digitati 420 km invece di 42") });
    QVERIFY(core::CommandRunner(m_db, m_clock).run(corrected).ok());
    NewDeployment d = baseDeployment();
    d.from = d.to = today;
    d.moduleIds.clear();
    d.vehicles = { { m_van, 77, {} } };
    d.volunteerIds = { m_volunteers.first() };
    RecordDeployment second(d);
    QVERIFY(core::CommandRunner(m_db, m_clock).run(second).ok());
    VoidDeployment voided(second.result().deploymentId, QStringLiteral("Colonna non partita"));
    QVERIFY(core::CommandRunner(m_db, m_clock).run(voided).ok());

    core::ReportRequest r;
    r.from = QDate(2026, 3, 1);
    r.to = QDate(2026, 3, 31);
    r.now = QDateTime(today, QTime(10, 0));
    core::Result<core::ReportDocument> doc = core::Error(QStringLiteral("no report"));
    for (const core::ReportDefinition &def : FleetReports::definitions())
        if (def.name == QLatin1String("deployments"))
            doc = def.build(m_db, r);
    QVERIFY(doc);
    const core::ReportTable *t = doc->primaryTable();
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 2);
    const int km = 12, state = 14, personDays = 11;
    // The corrected one counts its corrected km; the voided one nothing.
    QCOMPARE(t->rows.at(0).value(km).toLongLong(), qint64(42 + 380));
    QCOMPARE(t->rows.at(0).value(state).toString(), QStringLiteral("corrected"));
    QCOMPARE(t->rows.at(1).value(state).toString(), QStringLiteral("VOIDED"));
    QCOMPARE(t->rows.at(1).value(km).toLongLong(), qint64(0));
    QCOMPARE(t->rows.at(1).value(personDays).toLongLong(), qint64(0));
    QCOMPARE(t->totals.value(km).toLongLong(), qint64(422));
    QCOMPARE(t->totals.value(personDays).toLongLong(), qint64(9));
    // Then the voids and the corrections, each with its reason.
    QList<const core::ReportTable *> tables;
    for (const core::ReportBlock &b : doc->blocks)
        if (b.type == core::ReportBlock::Type::Table)
            tables.append(&b.table);
    QCOMPARE(tables.size(), 3);
    QCOMPARE(tables.at(1)->rows.size(), 1);
    QCOMPARE(tables.at(1)->rows.first().value(5).toString(), QStringLiteral("Colonna non partita"));
    QCOMPARE(tables.at(1)->rows.first().value(6).toLongLong(), qint64(77));
    QCOMPARE(tables.at(1)->rows.first().value(7).toLongLong(), qint64(1));
    QCOMPARE(tables.at(2)->rows.size(), 1);
    QCOMPARE(tables.at(2)->rows.first().value(3).toString(), QStringLiteral("AB 123 CD"));
    QCOMPARE(tables.at(2)->rows.first().value(4).toLongLong(), qint64(420));
    QCOMPARE(tables.at(2)->rows.first().value(5).toLongLong(), qint64(42));
}

void TestFleetModules::operatorCannotDeploy()
{
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("oper")));
    const Counts before = counts();
    RecordDeployment command(baseDeployment());
    QCOMPARE(statusCodeOf(core::CommandRunner(m_db, m_clock).run(command)), QStringLiteral("auth.denied"));
    QVERIFY(before == counts());
}

void TestFleetModules::reports()
{
    QVERIFY(exec(m_db, QStringLiteral("UPDATE fleet_vehicle SET revision_due = '2026-03-01' WHERE id = ?"), { m_van }));
    auto build = [&](const QString &name, const QMap<QString, QString> &options) -> core::Result<core::ReportDocument> {
        for (const core::ReportDefinition &d : FleetReports::definitions())
            if (d.name == name) {
                core::ReportRequest r;
                r.at = today;
                r.now = QDateTime(today, QTime(10, 0));
                r.options = options;
                return d.build(m_db, r);
            }
        return core::Error(QStringLiteral("no report"));
    };
    auto readiness = build(QStringLiteral("readiness"), {});
    QVERIFY(readiness);
    const core::ReportTable *t = readiness->primaryTable();
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 1);
    QCOMPARE(t->rows.first().value(0).toString(), QStringLiteral("Modulo idrogeologico"));
    QCOMPARE(t->rows.first().value(4).toInt(), 3); // volunteers needed
    QVERIFY(t->rows.first().value(7).toString().contains(QLatin1String("EF 456 GH")));

    auto checklist = build(QStringLiteral("departure-checklist"), { { QStringLiteral("module"), QString::number(m_module) } });
    QVERIFY(checklist);
    t = checklist->primaryTable();
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 2 + 2 + 2); // vehicles, equipment, skills
    QCOMPARE(t->rows.at(1).value(1).toString(), QStringLiteral("EF 456 GH"));
    QCOMPARE(t->rows.at(1).value(5).toString(), QStringLiteral("no"));
    auto byName = build(QStringLiteral("departure-checklist"), { { QStringLiteral("module"), QStringLiteral("Modulo idrogeologico") } });
    QVERIFY(byName);
    // Without a module (the Print menu): every active module.
    auto every = build(QStringLiteral("departure-checklist"), {});
    QVERIFY(every);
    QCOMPARE(every->primaryTable()->rows.size(), 6);
    auto unknown = build(QStringLiteral("departure-checklist"), { { QStringLiteral("module"), QStringLiteral("Nessuno") } });
    QCOMPARE(unknown.error().code, QStringLiteral("fleet.unknown_module"));
}

void TestFleetModules::commandLine()
{
    const testsupport::SignIn coord { QStringLiteral("coord"), testsupport::testPassword };
    auto csv = testsupport::runSignedIn({ QStringLiteral("--db"), m_database->path(), QStringLiteral("report"),
                                            QStringLiteral("departure-checklist"), QStringLiteral("--module"),
                                            QString::number(m_module), QStringLiteral("--at"), QStringLiteral("10/03/2026") },
        {}, coord);
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY(csv.out.contains("AB 123 CD"));
    QVERIFY(csv.out.contains("Patente C per mezzi pesanti"));
    const QString pdf = m_database->dir() + QStringLiteral("/lista.pdf");
    auto printed = testsupport::runSignedIn({ QStringLiteral("--db"), m_database->path(), QStringLiteral("report"),
                                                QStringLiteral("departure-checklist"), QStringLiteral("--module"),
                                                QStringLiteral("Modulo idrogeologico"), QStringLiteral("--format"),
                                                QStringLiteral("pdf"), QStringLiteral("--out"), pdf },
        {}, coord);
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    auto readiness = testsupport::runSignedIn(
        { QStringLiteral("--db"), m_database->path(), QStringLiteral("report"), QStringLiteral("readiness") }, {}, coord);
    QVERIFY2(readiness.exitCode == 0, readiness.err.constData());
    QVERIFY(readiness.out.contains("Modulo idrogeologico"));
    // An unknown module: refused in words, not a code.
    auto unknown = testsupport::runSignedIn({ QStringLiteral("--db"), m_database->path(), QStringLiteral("report"),
                                                QStringLiteral("departure-checklist"), QStringLiteral("--module"),
                                                QStringLiteral("Modulo inesistente") },
        {}, coord);
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(!unknown.err.contains("fleet."), unknown.err.constData());
    QVERIFY(unknown.err.contains("Modulo inesistente"));
}

QTEST_GUILESS_MAIN(TestFleetModules)
#include "tst_fleetmodules.moc"
