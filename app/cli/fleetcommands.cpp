#include "fleetcommands.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/domain/clock.h"
#include "core/ui/errortext.h"
#include "fleet/domain/fleetimport.h"
#include "fleet/domain/fleetimportcommand.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/fleetrules.h"
#include "fleet/domain/modulecommands.h"
#include "volunteerscommands.h"
#include "volunteers/domain/eventrepository.h"

#include <QLocale>

namespace {

int runFleetImport(CliRun &run, const QString &kind, const QString &path, bool dryRun)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::Result<fleet::FleetImportReport> report = fleet::FleetImportReport();
    const bool again = run.parser().isSet(QStringLiteral("again"));
    if (dryRun) {
        core::ImportOnce once(connection->db(), kind, path, again, core::SystemClock::instance());
        if (!once)
            return failImportOnce(run, once);
        report = fleet::FleetImporter(connection->db(), core::SystemClock::instance()).importFile(kind, path, true);
    } else {
        // The same command as a dialog would run.
        fleet::ImportFleetFile command(kind, path, again);
        const core::Status s = core::CommandRunner(connection->db()).run(command);
        if (!s && s.error().code.startsWith(QLatin1String("import."))) {
            const int code = run.fail(s.error());
            if (s.error().code == QLatin1String("import.already_imported"))
                run.err() << CliRun::tr("Nothing was imported. If the file is really new, import it again with --again.")
                          << Qt::endl;
            return code;
        }
        if (!s && s.error().code != QLatin1String("fleet.import_problems"))
            return run.failNotSignedIn(s.error());
        report = command.report();
    }
    if (!report)
        return run.fail(report.error());
    for (const core::Error &e : report->errors)
        run.err() << core::ErrorText::describe(e) << Qt::endl;
    if (!report->ok()) {
        run.err() << CliRun::tr("%n problems: nothing was imported.", nullptr, int(report->errors.size())) << Qt::endl;
        return ExitFailed;
    }
    const QString what = CliRun::tr("%1: %2, %3.")
                             .arg(CliRun::tr("%n line(s) read", nullptr, report->records),
                                 kind == QLatin1String("vehicles")
                                     ? CliRun::tr("%n vehicle(s) added", nullptr, report->added)
                                     : CliRun::tr("%n piece(s) of equipment added", nullptr, report->added),
                                 CliRun::tr("%n updated", nullptr, report->updated));
    run.out() << (dryRun ? CliRun::tr("Dry run, nothing was written. %1").arg(what) : what) << Qt::endl;
    return ExitOk;
}

QString fleetOption(const CliRun &run, const char *name)
{
    return run.parser().value(QLatin1String(name)).trimmed();
}

// A module by id or name (letter case aside); 0 when unknown.
qint64 findModule(const QSqlDatabase &db, const QString &text)
{
    auto all = fleet::ModuleRepository(db).modules(false);
    if (!all)
        return 0;
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    for (const fleet::ColonnaModule &m : std::as_const(*all))
        if ((numeric && m.id == id) || m.name.compare(text, Qt::CaseInsensitive) == 0)
            return m.id;
    return 0;
}

int runDeploymentRecord(CliRun &run)
{
    if (run.arguments().size() != 1)
        return run.usage(CliRun::tr("deployment record takes no argument: use the options."));
    bool badDate = false;
    fleet::NewDeployment d;
    d.from = run.dateOption(QStringLiteral("from"), &badDate);
    d.to = run.dateOption(QStringLiteral("to"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("Dates are written dd/mm/yyyy or yyyy-mm-dd."));
    if (!d.to.isValid())
        d.to = d.from;
    for (const char *needed : { "event", "service", "scope", "requested-by", "from" })
        if (fleetOption(run, needed).isEmpty())
            return run.usage(
                CliRun::tr("deployment record needs --event, --service, --scope, --requested-by and --from."));
    if (!fleet::scopeFromCode(fleetOption(run, "scope"), &d.scope))
        return run.usage(CliRun::tr("--scope wants province, outside_province or national."));
    d.requestedBy = fleetOption(run, "requested-by");
    d.place = fleetOption(run, "place");
    d.notes = fleetOption(run, "notes");
    const QString overrideReason = fleetOption(run, "override-reason");

    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    d.eventId = cliFindEvent(db, fleetOption(run, "event"));
    if (d.eventId == 0)
        return run.usage(CliRun::tr("There is no event «%1» (give its id or name).").arg(fleetOption(run, "event")));
    auto service = volunteers::EventRepository(db).serviceByName(fleetOption(run, "service"));
    if (!service || service->id == 0)
        return run.usage(
            CliRun::tr("There is no service «%1» (give its name or code).").arg(fleetOption(run, "service")));
    d.serviceId = service->id;
    if (!fleetOption(run, "comune").isEmpty()) {
        d.comuneId = cliFindComune(db, fleetOption(run, "comune"));
        if (d.comuneId == 0)
            return run.usage(CliRun::tr("There is no comune «%1» (write its name).").arg(fleetOption(run, "comune")));
    }
    for (const QString &text : run.parser().values(QStringLiteral("module"))) {
        const qint64 id = findModule(db, text.trimmed());
        if (id == 0)
            return run.usage(CliRun::tr("There is no module «%1» (give its id or name).").arg(text));
        d.moduleIds.append(id);
    }
    fleet::FleetRepository fleetRepository(db);
    for (const QString &text : run.parser().values(QStringLiteral("vehicle"))) {
        // PLATE or PLATE:KM
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        const QString plateText = colon < 0 ? text.trimmed() : text.left(colon).trimmed();
        qint64 km = 0;
        if (colon >= 0) {
            bool ok = false;
            km = text.mid(colon + 1).trimmed().toLongLong(&ok);
            if (!ok || km < 0)
                return run.usage(CliRun::tr("«%1»: the km after the plate are a whole number (PLATE:KM).").arg(text));
        }
        auto plate = fleet::Plate::normalise(plateText);
        auto vehicle = plate ? fleetRepository.vehicleByPlate(*plate) : core::Result<fleet::Vehicle>(plate.error());
        if (!vehicle || vehicle->id == 0)
            return run.usage(CliRun::tr("There is no vehicle with the plate «%1».").arg(plateText));
        d.vehicles.append({ vehicle->id, km, overrideReason });
    }
    for (const QString &text : run.parser().values(QStringLiteral("equipment"))) {
        auto piece = fleetRepository.equipmentBySerial(text.trimmed());
        if (!piece || piece->id == 0)
            return run.usage(CliRun::tr("There is no equipment with the serial number «%1».").arg(text.trimmed()));
        d.equipment.append({ piece->id, overrideReason });
    }
    if (!overrideReason.isEmpty()) {
        // The modules' own members: the reason covers them too.
        for (qint64 moduleId : std::as_const(d.moduleIds)) {
            auto m = fleet::ModuleRepository(db).module(moduleId);
            if (!m)
                return run.fail(m.error());
            for (qint64 v : std::as_const(m->vehicleIds)) {
                bool listed = false;
                for (const fleet::DeploymentVehicle &x : std::as_const(d.vehicles))
                    listed = listed || x.vehicleId == v;
                if (!listed)
                    d.vehicles.append({ v, 0, overrideReason });
            }
            for (qint64 e : std::as_const(m->equipmentIds)) {
                bool listed = false;
                for (const fleet::DeploymentEquipment &x : std::as_const(d.equipment))
                    listed = listed || x.equipmentId == e;
                if (!listed)
                    d.equipment.append({ e, overrideReason });
            }
        }
    }
    for (const QString &text : run.parser().values(QStringLiteral("volunteer"))) {
        const qint64 id = cliFindVolunteer(db, text.trimmed());
        if (id == 0)
            return run.usage(CliRun::tr("There is no volunteer «%1» (give the id or the codice fiscale).").arg(text));
        d.volunteerIds.append(id);
    }
    fleet::RecordDeployment command(d);
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    const fleet::DeploymentResult &r = command.result();
    run.out() << CliRun::tr("Deployment %1 recorded: %2, %3, %4, %5.")
                     .arg(r.deploymentId)
                     .arg(CliRun::tr("%n vehicle(s)", nullptr, r.vehicles),
                         CliRun::tr("%n piece(s) of equipment", nullptr, r.equipment),
                         CliRun::tr("%n volunteer(s)", nullptr, r.volunteers),
                         CliRun::tr("%n person-day(s)", nullptr, r.personDays))
              << Qt::endl;
    if (!r.overriddenVehicles.isEmpty() || !r.overriddenEquipment.isEmpty())
        run.out() << CliRun::tr("Sent though not fit, with the reason given: %n vehicle(s) or piece(s).", nullptr,
                         int(r.overriddenVehicles.size() + r.overriddenEquipment.size()))
                  << Qt::endl;
    return ExitOk;
}

int runDeployment(CliRun &run)
{
    if (run.arguments().value(0) == QLatin1String("record"))
        return runDeploymentRecord(run);
    return run.usage(CliRun::tr("deployment wants record (the list is «report deployments»)."));
}

} // namespace

QList<CliCommand> fleetCommands()
{
    const auto text = [](const char *name, const QString &description, const QString &value = QStringLiteral("TEXT")) {
        return QCommandLineOption(QLatin1String(name), description, value);
    };
    return { { QStringLiteral("deployment"),
        QStringLiteral("deployment record --event E --service S --scope province|outside_province|national "
                       "--requested-by TEXT --from D [--to D] [--module M]... [--vehicle PLATE[:KM]]... "
                       "[--equipment SERIAL]... [--volunteer V]... [--comune C] [--place P] [--override-reason TEXT]"),
        [] { return CliRun::tr("records a deployment of the Colonna Mobile (modules, vehicles, equipment, volunteers)"); },
        { text("event", CliRun::tr("Event (id or name)."), QStringLiteral("E")),
            text("service", CliRun::tr("Service of the volunteers' days (name or code)."), QStringLiteral("S")),
            text("scope", CliRun::tr("province, outside_province or national."), QStringLiteral("SCOPE")),
            text("requested-by", CliRun::tr("The body that asked for the deployment.")),
            text("from", CliRun::tr("First day."), QStringLiteral("D")),
            text("to", CliRun::tr("Last day (default: the first)."), QStringLiteral("D")),
            text("module", CliRun::tr("Module of the Colonna Mobile (id or name); repeat it."), QStringLiteral("M")),
            text("vehicle", CliRun::tr("Vehicle by plate, with the km driven after a colon; repeat it."),
                QStringLiteral("PLATE[:KM]")),
            text("equipment", CliRun::tr("Equipment by serial number; repeat it."), QStringLiteral("SERIAL")),
            text("volunteer", CliRun::tr("Volunteer (id or codice fiscale); repeat it."), QStringLiteral("V")),
            text("comune", CliRun::tr("Comune where the deployment goes."), QStringLiteral("C")),
            text("place", CliRun::tr("Place of the deployment.")), text("notes", CliRun::tr("Notes.")),
            text("override-reason",
                CliRun::tr("Why vehicles or equipment not fit (out of service, revision due...) go anyway.")) },
        1, 1, runDeployment, CliSignIn::Required, core::Permission::FleetDeploy } };
}

QList<CliImporter> fleetImporters()
{
    return {
        { QStringLiteral("vehicles"),
            [] { return CliRun::tr("imports Colonna Mobile vehicles from a spreadsheet (all or nothing; a plate on record is updated)"); },
            {},
            [](CliRun &run, const QString &file, bool dryRun) {
                return runFleetImport(run, QStringLiteral("vehicles"), file, dryRun);
            },
            core::Permission::FleetEdit },
        { QStringLiteral("equipment"),
            [] { return CliRun::tr("imports Colonna Mobile equipment from a spreadsheet (all or nothing; a serial number on record is updated)"); },
            {},
            [](CliRun &run, const QString &file, bool dryRun) {
                return runFleetImport(run, QStringLiteral("equipment"), file, dryRun);
            },
            core::Permission::FleetEdit },
    };
}
