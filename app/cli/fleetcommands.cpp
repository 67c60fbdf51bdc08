#include "fleetcommands.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/domain/clock.h"
#include "core/ui/errortext.h"
#include "fleet/domain/deploymentamendments.h"
#include "fleet/domain/fleetimport.h"
#include "fleet/domain/fleetimportcommand.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/fleetrules.h"
#include "fleet/domain/modulecommands.h"
#include "volunteerscommands.h"
#include "volunteers/domain/eventrepository.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

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

// --override-reason, repeated: «vehicle:PLATE=TEXT» or «equipment:SERIAL=TEXT»
// give one line its reason; a reason alone goes to the one line not fit
// that has none, and is refused as ambiguous when two or more have none.
// The modules' members get their reasons too (they are added as lines).
int applyOverrideReasons(CliRun &run, const QSqlDatabase &db, fleet::NewDeployment &d)
{
    QString general;
    QHash<qint64, QString> vehicleReasons, equipmentReasons;
    fleet::FleetRepository fleetRepository(db);
    static const QRegularExpression perLine(QStringLiteral("^\\s*(vehicle|equipment)\\s*:([^=]*)=(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (const QString &value : run.parser().values(QStringLiteral("override-reason"))) {
        const QRegularExpressionMatch m = perLine.match(value);
        if (!m.hasMatch()) {
            if (value.trimmed().isEmpty())
                continue;
            if (!general.isEmpty())
                return run.usage(CliRun::tr("Only one --override-reason may be given without vehicle: or equipment:; "
                                            "give the others as --override-reason vehicle:PLATE=TEXT."));
            general = value.simplified();
            continue;
        }
        const bool vehicle = m.captured(1).compare(QLatin1String("vehicle"), Qt::CaseInsensitive) == 0;
        const QString key = m.captured(2).trimmed();
        const QString reason = m.captured(3).simplified();
        if (reason.isEmpty())
            return run.usage(CliRun::tr("«%1»: the reason after = is missing.").arg(value));
        qint64 id = 0;
        if (vehicle) {
            auto plate = fleet::Plate::normalise(key);
            auto found = plate ? fleetRepository.vehicleByPlate(*plate) : core::Result<fleet::Vehicle>(plate.error());
            if (!found || found->id == 0)
                return run.usage(CliRun::tr("There is no vehicle with the plate «%1».").arg(key));
            id = found->id;
        } else {
            auto found = fleetRepository.equipmentBySerial(key);
            if (!found || found->id == 0)
                return run.usage(CliRun::tr("There is no equipment with the serial number «%1».").arg(key));
            id = found->id;
        }
        QHash<qint64, QString> &reasons = vehicle ? vehicleReasons : equipmentReasons;
        if (reasons.contains(id))
            return run.usage(CliRun::tr("Two reasons for «%1»: give one.").arg(key));
        reasons.insert(id, reason);
    }
    if (general.isEmpty() && vehicleReasons.isEmpty() && equipmentReasons.isEmpty())
        return ExitOk;
    auto unfit = fleet::DeploymentService(db, core::SystemClock::instance()).unfitLines(d);
    if (!unfit)
        return run.fail(unfit.error());
    // A reason for a line that does not go is a mistake (a plate mistyped).
    const auto goes = [&](bool vehicle, qint64 id) {
        QList<qint64> ids;
        for (const fleet::DeploymentVehicle &v : std::as_const(d.vehicles))
            if (vehicle)
                ids.append(v.vehicleId);
        for (const fleet::DeploymentEquipment &e : std::as_const(d.equipment))
            if (!vehicle)
                ids.append(e.equipmentId);
        for (const fleet::UnfitLine &line : std::as_const(*unfit))
            if (line.vehicle == vehicle)
                ids.append(line.id);
        for (qint64 moduleId : std::as_const(d.moduleIds)) {
            auto m = fleet::ModuleRepository(db).module(moduleId);
            if (m)
                ids += vehicle ? m->vehicleIds : m->equipmentIds;
        }
        return ids.contains(id);
    };
    for (auto it = vehicleReasons.cbegin(); it != vehicleReasons.cend(); ++it)
        if (!goes(true, it.key()))
            return run.usage(CliRun::tr("«%1» does not go on this deployment: add it with --vehicle or --module, or "
                                        "correct the plate.")
                                 .arg(fleet::Plate::display(fleetRepository.vehicle(it.key())->plate)));
    for (auto it = equipmentReasons.cbegin(); it != equipmentReasons.cend(); ++it)
        if (!goes(false, it.key()))
            return run.usage(CliRun::tr("«%1» does not go on this deployment: add it with --equipment or --module, or "
                                        "correct the serial number.")
                                 .arg(fleetRepository.equipment(it.key())->serialNumber));
    if (!general.isEmpty()) {
        QStringList without;
        const fleet::UnfitLine *only = nullptr;
        for (const fleet::UnfitLine &line : std::as_const(*unfit))
            if (!(line.vehicle ? vehicleReasons : equipmentReasons).contains(line.id)) {
                without.append(line.name);
                only = &line;
            }
        if (without.size() > 1)
            return run.usage(CliRun::tr("One --override-reason for %n lines not fit (%1): give each its own, e.g. "
                                        "--override-reason vehicle:PLATE=TEXT or equipment:SERIAL=TEXT.",
                                 nullptr, int(without.size()))
                                 .arg(without.join(QStringLiteral(", "))));
        if (only)
            (only->vehicle ? vehicleReasons : equipmentReasons).insert(only->id, general);
    }
    for (auto it = vehicleReasons.cbegin(); it != vehicleReasons.cend(); ++it) {
        bool listed = false;
        for (fleet::DeploymentVehicle &v : d.vehicles)
            if (v.vehicleId == it.key()) {
                v.overrideReason = it.value();
                listed = true;
            }
        if (!listed)
            d.vehicles.append({ it.key(), 0, it.value() });
    }
    for (auto it = equipmentReasons.cbegin(); it != equipmentReasons.cend(); ++it) {
        bool listed = false;
        for (fleet::DeploymentEquipment &e : d.equipment)
            if (e.equipmentId == it.key()) {
                e.overrideReason = it.value();
                listed = true;
            }
        if (!listed)
            d.equipment.append({ it.key(), it.value() });
    }
    return ExitOk;
}

// The deployment named by the second argument: its number ("IMP-2026-0012",
// the first column of «report deployments») or its id. Empty after a usage
// message.
QString deploymentArgument(CliRun &run, const QString &what)
{
    static const QRegularExpression shape(QStringLiteral("^(IMP-\\d{4}-(\\d+-)?\\d+|\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = run.arguments().value(1).trimmed();
    if (!shape.match(text).hasMatch()) {
        run.usage(CliRun::tr("deployment %1 wants the number of the deployment, e.g. IMP-2026-0012 (the first column "
                             "of «report deployments»).")
                      .arg(what));
        return {};
    }
    return text;
}

// The deployment's id (0 after a failure message).
qint64 findDeployment(CliRun &run, const QSqlDatabase &db, const QString &text, int *code)
{
    auto id = fleet::DeploymentAmendments::find(db, text);
    if (!id) {
        *code = run.fail(id.error());
        return 0;
    }
    if (*id == 0) {
        *code = run.fail(core::Error(QStringLiteral("fleet.unknown_deployment"), { text.toUpper() }));
        return 0;
    }
    return *id;
}

QString deploymentNumber(const QSqlDatabase &db, qint64 id)
{
    auto s = fleet::DeploymentAmendments(db, core::SystemClock::instance()).state(id);
    return s && !s->number.isEmpty() ? s->number : QString::number(id);
}

int runDeploymentVoid(CliRun &run)
{
    if (run.arguments().size() != 2)
        return run.usage(CliRun::tr("deployment void takes the number of the deployment: deployment void N --reason TEXT."));
    const QString key = deploymentArgument(run, QStringLiteral("void"));
    if (key.isEmpty())
        return ExitUsage;
    if (fleetOption(run, "reason").isEmpty())
        return run.usage(CliRun::tr("deployment void needs --reason: it stays with the deployment."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    int code = ExitOk;
    const qint64 id = findDeployment(run, connection->db(), key, &code);
    if (id == 0)
        return code;
    fleet::VoidDeployment command(id, fleetOption(run, "reason"));
    if (const int ran = run.run(connection->db(), command); ran != ExitOk)
        return ran;
    const fleet::DeploymentVoidResult &r = command.result();
    run.out() << CliRun::tr("Deployment %1 voided: %2 withdrawn from the odometers; volunteer days reversed: %3.")
                     .arg(deploymentNumber(connection->db(), id))
                     .arg(CliRun::tr("%1 km").arg(QLocale().toString(r.km)), QString::number(r.reversedDays))
              << Qt::endl;
    return ExitOk;
}

int runDeploymentCorrect(CliRun &run)
{
    if (run.arguments().size() != 2)
        return run.usage(CliRun::tr("deployment correct takes the number of the deployment: deployment correct N "
                                    "--vehicle PLATE:KM... --reason TEXT."));
    const QString key = deploymentArgument(run, QStringLiteral("correct"));
    if (key.isEmpty())
        return ExitUsage;
    if (fleetOption(run, "reason").isEmpty())
        return run.usage(CliRun::tr("deployment correct needs --reason: it stays with the deployment."));
    const QStringList vehicles = run.parser().values(QStringLiteral("vehicle"));
    if (vehicles.isEmpty())
        return run.usage(CliRun::tr("deployment correct needs --vehicle PLATE:KM, once for each vehicle to correct."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    fleet::DeploymentKmCorrection correction;
    correction.reason = fleetOption(run, "reason");
    fleet::FleetRepository fleetRepository(db);
    for (const QString &text : vehicles) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const qint64 km = colon < 0 ? -1 : text.mid(colon + 1).trimmed().toLongLong(&ok);
        if (colon < 0 || !ok || km < 0)
            return run.usage(CliRun::tr("«%1»: write the plate and the right km after a colon (PLATE:KM).").arg(text));
        const QString plateText = text.left(colon).trimmed();
        auto plate = fleet::Plate::normalise(plateText);
        auto vehicle = plate ? fleetRepository.vehicleByPlate(*plate) : core::Result<fleet::Vehicle>(plate.error());
        if (!vehicle || vehicle->id == 0)
            return run.usage(CliRun::tr("There is no vehicle with the plate «%1».").arg(plateText));
        correction.vehicles.append({ vehicle->id, km, QString() });
    }
    int code = ExitOk;
    const qint64 id = findDeployment(run, db, key, &code);
    if (id == 0)
        return code;
    correction.deploymentId = id;
    fleet::CorrectDeployment command(correction);
    if (const int ran = run.run(db, command); ran != ExitOk)
        return ran;
    const fleet::DeploymentCorrectionResult &r = command.result();
    run.out() << CliRun::tr("Deployment %1 corrected: %2, from %3 to %4 km.")
                     .arg(deploymentNumber(db, id))
                     .arg(CliRun::tr("%n vehicle(s)", nullptr, r.lines), QLocale().toString(r.kmBefore),
                         QLocale().toString(r.kmAfter))
              << Qt::endl;
    return ExitOk;
}

int runDeploymentWithdraw(CliRun &run)
{
    const QString usage = CliRun::tr("deployment withdraw takes the number of the deployment and one of --vehicle PLATE, "
                                     "--equipment SERIAL or --volunteer V, with --reason TEXT.");
    if (run.arguments().size() != 2)
        return run.usage(usage);
    const QString key = deploymentArgument(run, QStringLiteral("withdraw"));
    if (key.isEmpty())
        return ExitUsage;
    const QStringList vehicles = run.parser().values(QStringLiteral("vehicle"));
    const QStringList equipment = run.parser().values(QStringLiteral("equipment"));
    const QStringList people = run.parser().values(QStringLiteral("volunteer"));
    if (vehicles.size() + equipment.size() + people.size() != 1)
        return run.usage(usage);
    if (fleetOption(run, "reason").isEmpty())
        return run.usage(CliRun::tr("deployment withdraw needs --reason: it stays with the deployment."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    fleet::DeploymentLineWithdrawal w;
    w.reason = fleetOption(run, "reason");
    fleet::FleetRepository fleetRepository(db);
    if (!vehicles.isEmpty()) {
        const QString plateText = vehicles.first().trimmed();
        auto plate = fleet::Plate::normalise(plateText);
        auto vehicle = plate ? fleetRepository.vehicleByPlate(*plate) : core::Result<fleet::Vehicle>(plate.error());
        if (!vehicle || vehicle->id == 0)
            return run.usage(CliRun::tr("There is no vehicle with the plate «%1».").arg(plateText));
        w.vehicleId = vehicle->id;
    } else if (!equipment.isEmpty()) {
        auto piece = fleetRepository.equipmentBySerial(equipment.first().trimmed());
        if (!piece || piece->id == 0)
            return run.usage(
                CliRun::tr("There is no equipment with the serial number «%1».").arg(equipment.first().trimmed()));
        w.equipmentId = piece->id;
    } else {
        w.volunteerId = cliFindVolunteer(db, people.first().trimmed());
        if (w.volunteerId == 0)
            return run.usage(
                CliRun::tr("There is no volunteer «%1» (give the id or the codice fiscale).").arg(people.first()));
    }
    int code = ExitOk;
    const qint64 id = findDeployment(run, db, key, &code);
    if (id == 0)
        return code;
    w.deploymentId = id;
    fleet::WithdrawDeploymentLine command(w);
    if (const int ran = run.run(db, command); ran != ExitOk)
        return ran;
    const fleet::DeploymentWithdrawalResult &r = command.result();
    run.out() << CliRun::tr("%1 withdrawn from deployment %2: %3 withdrawn from the odometer; volunteer days reversed: %4.")
                     .arg(r.name, deploymentNumber(db, id), CliRun::tr("%1 km").arg(QLocale().toString(r.km)),
                         QString::number(r.reversedDays))
              << Qt::endl;
    return ExitOk;
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
        d.vehicles.append({ vehicle->id, km, QString() });
    }
    for (const QString &text : run.parser().values(QStringLiteral("equipment"))) {
        auto piece = fleetRepository.equipmentBySerial(text.trimmed());
        if (!piece || piece->id == 0)
            return run.usage(CliRun::tr("There is no equipment with the serial number «%1».").arg(text.trimmed()));
        d.equipment.append({ piece->id, QString() });
    }
    for (const QString &text : run.parser().values(QStringLiteral("volunteer"))) {
        const qint64 id = cliFindVolunteer(db, text.trimmed());
        if (id == 0)
            return run.usage(CliRun::tr("There is no volunteer «%1» (give the id or the codice fiscale).").arg(text));
        d.volunteerIds.append(id);
    }
    if (const int code = applyOverrideReasons(run, db, d); code != ExitOk)
        return code;
    fleet::RecordDeployment command(d);
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    const fleet::DeploymentResult &r = command.result();
    run.out() << CliRun::tr("Deployment %1 recorded: %2, %3, %4, %5.")
                     .arg(r.number)
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
    if (run.arguments().value(0) == QLatin1String("void"))
        return runDeploymentVoid(run);
    if (run.arguments().value(0) == QLatin1String("correct"))
        return runDeploymentCorrect(run);
    if (run.arguments().value(0) == QLatin1String("withdraw"))
        return runDeploymentWithdraw(run);
    return run.usage(
        CliRun::tr("deployment wants record, void, correct or withdraw (the list is «report deployments»)."));
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
                       "[--equipment SERIAL]... [--volunteer V]... [--comune C] [--place P] "
                       "[--override-reason TEXT | --override-reason vehicle:PLATE=TEXT|equipment:SERIAL=TEXT...] | "
                       "void N --reason TEXT | correct N --vehicle PLATE:KM... --reason TEXT | "
                       "withdraw N --vehicle PLATE|--equipment SERIAL|--volunteer V --reason TEXT (N: IMP-2026-0012)"),
        [] {
            return CliRun::tr("records a deployment of the Colonna Mobile (modules, vehicles, equipment, volunteers), "
                              "voids one, corrects its km or withdraws what was recorded on it by mistake");
        },
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
                CliRun::tr("Why a vehicle or piece not fit (out of service, revision due...) goes anyway: "
                           "vehicle:PLATE=TEXT or equipment:SERIAL=TEXT for each, or TEXT alone for the only one."),
                QStringLiteral("[vehicle:PLATE=|equipment:SERIAL=]TEXT")),
            text("reason", CliRun::tr("Why the deployment is voided or corrected, or a line withdrawn.")) },
        1, 2, runDeployment, CliSignIn::Required, core::Permission::FleetDeploy } };
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
