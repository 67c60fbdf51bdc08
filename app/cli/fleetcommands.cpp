#include "fleetcommands.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/domain/clock.h"
#include "core/ui/errortext.h"
#include "fleet/domain/fleetimport.h"
#include "fleet/domain/fleetimportcommand.h"

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

} // namespace

QList<CliImporter> fleetImporters()
{
    return {
        { QStringLiteral("vehicles"),
            [] { return CliRun::tr("imports Colonna Mobile vehicles from CSV (all or nothing; a plate on record is updated)"); },
            {},
            [](CliRun &run, const QString &file, bool dryRun) {
                return runFleetImport(run, QStringLiteral("vehicles"), file, dryRun);
            },
            core::Permission::FleetEdit },
        { QStringLiteral("equipment"),
            [] { return CliRun::tr("imports Colonna Mobile equipment from CSV (all or nothing; a serial number on record is updated)"); },
            {},
            [](CliRun &run, const QString &file, bool dryRun) {
                return runFleetImport(run, QStringLiteral("equipment"), file, dryRun);
            },
            core::Permission::FleetEdit },
    };
}
