#include "fleetprobes.h"

#include "fleetfixture.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "fleet/domain/fleetcommands.h"
#include "fleet/domain/fleetlists.h"
#include "fleet/domain/modulecommands.h"

using namespace fleet;

namespace {

qint64 idOf(const QSqlDatabase &db, const QString &sql)
{
    auto v = core::queryValue(db, sql);
    return v ? v->toLongLong() : 0;
}

} // namespace

QList<testsupport::PermissionProbe> fleetPermissionProbes()
{
    QList<testsupport::PermissionProbe> probes;
    probes.append({ core::Permission::FleetView, QStringLiteral("list the vehicles"), nullptr,
        [](const QSqlDatabase &db) -> core::Status {
            auto list = FleetLists::vehicles(db);
            return list ? core::Status() : core::Status(list.error());
        } });
    probes.append({ core::Permission::FleetEdit, QStringLiteral("add a vehicle"), nullptr, [](const QSqlDatabase &db) {
                       SaveVehicle command(fleettest::van(QStringLiteral("AB123CD")));
                       return core::CommandRunner(db).run(command);
                   } });
    probes.append({ core::Permission::FleetLoan, QStringLiteral("lend a generator"),
        [](const QSqlDatabase &db) {
            return fleettest::addOrganisation(db, QStringLiteral("OdV Prova")) != 0
                && fleettest::addEquipment(db, QStringLiteral("Generatore"), QStringLiteral("GEN-1")) != 0;
        },
        [](const QSqlDatabase &db) {
            LendEquipment command(idOf(db, QStringLiteral("SELECT id FROM fleet_equipment")),
                idOf(db, QStringLiteral("SELECT id FROM organisation WHERE name = 'OdV Prova'")),
                core::SystemClock::instance().today());
            return core::CommandRunner(db).run(command);
        } });
    probes.append({ core::Permission::FleetDeploy, QStringLiteral("deploy a van"),
        [](const QSqlDatabase &db) {
            if (fleettest::addVehicle(db, fleettest::van(QStringLiteral("EF456GH"))) == 0)
                return false;
            auto event = core::runQuery(db,
                QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date) "
                               "VALUES (91, 'Esercitazione probe', 'training', 'Atto 1', '2026-01-01')"));
            auto service = core::runQuery(
                db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (91, 'probe', 'Probe')"));
            return event.ok() && service.ok();
        },
        [](const QSqlDatabase &db) {
            NewDeployment d;
            d.eventId = 91;
            d.serviceId = 91;
            d.requestedBy = QStringLiteral("Prefettura");
            d.from = d.to = QDate(2026, 3, 1);
            d.vehicles = { { idOf(db, QStringLiteral("SELECT id FROM fleet_vehicle WHERE plate = 'EF456GH'")), 12, {} } };
            RecordDeployment command(d);
            return core::CommandRunner(db).run(command);
        } });
    // Voiding and correcting a deployment: the same permission as recording it.
    const auto prepareDeployed = [](const QSqlDatabase &db) {
        if (fleettest::addVehicle(db, fleettest::van(QStringLiteral("GH789JK"))) == 0)
            return false;
        const qint64 event = fleettest::addEvent(db, QStringLiteral("Esercitazione probe"));
        const qint64 service = fleettest::addService(db);
        NewDeployment d;
        d.eventId = event;
        d.serviceId = service;
        d.requestedBy = QStringLiteral("Prefettura");
        d.from = d.to = QDate(2026, 3, 1);
        d.vehicles = { { idOf(db, QStringLiteral("SELECT id FROM fleet_vehicle WHERE plate = 'GH789JK'")), 1200, {} } };
        return event && service && DeploymentService(db, core::SystemClock::instance()).record(d).ok();
    };
    probes.append({ core::Permission::FleetDeploy, QStringLiteral("void a deployment"), prepareDeployed,
        [](const QSqlDatabase &db) {
            VoidDeployment command(idOf(db, QStringLiteral("SELECT id FROM fleet_deployment")), QStringLiteral("Doppione"));
            return core::CommandRunner(db).run(command);
        } });
    probes.append({ core::Permission::FleetDeploy, QStringLiteral("correct a deployment's km"), prepareDeployed,
        [](const QSqlDatabase &db) {
            CorrectDeployment command({ idOf(db, QStringLiteral("SELECT id FROM fleet_deployment")),
                { { idOf(db, QStringLiteral("SELECT id FROM fleet_vehicle WHERE plate = 'GH789JK'")), 120, {} } },
                QStringLiteral("Digitati 1.200 km invece di 120") });
            return core::CommandRunner(db).run(command);
        } });
    return probes;
}
