#include "fleet/demo/fleetdemo.h"

#include "core/auth/authservice.h"
#include "core/commands/commandrunner.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/demo/demoaccounts.h"
#include "core/domain/dates.h"
#include "fleet/domain/deployment.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/modulecommands.h"
#include "room/domain/roomcommands.h"
#include "volunteers/domain/eventrepository.h"

#include <QLocale>

#include <algorithm>

namespace fleet {

using core::Error;
using core::Result;
using core::Status;

namespace {

// Runs a command as the room would have, at `at` (its audit and ledger
// times), through the one runner.
Status runAt(const QSqlDatabase &db, core::Command &command, const QDateTime &at)
{
    const core::FixedClock clock(at);
    return core::CommandRunner(db, clock).run(command);
}

// Volunteers with no day on the ledger from..to (those of the given
// organisations first), as many as asked, skipping `taken`.
Result<QList<qint64>> freeVolunteers(const QSqlDatabase &db, const QDate &from, const QDate &to, int count,
    const QList<qint64> &taken)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT v.id FROM volunteer v WHERE v.active = 1 AND NOT EXISTS (SELECT 1 FROM "
                       "activation_effective a WHERE a.volunteer_id = v.id AND a.day BETWEEN ? AND ?) ORDER BY v.id"),
        { core::toSqlDate(from), core::toSqlDate(to) });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next() && ids.size() < count) {
        const qint64 id = q->value(0).toLongLong();
        if (!taken.contains(id))
            ids.append(id);
    }
    return ids;
}

// Gives every vehicle or piece not fit on the last day its own reason, as
// the coordinator would (the command refuses them without one).
Status giveReasons(const QSqlDatabase &db, NewDeployment &d)
{
    auto unfit = DeploymentService(db, core::SystemClock::instance()).unfitLines(d);
    if (!unfit)
        return unfit.error();
    for (const UnfitLine &line : std::as_const(*unfit)) {
        if (line.vehicle) {
            bool listed = false;
            for (DeploymentVehicle &v : d.vehicles)
                if (v.vehicleId == line.id) {
                    v.overrideReason = QStringLiteral("Unico mezzo del modulo con gancio traino: revisione prenotata, "
                                                      "autorizzato dal coordinatore");
                    listed = true;
                }
            if (!listed)
                d.vehicles.append({ line.id, 0,
                    QStringLiteral("Unico mezzo del modulo con gancio traino: revisione prenotata, autorizzato dal "
                                   "coordinatore") });
        } else {
            bool listed = false;
            for (DeploymentEquipment &e : d.equipment)
                if (e.equipmentId == line.id) {
                    e.overrideReason = QStringLiteral("Verifica periodica scaduta da pochi giorni: controllata a vista "
                                                      "prima della partenza");
                    listed = true;
                }
            if (!listed)
                d.equipment.append({ line.id,
                    QStringLiteral("Verifica periodica scaduta da pochi giorni: controllata a vista prima della "
                                   "partenza") });
        }
    }
    return {};
}

// The km of a module's vehicles on a deployment: a few hundred each.
void addKm(NewDeployment &d, const ColonnaModule &m, QRandomGenerator &random, int base)
{
    for (qint64 v : m.vehicleIds)
        d.vehicles.append({ v, base + random.bounded(base / 2 + 1), QString() });
}

// The room records the event, with its scenario, first phase and comuni,
// as an operator would from the Sala operativa before sending the modules.
Result<qint64> saveEvent(const QSqlDatabase &db, room::RoomEvent event, const QDateTime &at)
{
    auto found = volunteers::EventRepository(db).eventByName(event.base.name);
    if (!found)
        return found.error();
    if (found->id != 0)
        return found->id;
    room::SaveRoomEvent command(event);
    if (auto s = runAt(db, command, at); !s)
        return s.error();
    return command.eventId();
}

Status recordDeployments(core::DemoContext &context)
{
    const QDateTime now = core::demoNow(context);
    const QDate today = now.date();
    const QSqlDatabase db = context.db;
    QRandomGenerator &random = context.random;
    context.progress(QStringLiteral("Colonna Mobile: impieghi"));
    const auto at = [&](const QDate &day, int hour) { return std::min(now, QDateTime(day, QTime(hour, 0))); };

    core::Transaction tx(db);
    if (!tx)
        return tx.error();
    auto modules = ModuleRepository(db).modules(true);
    if (!modules)
        return modules.error();
    const auto moduleNamed = [&](const char *name) -> const ColonnaModule * {
        for (const ColonnaModule &m : std::as_const(*modules))
            if (m.name == QString::fromUtf8(name))
                return &m;
        return nullptr;
    };
    const ColonnaModule *water = moduleNamed("Modulo idrogeologico");
    const ColonnaModule *trees = moduleNamed("Modulo taglio piante e AIB");
    const ColonnaModule *camp = moduleNamed("Modulo logistico e accoglienza");
    if (!water || !trees || !camp)
        return Error(QStringLiteral("demo.fleet_modules_missing"));
    volunteers::EventRepository events(db);
    auto waterService = events.serviceByName(QStringLiteral("vigilanza idraulica e monitoraggio"));
    auto drillService = events.serviceByName(QStringLiteral("formazione ed esercitazioni"));
    if (!waterService || !drillService)
        return !waterService ? waterService.error() : drillService.error();
    if (waterService->id == 0 || drillService->id == 0)
        return Error(QStringLiteral("demo.services_missing"));

    // A flood of the Seveso and the Lambro about four months ago, and an
    // exercise of the Colonna Mobile about six weeks ago.
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    const QDate floodStart = today.addDays(-118);
    volunteers::ActivationEvent flood;
    flood.name = QStringLiteral("Alluvione Seveso e Lambro - %1 %2")
                     .arg(italian.monthName(floodStart.month()))
                     .arg(floodStart.year());
    flood.type = volunteers::EventType::Ordinary;
    flood.authorisingAct = QStringLiteral("Richiesta della Prefettura di Milano e della Sala operativa regionale del %1")
                               .arg(floodStart.toString(QStringLiteral("dd/MM/yyyy")));
    flood.startDate = floodStart;
    flood.endDate = floodStart.addDays(9);
    flood.notes = QStringLiteral("Esondazione del Seveso a Niguarda e del Lambro a Monza e Milano; idrovore, "
                                 "sacchi di sabbia e assistenza alla popolazione.");
    // The Seveso from Paderno Dugnano to Niguarda, the Lambro from Milano
    // to Melegnano (ISTAT codes).
    auto floodId = saveEvent(db,
        room::RoomEvent { flood, room::Scenario::HydroMeteo, room::Phase::Alarm,
            { 15032, 15086, 15140, 15146, 15166, 15192 } },
        at(floodStart, 7));
    if (!floodId)
        return floodId.error();
    const QDate drillStart = today.addDays(-46);
    volunteers::ActivationEvent drill;
    drill.name = QStringLiteral("Esercitazione Colonna Mobile \"Adda %1\"").arg(drillStart.year());
    drill.type = volunteers::EventType::Training;
    drill.authorisingAct = QStringLiteral("Nota CCV-MI prot. 88/%1").arg(drillStart.year());
    drill.startDate = drillStart.addDays(-10);
    drill.endDate = drillStart.addDays(1);
    drill.notes = QStringLiteral("Campo base e rischio idraulico lungo l'Adda, con i gruppi comunali della Martesana.");
    // Cassano d'Adda, Trezzo sull'Adda, Truccazzano, Vaprio d'Adda.
    auto drillId = saveEvent(db,
        room::RoomEvent { drill, room::Scenario::Exercise, room::Phase::Attention, { 15059, 15221, 15224, 15230 } },
        at(drill.startDate.addDays(-20), 10));
    if (!drillId)
        return drillId.error();

    QList<qint64> sent;
    // 1. The flood, in the province: the hydrogeological module and six
    // volunteers for four days. One van's km were typed 10 times too many,
    // corrected a week later.
    NewDeployment d1;
    d1.eventId = *floodId;
    d1.scope = DeploymentScope::Province;
    d1.requestedBy = QStringLiteral("Prefettura di Milano");
    d1.from = floodStart.addDays(1);
    d1.to = floodStart.addDays(4);
    d1.serviceId = waterService->id;
    d1.comuneId = 15146; // Milano
    d1.place = QStringLiteral("Niguarda, via Valfurva");
    d1.notes = QStringLiteral("Idrovore e sacchi di sabbia lungo il Seveso");
    d1.moduleIds = { water->id };
    addKm(d1, *water, random, 120);
    auto v1 = freeVolunteers(db, d1.from, d1.to, 6, sent);
    if (!v1)
        return v1.error();
    d1.volunteerIds = *v1;
    sent += *v1;
    if (auto s = giveReasons(db, d1); !s)
        return s;
    qint64 typo = 0;
    if (!d1.vehicles.isEmpty()) {
        typo = d1.vehicles.first().vehicleId;
        d1.vehicles.first().km *= 10;
    }
    RecordDeployment record1(d1);
    if (auto s = runAt(db, record1, at(d1.to.addDays(1), 18)); !s)
        return s;
    if (typo != 0) {
        DeploymentKmCorrection c;
        c.deploymentId = record1.result().deploymentId;
        c.vehicles = { { typo, d1.vehicles.first().km / 10, QString() } };
        c.reason = QStringLiteral("Digitati %1 km invece di %2: verificato sul foglio di marcia")
                       .arg(italian.toString(d1.vehicles.first().km), italian.toString(d1.vehicles.first().km / 10));
        CorrectDeployment correct(c);
        if (auto s = runAt(db, correct, at(d1.to.addDays(8), 11)); !s)
            return s;
    }

    // 2. The flood, outside the province: the tree cutting module to Monza
    // on the Region's request, four volunteers for three days.
    NewDeployment d2;
    d2.eventId = *floodId;
    d2.scope = DeploymentScope::OutsideProvince;
    d2.requestedBy = QStringLiteral("Regione Lombardia - Sala operativa regionale");
    d2.from = floodStart.addDays(2);
    d2.to = floodStart.addDays(4);
    d2.serviceId = waterService->id;
    d2.place = QStringLiteral("Monza, parco di Monza e via Lecco");
    d2.moduleIds = { trees->id };
    addKm(d2, *trees, random, 60);
    auto v2 = freeVolunteers(db, d2.from, d2.to, 4, sent);
    if (!v2)
        return v2.error();
    d2.volunteerIds = *v2;
    sent += *v2;
    if (auto s = giveReasons(db, d2); !s)
        return s;
    RecordDeployment record2(d2);
    if (auto s = runAt(db, record2, at(d2.to.addDays(1), 17)); !s)
        return s;

    // 3. The exercise, recorded for the first dates, then postponed a week
    // by a weather alert: that deployment is voided (its km and days are
    // withdrawn) and the exercise recorded again on the days it was held.
    NewDeployment d3;
    d3.eventId = *drillId;
    d3.scope = DeploymentScope::Province;
    d3.requestedBy = QStringLiteral("CCV-MI");
    d3.from = drillStart.addDays(-7);
    d3.to = drillStart.addDays(-6);
    d3.serviceId = drillService->id;
    d3.comuneId = 15059; // Cassano d'Adda
    d3.place = QStringLiteral("Area feste, alzaia dell'Adda");
    d3.moduleIds = { camp->id };
    addKm(d3, *camp, random, 40);
    auto v3 = freeVolunteers(db, d3.from, drillStart.addDays(1), 8, sent);
    if (!v3)
        return v3.error();
    d3.volunteerIds = *v3;
    if (auto s = giveReasons(db, d3); !s)
        return s;
    RecordDeployment record3(d3);
    if (auto s = runAt(db, record3, at(d3.from.addDays(-3), 12)); !s)
        return s;
    VoidDeployment voidIt(record3.result().deploymentId,
        QStringLiteral("Esercitazione rinviata di una settimana per allerta meteo arancione: registrata di nuovo con "
                       "le date effettive"));
    if (auto s = runAt(db, voidIt, at(d3.from.addDays(-1), 16)); !s)
        return s;
    NewDeployment d4 = d3;
    d4.from = drillStart;
    d4.to = drillStart.addDays(1);
    if (auto s = giveReasons(db, d4); !s)
        return s;
    RecordDeployment record4(d4);
    if (auto s = runAt(db, record4, at(d4.to.addDays(1), 9)); !s)
        return s;
    // Both events are over: the room closes them.
    room::ChangeEventPhase closeFlood(*floodId, room::Phase::Closed, at(flood.endDate, 19),
        QStringLiteral("Rientro dei moduli e fine dell'emergenza"));
    if (auto s = runAt(db, closeFlood, at(flood.endDate, 19)); !s)
        return s;
    room::ChangeEventPhase closeDrill(*drillId, room::Phase::Closed, at(drill.endDate, 18),
        QStringLiteral("Fine esercitazione"));
    if (auto s = runAt(db, closeDrill, at(drill.endDate, 18)); !s)
        return s;
    return tx.commit();
}

// The coordinator records them (the commands want fleet.deploy and the
// activation ledger someone signed in).
Status runDeploymentsDemo(core::DemoContext &context)
{
    const QString previousOperator = core::sessionOperator(context.db);
    const core::FixedClock clock(core::demoNow(context));
    core::AuthService auth(context.db, clock);
    auto signedIn = auth.signIn(QStringLiteral("coordinatrice"), core::demoPassword);
    if (!signedIn)
        return signedIn.error();
    const Status result = recordDeployments(context);
    auth.signOut();
    core::setSessionOperator(context.db, previousOperator);
    return result;
}

} // namespace

core::DemoStep fleetDeploymentsDemoStep()
{
    return { QStringLiteral("fleet-deployments"), &runDeploymentsDemo };
}

} // namespace fleet
