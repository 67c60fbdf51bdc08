#include "volunteerscommands.h"

#include "importcommand.h"

#include "core/auth/permissions.h"
#include "core/domain/clock.h"
#include "core/ui/errortext.h"
#include "volunteers/domain/attestatobatch.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerimport.h"
#include "volunteers/domain/volunteerreports.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace {

// An organisation given on the command line: its id, its registry number
// or its exact name. 0 when unknown.
qint64 findOrganisation(const QSqlDatabase &db, const QString &text)
{
    volunteers::OrganisationRepository repo(db);
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric) {
        auto o = repo.organisation(id);
        if (o && o->id)
            return o->id;
    }
    auto byNumber = repo.byRegistryNumber(text);
    if (byNumber && byNumber->id)
        return byNumber->id;
    auto byName = repo.byName(text);
    return byName ? byName->id : 0;
}

qint64 findEvent(const QSqlDatabase &db, const QString &text)
{
    volunteers::EventRepository repo(db);
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric) {
        auto e = repo.event(id);
        if (e && e->id)
            return e->id;
    }
    auto byName = repo.eventByName(text);
    return byName ? byName->id : 0;
}

int runAttestati(CliRun &run)
{
    bool badDate = false;
    volunteers::BatchOptions options;
    options.criteria.from = run.dateOption(QStringLiteral("from"), &badDate);
    options.criteria.to = run.dateOption(QStringLiteral("to"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("Dates are written dd/mm/yyyy or yyyy-mm-dd."));
    if (!options.criteria.from.isValid() || !options.criteria.to.isValid())
        return run.usage(CliRun::tr("attestati needs the period: --from D --to D."));
    if (options.criteria.from > options.criteria.to)
        return run.usage(CliRun::tr("The period is reversed: %1 comes after %2.")
                             .arg(options.criteria.from.toString(QStringLiteral("dd/MM/yyyy")),
                                 options.criteria.to.toString(QStringLiteral("dd/MM/yyyy"))));
    options.outputDir = run.parser().value(QStringLiteral("out"));
    if (options.outputDir.isEmpty())
        return run.usage(CliRun::tr("attestati needs a folder for the PDF files: --out DIR."));
    options.includeOverLimit = run.parser().isSet(QStringLiteral("include-over-limit"));
    if (run.parser().isSet(QStringLiteral("limit"))) {
        bool ok = false;
        options.limit = run.parser().value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || options.limit < 1)
            return run.usage(CliRun::tr("--limit wants a positive number."));
    }

    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    // The checks use this connection; the batch opens its own.
    {
        const QSqlDatabase db = connection->db();
        if (run.parser().isSet(QStringLiteral("organisation"))) {
            const QString text = run.parser().value(QStringLiteral("organisation"));
            options.criteria.organisationId = findOrganisation(db, text);
            if (options.criteria.organisationId == 0)
                return run.usage(
                    CliRun::tr("There is no organisation «%1» (give its id, registry number or name).").arg(text));
        }
        if (run.parser().isSet(QStringLiteral("event"))) {
            const QString text = run.parser().value(QStringLiteral("event"));
            options.criteria.eventId = findEvent(db, text);
            if (options.criteria.eventId == 0)
                return run.usage(CliRun::tr("There is no event «%1» (give its id or name).").arg(text));
        }

        // Before anything is issued: who is over the art. 39 limits, who has no employer.
        auto preflight = volunteers::AttestatoBatch::preflight(db, options.criteria);
        if (!preflight)
            return run.fail(preflight.error());
        for (const volunteers::VolunteerOverLimit &v : preflight->overLimits) {
            QStringList days;
            for (const QDate &d : v.assessment.daysOverBetween(options.criteria.from, options.criteria.to))
                days.append(d.toString(QStringLiteral("dd/MM/yyyy")));
            run.err() << CliRun::tr("Over the art. 39 limits: %1 (%2), %3: %4. %5")
                             .arg(v.name, v.taxCode,
                                 volunteers::VolunteerReports::excessText(v.excessesInPeriod.constFirst()),
                                 days.join(QStringLiteral(", ")),
                                 options.includeOverLimit
                                     ? CliRun::tr("Issued with the days marked.")
                                     : CliRun::tr("Left pending: look at it, then use --include-over-limit."))
                      << Qt::endl;
        }
        for (const QString &v : preflight->withoutEmployer)
            run.err() << CliRun::tr("No employer on record, left pending: %1").arg(v) << Qt::endl;
    }
    connection->close();

    const QLocale locale;
    QElapsedTimer timer;
    timer.start();
    std::atomic_bool cancel { false };
    volunteers::AttestatoBatch batch(run.databasePath(), run.operatorName(), core::SystemClock::instance());
    auto outcome = batch.run(
        options,
        [&run](const volunteers::BatchProgress &p) {
            if (p.done > 0 && p.done % 1000 == 0)
                run.err() << CliRun::tr("attestati: %1 of %2").arg(p.done).arg(p.total) << Qt::endl;
        },
        cancel);
    if (!outcome)
        return run.fail(outcome.error());
    if (outcome->issued == 0)
        run.out() << CliRun::tr("No attestato to issue for the period.") << Qt::endl;
    else
        run.out() << CliRun::tr("%1 attestati issued (%2 – %3) in %4 s; PDF files in %5, index %6")
                         .arg(locale.toString(outcome->issued), outcome->firstNumber, outcome->lastNumber,
                             locale.toString(timer.elapsed() / 1000.0, 'f', 1),
                             QDir::toNativeSeparators(options.outputDir), QDir::toNativeSeparators(outcome->indexFile))
                  << Qt::endl;
    if (outcome->skippedOverLimit > 0 || outcome->skippedNoEmployer > 0)
        run.out() << CliRun::tr("Left pending: %1 over the limits, %2 without employer.")
                         .arg(outcome->skippedOverLimit)
                         .arg(outcome->skippedNoEmployer)
                  << Qt::endl;
    return ExitOk;
}

int runImport(CliRun &run, const QString &kind, const QString &path, bool dryRun)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    volunteers::VolunteerImporter importer(connection->db(), core::SystemClock::instance());
    core::ImportOnce once(
        connection->db(), kind, path, run.parser().isSet(QStringLiteral("again")), core::SystemClock::instance());
    if (!once)
        return failImportOnce(run, once);
    auto report = importer.importFile(kind, path, dryRun);
    if (report && report->ok() && !dryRun)
        if (auto s = once.commit(); !s)
            report = s.error();
    if (!report)
        return run.fail(report.error());
    for (const core::Error &w : report->warnings)
        run.err() << CliRun::tr("Warning: %1").arg(core::ErrorText::describe(w)) << Qt::endl;
    for (const core::Error &e : report->errors)
        run.err() << core::ErrorText::describe(e) << Qt::endl;
    if (!report->ok()) {
        run.err() << CliRun::tr("%n problems: nothing was imported.", nullptr, int(report->errors.size())) << Qt::endl;
        return ExitFailed;
    }
    const QString what = kind == QLatin1String("volunteers")
        ? CliRun::tr("%1 lines read: %2 volunteers added, %3 updated.")
              .arg(report->records)
              .arg(report->added)
              .arg(report->updated)
        : CliRun::tr("%1 lines read: %2 person-days added.").arg(report->records).arg(report->added);
    run.out() << (dryRun ? CliRun::tr("Dry run, nothing was written. %1").arg(what) : what) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> volunteersCommands()
{
    QList<CliCommand> commands;
    commands.append({ QStringLiteral("attestati"),
        QStringLiteral(
            "attestati --from D --to D [--organisation ID] [--event ID] [--include-over-limit] [--limit N] --out DIR"),
        [] { return CliRun::tr("issues the pending attestati of the period: one PDF each and an index CSV in DIR"); },
        { QCommandLineOption(QStringLiteral("from"), CliRun::tr("First day of activation."), QStringLiteral("D")),
            QCommandLineOption(QStringLiteral("to"), CliRun::tr("Last day of activation."), QStringLiteral("D")),
            QCommandLineOption(QStringLiteral("organisation"),
                CliRun::tr("Only this organisation (id, registry number or name)."), QStringLiteral("ID")),
            QCommandLineOption(
                QStringLiteral("event"), CliRun::tr("Only this event (id or name)."), QStringLiteral("ID")),
            QCommandLineOption(QStringLiteral("include-over-limit"),
                CliRun::tr("Issue also for volunteers over the art. 39 limits (the days are marked).")),
            QCommandLineOption(QStringLiteral("limit"), CliRun::tr("At most N attestati."), QStringLiteral("N")),
            QCommandLineOption(
                QStringLiteral("out"), CliRun::tr("Folder for the PDF files and the index."), QStringLiteral("DIR")) },
        0, 0, runAttestati, CliSignIn::Required, core::Permission::VolunteersAttestati });
    return commands;
}

QList<CliImporter> volunteersImporters()
{
    return {
        { QStringLiteral("volunteers"), [] { return CliRun::tr("imports volunteers from CSV (all or nothing)"); }, {},
          [](CliRun &run, const QString &file, bool dryRun) { return runImport(run, QStringLiteral("volunteers"), file, dryRun); },
          core::Permission::VolunteersEdit },
        { QStringLiteral("activations"), [] { return CliRun::tr("imports activation days from CSV (all or nothing)"); }, {},
          [](CliRun &run, const QString &file, bool dryRun) { return runImport(run, QStringLiteral("activations"), file, dryRun); },
          core::Permission::VolunteersEdit },
    };
}
