#include "corecommands.h"

#include "../appsettings.h"
#include "../demobuilder.h"

#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/commands/workstationcommands.h"
#include "core/db/backup.h"
#include "core/db/connectionstate.h"
#include "core/db/databasefile.h"
#include "core/db/dbchecks.h"
#include "core/db/localconfig.h"
#include "core/db/migrator.h"
#include "core/domain/clock.h"
#include "core/reporting/reportcatalog.h"
#include "core/reporting/reportcsv.h"
#include "core/reporting/reportrenderer.h"
#include "core/sync/backups.h"
#include "core/ui/errortext.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QLocale>

namespace {

int runDemo(CliRun &run)
{
    const QString path = run.databasePath();
    if (run.parser().isSet(QStringLiteral("if-missing")) && QFileInfo::exists(path)) {
        run.out() << CliRun::tr("The database %1 already exists: left untouched.").arg(path) << Qt::endl;
        return ExitOk;
    }
    DemoOptions options;
    options.force = run.parser().isSet(QStringLiteral("force"));
    bool ok = true;
    if (run.parser().isSet(QStringLiteral("years"))) {
        options.years = run.parser().value(QStringLiteral("years")).toInt(&ok);
        if (!ok || options.years < 0 || options.years > 20)
            return run.usage(CliRun::tr("--years wants a number of years between 0 and 20."));
    }
    if (run.parser().isSet(QStringLiteral("workstation"))) {
        options.workstation = run.parser().value(QStringLiteral("workstation")).toInt(&ok);
        if (!ok || options.workstation < 1 || options.workstation > 9999)
            return run.usage(CliRun::tr("--workstation wants a number between 1 and 9999."));
    }
    options.progress = [&run](const QString &step) { run.err() << CliRun::tr("demo: %1").arg(step) << Qt::endl; };
    if (auto s = createDemoDatabase(path, options); !s) {
        run.err() << CliRun::tr("The demo database %1 was not created; nothing was left in its place.").arg(path)
                  << Qt::endl;
        return run.fail(s.error());
    }
    run.out() << CliRun::tr("Demo database created: %1").arg(path) << Qt::endl;
    return ExitOk;
}

// After damage: where the newest intact backup is, and how to restore it.
void offerBackup(CliRun &run)
{
    const core::sync::BackupManager manager(run.databasePath(), AppSettings::backupFolder());
    auto newest = manager.newestGoodBackup();
    if (!newest) {
        run.err() << CliRun::tr("There is no intact automatic backup in %1: call for technical help.").arg(manager.folder())
                  << Qt::endl;
        return;
    }
    run.err() << CliRun::tr("The newest intact backup is %1, of %2. To restore it (the damaged file is kept aside): "
                            "cisiamo --db %3 restore %1")
                     .arg(newest->path, QLocale().toString(newest->takenAt, QStringLiteral("dd/MM/yyyy HH:mm")),
                          run.databasePath())
              << Qt::endl;
}

int runCheck(CliRun &run)
{
    auto connection = run.openDatabase(true);
    if (!connection) {
        run.fail(connection.error());
        if (core::isDamage(connection.error()))
            offerBackup(run);
        return ExitFailed;
    }
    const QSqlDatabase db = connection->db();
    auto version = core::schemaVersion(db);
    const bool quick = run.parser().isSet(QStringLiteral("quick"));
    auto check = core::checkDatabase(db, quick);
    if (!check) {
        // integrity_check itself stopped on a page it cannot read.
        run.fail(core::Error(QStringLiteral("db.corrupt"), { run.databasePath(), check.error().args.value(0) }));
        offerBackup(run);
        return ExitFailed;
    }
    run.out() << CliRun::tr("Database: %1").arg(run.databasePath()) << Qt::endl;
    if (version)
        run.out() << CliRun::tr("Schema version: %1 (this program: %2)").arg(*version).arg(core::latestSchemaVersion()) << Qt::endl;
    switch (core::DatabaseFile::readOnlyBecause(run.databasePath())) {
    case core::DatabaseFile::ReadOnlyBecause::File:
        run.out() << CliRun::tr("Access: read-only (the file cannot be written)") << Qt::endl;
        break;
    case core::DatabaseFile::ReadOnlyBecause::Folder:
        run.out() << CliRun::tr("Access: read-only (its folder cannot be written)") << Qt::endl;
        break;
    case core::DatabaseFile::ReadOnlyBecause::No:
        break;
    }
    run.out() << CliRun::tr("Integrity: %1").arg(check->integrityProblems.isEmpty() ? CliRun::tr("ok") : CliRun::tr("DAMAGED"))
              << Qt::endl;
    for (const QString &p : check->integrityProblems.mid(0, 50))
        run.out() << "  " << p << Qt::endl;
    run.out() << CliRun::tr("References between tables: %1")
                     .arg(check->foreignKeyProblems.isEmpty() ? CliRun::tr("ok") : CliRun::tr("%n broken", nullptr, int(check->foreignKeyProblems.size())))
              << Qt::endl;
    for (const QString &p : check->foreignKeyProblems)
        run.out() << "  " << p << Qt::endl;
    if (!check->integrityProblems.isEmpty()) {
        run.err() << CliRun::tr("The database %1 is damaged.").arg(run.databasePath()) << Qt::endl;
        offerBackup(run);
    }
    return check->isClean() ? ExitOk : ExitFailed;
}

int runBackup(CliRun &run)
{
    QString target = run.arguments().value(0);
    int keep = AppSettings::keepBackups();
    if (run.parser().isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = run.parser().value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1)
            return run.usage(CliRun::tr("--keep wants a number of backups, at least 1."));
    }
    auto connection = run.openDatabase(true);
    if (!connection)
        return run.fail(connection.error());
    if (target.isEmpty()) {
        // An automatic backup, in the backup folder, keeping the newest N.
        core::sync::BackupManager manager(run.databasePath(), AppSettings::backupFolder());
        auto taken = manager.takeBackup(connection->db(), keep);
        if (!taken)
            return run.fail(taken.error());
        target = taken->path;
        run.out() << CliRun::tr("Backup written: %1 (%2)").arg(target, QLocale().formattedDataSize(QFileInfo(target).size())) << Qt::endl;
        run.out() << CliRun::tr("Automatic backups kept in %1: %2").arg(manager.folder()).arg(manager.automaticBackups().size()) << Qt::endl;
        return ExitOk;
    }
    if (auto s = core::backupDatabase(connection->db(), target); !s)
        return run.fail(s.error());
    run.out() << CliRun::tr("Backup written: %1 (%2)").arg(target, QLocale().formattedDataSize(QFileInfo(target).size())) << Qt::endl;
    return ExitOk;
}

int runReport(CliRun &run)
{
    const QString name = run.arguments().value(0);
    const core::ReportDefinition *definition = run.reports().find(name);
    if (!definition)
        return run.usage(CliRun::tr("There is no report called «%1». Reports: %2.").arg(name, run.reports().names().join(QStringLiteral(", "))));
    const QString format = run.parser().value(QStringLiteral("format")).toLower();
    const QString outPath = run.parser().value(QStringLiteral("out"));
    if (const QString problem = CliRun::reportFormatProblem(format, outPath); !problem.isEmpty())
        return run.usage(problem);

    core::ReportRequest request;
    bool badDate = false;
    request.from = run.dateOption(QStringLiteral("from"), &badDate);
    request.to = run.dateOption(QStringLiteral("to"), &badDate);
    request.at = run.dateOption(QStringLiteral("at"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("Dates are written dd/mm/yyyy or yyyy-mm-dd."));
    request.by = run.parser().value(QStringLiteral("by"));
    // --event ID: reports of one event (room-diary); the same as --option event=ID.
    if (run.parser().isSet(QStringLiteral("event")))
        request.options.insert(QStringLiteral("event"), run.parser().value(QStringLiteral("event")).trimmed());
    // --zone Z (emergency-plans), --organisation ID and --year Y
    // (renewal-activity, equipment-by-organisation), --module ID|NAME
    // (departure-checklist): the same as --option KEY=VALUE.
    for (const QString &key : { QStringLiteral("zone"), QStringLiteral("organisation"), QStringLiteral("year"),
                                QStringLiteral("module") })
        if (run.parser().isSet(key))
            request.options.insert(key, run.parser().value(key).trimmed());
    for (const QString &option : run.parser().values(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return run.usage(CliRun::tr("--option wants KEY=VALUE."));
        request.options.insert(option.left(eq).trimmed(), option.mid(eq + 1).trimmed());
    }
    request.now = core::SystemClock::instance().now();
    request.locale = QLocale();
    if (auto s = core::validateReportRequest(*definition, request); !s)
        return run.usage(core::ErrorText::describe(s.error()));

    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    if (auto s = run.require(connection->db(), definition->permission); !s)
        return run.failNotSignedIn(s.error());
    request.operatorName = core::sessionPersonName(connection->db()); // on paper: the person's full name
    auto document = definition->build(connection->db(), request);
    if (!document)
        return run.fail(document.error());

    return run.writeReport(*document, format, outPath);
}

// workstation show | set --number N [--name TEXT]: this database's
// workstation, as the Settings dialog shows and changes it.
int runWorkstation(CliRun &run)
{
    const QString action = run.arguments().value(0);
    if (action != QLatin1String("show") && action != QLatin1String("set"))
        return run.usage(CliRun::tr("workstation wants show or set."));
    const bool set = action == QLatin1String("set");
    int number = 0;
    if (set) {
        bool ok = false;
        number = run.parser().value(QStringLiteral("number")).toInt(&ok);
        if (!ok)
            return run.usage(CliRun::tr("workstation set wants --number N, the workstation number (1-9999)."));
    } else if (run.parser().isSet(QStringLiteral("number")) || run.parser().isSet(QStringLiteral("name"))) {
        return run.usage(CliRun::tr("--number and --name go with workstation set."));
    }
    auto connection = run.openDatabase(!set);
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    if (set) {
        std::optional<QString> name;
        if (run.parser().isSet(QStringLiteral("name")))
            name = run.parser().value(QStringLiteral("name"));
        core::SetWorkstation command(number, name);
        if (const int code = run.run(db, command); code != ExitOk)
            return code;
        command.adoptOn(db);
    }
    run.out() << CliRun::tr("Workstation: %1").arg(core::sessionWorkstation(db)) << Qt::endl;
    run.out() << CliRun::tr("Name: %1").arg(core::LocalConfig::value(db, core::LocalConfig::workstationName)) << Qt::endl;
    return ExitOk;
}

int runSchema(CliRun &run)
{
    // A new database in a temporary folder, read back in creation order.
    QTemporaryDir dir;
    auto connection = core::openDatabase(dir.filePath(QStringLiteral("schema.sqlite")));
    if (!connection)
        return run.fail(connection.error());
    auto text = core::schemaSql(connection->db());
    if (!text)
        return run.fail(text.error());
    run.out() << *text;
    return ExitOk;
}

} // namespace

QList<CliCommand> coreCommands()
{
    QList<CliCommand> commands;
    commands.append({ QStringLiteral("demo"), QStringLiteral("demo [--force] [--if-missing] [--years N] [--workstation N]"),
                      [] { return CliRun::tr("creates a demo database (refuses to replace one without --force)"); },
                      { QCommandLineOption(QStringLiteral("force"), CliRun::tr("Replace an existing database (the old file is kept aside).")),
                        QCommandLineOption(QStringLiteral("if-missing"), CliRun::tr("Do nothing when the database already exists.")),
                        QCommandLineOption(QStringLiteral("years"), CliRun::tr("Years of invented activity, for performance work."), QStringLiteral("N")),
                        QCommandLineOption(QStringLiteral("workstation"), CliRun::tr("Workstation number of the new database."), QStringLiteral("N")) },
                      0, 0, runDemo, CliSignIn::NotNeeded });
    commands.append({ QStringLiteral("check"), QStringLiteral("check [--quick]"),
                      [] { return CliRun::tr("checks the integrity of the database and the references between tables"); },
                      { QCommandLineOption(QStringLiteral("quick"), CliRun::tr("Quick check (as at start), skipping the index cross-checks.")) },
                      0, 0, runCheck, CliSignIn::NotNeeded });
    commands.append({ QStringLiteral("backup"), QStringLiteral("backup [OUT] [--keep N]"),
                      [] { return CliRun::tr("writes a consistent copy of the database to OUT, or an automatic backup into the backup "
                                             "folder keeping the newest N"); },
                      { QCommandLineOption(QStringLiteral("keep"), CliRun::tr("Automatic backups to keep (default: the settings, 14)."),
                                           QStringLiteral("N")) },
                      0, 1, runBackup, CliSignIn::Required, core::Permission::DatabaseBackup });
    commands.append({ QStringLiteral("report"),
                      QStringLiteral("report NAME [--from D] [--to D] [--at D] [--by X] [--event ID] [--zone Z] [--organisation ID] [--year Y] [--module ID] [--option K=V] [--format csv|html|pdf|xlsx] [--out FILE]"),
                      [] { return CliRun::tr("produces a report (CSV: RFC 4180, comma, dot decimals)"); },
                      { QCommandLineOption(QStringLiteral("from"), CliRun::tr("First day of the period."), QStringLiteral("D")),
                        QCommandLineOption(QStringLiteral("to"), CliRun::tr("Last day of the period."), QStringLiteral("D")),
                        QCommandLineOption(QStringLiteral("at"), CliRun::tr("Date of a position report."), QStringLiteral("D")),
                        QCommandLineOption(QStringLiteral("by"), CliRun::tr("Grouping, for reports that offer one."), QStringLiteral("X")),
                        QCommandLineOption(QStringLiteral("event"), CliRun::tr("Only this event (its id), for reports of one event (room-diary, sitrep)."),
                                           QStringLiteral("ID")),
                        QCommandLineOption(QStringLiteral("zone"), CliRun::tr("Only the comuni of this zona omogenea, for reports by comune (emergency-plans)."),
                                           QStringLiteral("Z")),
                        QCommandLineOption(QStringLiteral("organisation"), CliRun::tr("Only this organisation (its id), e.g. renewal-activity."),
                                           QStringLiteral("ID")),
                        QCommandLineOption(QStringLiteral("year"), CliRun::tr("The year, e.g. renewal-activity."), QStringLiteral("Y")),
                        QCommandLineOption(QStringLiteral("module"),
                                           CliRun::tr("The Colonna Mobile module (its id or name), for departure-checklist."),
                                           QStringLiteral("ID")),
                        QCommandLineOption(QStringLiteral("format"), CliRun::tr("csv (default), html, pdf or xlsx (Excel)."), QStringLiteral("FORMAT"),
                                           QStringLiteral("csv")),
                        QCommandLineOption(QStringLiteral("out"), CliRun::tr("Output file (default: standard output)."), CliRun::tr("FILE")),
                        QCommandLineOption(QStringLiteral("option"), CliRun::tr("A report-specific filter, e.g. operator=mario.rossi (repeatable)."),
                                           QStringLiteral("KEY=VALUE")) },
                      1, 1, runReport });
    commands.append({ QStringLiteral("workstation"), QStringLiteral("workstation show | set --number N [--name TEXT]"),
                      [] { return CliRun::tr("shows or sets this database's workstation number and name (set: coordinator or "
                                             "administrator)"); },
                      { QCommandLineOption(QStringLiteral("number"), CliRun::tr("Workstation number, 1-9999, unique in the room."),
                                           QStringLiteral("N")),
                        QCommandLineOption(QStringLiteral("name"), CliRun::tr("Workstation name, e.g. \"Sala operativa 1\"."),
                                           CliRun::tr("TEXT")) },
                      1, 1, runWorkstation });
    commands.append({ QStringLiteral("schema"), QStringLiteral("schema"),
                      [] { return CliRun::tr("prints the SQL schema of a new database (sqlite/schema.sql)"); },
                      {}, 0, 0, runSchema, CliSignIn::NotNeeded });
    return commands;
}
