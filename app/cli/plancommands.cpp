#include "plancommands.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/domain/clock.h"
#include "core/ui/errortext.h"
#include "room/domain/plancommands.h"
#include "room/domain/planimport.h"

namespace {

int runPlanImport(CliRun &run, const QString &path, bool dryRun)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::Result<room::PlanImportReport> report = room::PlanImportReport();
    const bool again = run.parser().isSet(QStringLiteral("again"));
    if (dryRun) {
        core::ImportOnce once(connection->db(), QStringLiteral("emergency-plans"), path, again, core::SystemClock::instance());
        if (!once)
            return failImportOnce(run, once);
        report = room::PlanImporter(connection->db(), core::SystemClock::instance()).importFile(path, true);
    } else {
        // The same command as the dialog runs.
        room::ImportPlanStates command(path, again);
        const core::Status s = core::CommandRunner(connection->db()).run(command);
        if (!s && s.error().code.startsWith(QLatin1String("import."))) {
            const int code = run.fail(s.error());
            if (s.error().code == QLatin1String("import.already_imported"))
                run.err() << CliRun::tr("Nothing was imported. If the file is really new, import it again with --again.")
                          << Qt::endl;
            return code;
        }
        if (!s && s.error().code != QLatin1String("room.plan_import_problems"))
            return run.failNotSignedIn(s.error());
        report = command.report();
    }
    if (!report)
        return run.fail(report.error());
    for (const core::ImportProblem &p : report->problems)
        run.err() << (p.warning ? CliRun::tr("Warning: %1") : CliRun::tr("Error: %1")).arg(core::ErrorText::describe(p.error))
                  << Qt::endl;
    if (!report->ok()) {
        run.err() << CliRun::tr("%n problems: nothing was imported.", nullptr, report->errorCount()) << Qt::endl;
        return ExitFailed;
    }
    const QString what = CliRun::tr("%1: %2, %3, %4.")
                             .arg(CliRun::tr("%n line(s) read", nullptr, report->records),
                                 CliRun::tr("%n plan(s) added", nullptr, report->added),
                                 CliRun::tr("%n updated", nullptr, report->updated),
                                 CliRun::tr("%n unchanged", nullptr, report->unchanged));
    run.out() << (dryRun ? CliRun::tr("Dry run, nothing was written. %1").arg(what) : what) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliImporter> planImporters()
{
    return {
        { QStringLiteral("emergency-plans"),
            [] { return CliRun::tr("imports the states of the comuni's emergency plans from a spreadsheet (all or nothing; one line per comune)"); },
            {},
            [](CliRun &run, const QString &file, bool dryRun) { return runPlanImport(run, file, dryRun); },
            core::Permission::RoomPlans },
    };
}
