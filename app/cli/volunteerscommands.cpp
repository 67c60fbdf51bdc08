#include "volunteerscommands.h"

#include "importcommand.h"

#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/commands/commandrunner.h"
#include "core/domain/clock.h"
#include "core/domain/dates.h"
#include "core/reference/comunematcher.h"
#include "core/ui/errortext.h"
#include "volunteers/domain/activationcommands.h"
#include "volunteers/domain/attestatobatch.h"
#include "volunteers/domain/eventcommands.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/importcommands.h"
#include "volunteers/domain/organisationcommands.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/trainingcertificate.h"
#include "volunteers/domain/trainingcommands.h"
#include "volunteers/domain/trainingrepository.h"
#include "volunteers/domain/volunteerimport.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/domain/volunteerrepository.h"

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

// A comune given on the command line: its name as people write it (exact,
// or one clear typing error away). 0 when unknown or ambiguous.
int findComune(const QSqlDatabase &db, const QString &text)
{
    auto matcher = core::ComuneMatcher::load(db);
    if (!matcher)
        return 0;
    const core::ComuneMatch m = matcher->match(text);
    return m.isMatch() ? m.comune.comuneId : 0;
}

// A volunteer by id or codice fiscale. 0 when unknown.
qint64 findVolunteer(const QSqlDatabase &db, const QString &text)
{
    volunteers::VolunteerRepository repo(db);
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric) {
        auto v = repo.volunteer(id);
        return v ? v->id : 0;
    }
    auto byCode = repo.byTaxCode(text.trimmed().toUpper());
    return byCode ? byCode->id : 0;
}

} // namespace

qint64 cliFindEvent(const QSqlDatabase &db, const QString &text)
{
    return findEvent(db, text);
}

qint64 cliFindVolunteer(const QSqlDatabase &db, const QString &text)
{
    return findVolunteer(db, text);
}

int cliFindComune(const QSqlDatabase &db, const QString &text)
{
    return findComune(db, text);
}

namespace {

QString option(const CliRun &run, const char *name)
{
    return run.parser().value(QLatin1String(name));
}

bool isSet(const CliRun &run, const char *name)
{
    return run.parser().isSet(QLatin1String(name));
}

// The fields of `organisation add|edit`; edit changes only the options
// given. Exit code, or -1 when the organisation is ready to save.
int readOrganisation(CliRun &run, const QSqlDatabase &db, volunteers::Organisation &o)
{
    if (isSet(run, "name"))
        o.name = option(run, "name");
    if (isSet(run, "kind")) {
        const QString kind = option(run, "kind");
        if (kind != QLatin1String("association") && kind != QLatin1String("municipal_group"))
            return run.usage(CliRun::tr("--kind wants association or municipal_group."));
        o.kind = volunteers::organisationKindFromCode(kind);
    }
    if (isSet(run, "comune")) {
        o.comuneId = findComune(db, option(run, "comune"));
        if (o.comuneId == 0)
            return run.usage(CliRun::tr("There is no comune «%1» (write its name).").arg(option(run, "comune")));
    }
    if (o.id == 0 && (o.comuneId == 0 || o.name.trimmed().isEmpty()))
        return run.usage(CliRun::tr("organisation add needs --name and --comune."));
    const QList<QPair<const char *, QString *>> texts = { { "registry", &o.registryNumber }, { "tax-code", &o.taxCode },
        { "address", &o.address }, { "representative", &o.representative }, { "phone", &o.phone },
        { "email", &o.email }, { "pec", &o.pec }, { "notes", &o.notes } };
    for (const auto &t : texts)
        if (isSet(run, t.first))
            *t.second = option(run, t.first);
    if (isSet(run, "inactive"))
        o.active = false;
    if (isSet(run, "active"))
        o.active = true;
    return -1;
}

int runOrganisation(CliRun &run)
{
    const QString verb = run.arguments().value(0);
    const bool add = verb == QLatin1String("add");
    if (!add && verb != QLatin1String("edit"))
        return run.usage(CliRun::tr("organisation wants add or edit."));
    if (add != (run.arguments().size() == 1))
        return run.usage(
            add ? CliRun::tr("organisation add takes no id.") : CliRun::tr("organisation edit needs the id."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    volunteers::Organisation o;
    if (!add) {
        const QString text = run.arguments().value(1);
        const qint64 id = findOrganisation(db, text);
        if (id == 0)
            return run.usage(
                CliRun::tr("There is no organisation «%1» (give its id, registry number or name).").arg(text));
        o = *volunteers::OrganisationRepository(db).organisation(id);
    }
    if (const int code = readOrganisation(run, db, o); code >= 0)
        return code;
    volunteers::SaveOrganisation command(o);
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    run.out() << (add ? CliRun::tr("Organisation %1 added: «%2».") : CliRun::tr("Organisation %1 saved: «%2»."))
                     .arg(command.id())
                     .arg(command.saved().name)
              << Qt::endl;
    return ExitOk;
}

int runEvent(CliRun &run)
{
    const QString verb = run.arguments().value(0);
    const bool add = verb == QLatin1String("add");
    if (!add && verb != QLatin1String("edit"))
        return run.usage(CliRun::tr("event wants add or edit."));
    if (add != (run.arguments().size() == 1))
        return run.usage(add ? CliRun::tr("event add takes no id.") : CliRun::tr("event edit needs the id."));
    bool badDate = false;
    const QDate start = run.dateOption(QStringLiteral("start"), &badDate);
    const QDate end = run.dateOption(QStringLiteral("end"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("Dates are written dd/mm/yyyy or yyyy-mm-dd."));
    if (add && (!isSet(run, "name") || !isSet(run, "act") || !start.isValid()))
        return run.usage(CliRun::tr("event add needs --name, --act and --start."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    volunteers::ActivationEvent e;
    if (!add) {
        const QString text = run.arguments().value(1);
        const qint64 id = findEvent(db, text);
        if (id == 0)
            return run.usage(CliRun::tr("There is no event «%1» (give its id or name).").arg(text));
        e = *volunteers::EventRepository(db).event(id);
    }
    if (isSet(run, "name"))
        e.name = option(run, "name");
    if (isSet(run, "act"))
        e.authorisingAct = option(run, "act");
    if (isSet(run, "type") && !volunteers::eventTypeFromCode(option(run, "type"), &e.type))
        return run.usage(CliRun::tr("--type wants ordinary, national_emergency, covid19 or training."));
    if (start.isValid())
        e.startDate = start;
    if (end.isValid())
        e.endDate = end;
    if (isSet(run, "open"))
        e.endDate = QDate();
    if (isSet(run, "notes"))
        e.notes = option(run, "notes");
    volunteers::SaveEvent command(e);
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    run.out() << (add ? CliRun::tr("Event %1 added: «%2».") : CliRun::tr("Event %1 saved: «%2»."))
                     .arg(command.id())
                     .arg(command.saved().name)
              << Qt::endl;
    return ExitOk;
}

int runActivationRecord(CliRun &run)
{
    if (run.arguments().size() != 1)
        return run.usage(CliRun::tr("activation record takes no id: use --volunteer and --event."));
    bool badDate = false;
    volunteers::ActivationRequest r;
    r.from = run.dateOption(QStringLiteral("from"), &badDate);
    r.to = run.dateOption(QStringLiteral("to"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("Dates are written dd/mm/yyyy or yyyy-mm-dd."));
    if (!isSet(run, "volunteer") || !isSet(run, "event") || !isSet(run, "service") || !r.from.isValid())
        return run.usage(CliRun::tr("activation record needs --volunteer, --event, --service and --from."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    for (const QString &text : run.parser().values(QStringLiteral("volunteer"))) {
        const qint64 id = findVolunteer(db, text);
        if (id == 0)
            return run.usage(CliRun::tr("There is no volunteer «%1» (give the id or the codice fiscale).").arg(text));
        r.volunteerIds.append(id);
    }
    r.eventId = findEvent(db, option(run, "event"));
    if (r.eventId == 0)
        return run.usage(CliRun::tr("There is no event «%1» (give its id or name).").arg(option(run, "event")));
    auto service = volunteers::EventRepository(db).serviceByName(option(run, "service"));
    if (!service || service->id == 0)
        return run.usage(CliRun::tr("There is no service «%1» (give its name or code).").arg(option(run, "service")));
    r.serviceId = service->id;
    if (isSet(run, "comune")) {
        r.comuneId = findComune(db, option(run, "comune"));
        if (r.comuneId == 0)
            return run.usage(CliRun::tr("There is no comune «%1» (write its name).").arg(option(run, "comune")));
    }
    r.place = option(run, "place");
    if (isSet(run, "organisation")) {
        r.organisationId = findOrganisation(db, option(run, "organisation"));
        if (r.organisationId == 0)
            return run.usage(CliRun::tr("There is no organisation «%1» (give its id, registry number or name).")
                                 .arg(option(run, "organisation")));
    }
    volunteers::RecordActivations command(r, CliRun::tr("undone"));
    if (const int code = run.run(db, command); code != ExitOk)
        return code;
    QStringList ids;
    for (qint64 id : command.entryIds())
        ids.append(QString::number(id));
    run.out()
        << CliRun::tr("%n person-days recorded: %1", nullptr, command.recorded()).arg(ids.join(QStringLiteral(", ")))
        << Qt::endl;
    return ExitOk;
}

int runActivationVoid(CliRun &run)
{
    if (run.arguments().size() != 2)
        return run.usage(CliRun::tr("activation void needs the id of the day."));
    bool ok = false;
    const qint64 id = run.arguments().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return run.usage(CliRun::tr("«%1» is not the id of a day.").arg(run.arguments().at(1)));
    if (option(run, "reason").trimmed().isEmpty())
        return run.usage(CliRun::tr("activation void needs --reason TEXT."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    volunteers::VoidActivation command(id, option(run, "reason"), isSet(run, "even-if-certified"));
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Day %1 voided.").arg(id) << Qt::endl;
    return ExitOk;
}

int runActivation(CliRun &run)
{
    const QString verb = run.arguments().value(0);
    if (verb == QLatin1String("record"))
        return runActivationRecord(run);
    if (verb == QLatin1String("void"))
        return runActivationVoid(run);
    return run.usage(CliRun::tr("activation wants record or void."));
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
    // The checks use this connection; the batch opens its own, signed in
    // as the same person (each chunk is a command, checked and audited).
    const core::SessionAccount account = core::sessionAccount(connection->db()).value_or(core::SessionAccount());
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
        auto preflight = volunteers::AttestatoBatch::preflight(db, options.criteria, core::SystemClock::instance());
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
        // Art. 39: the employer has two years from the end of the intervention to claim.
        const volunteers::ClosedWindows &closed = preflight->closedWindows;
        if (closed.groups > 0) {
            run.err() << CliRun::tr("Reimbursement window closed (art. 39, two years): %n attestato(s) for %1 "
                                    "will tell the employer it is too late to claim:",
                             nullptr, closed.groups)
                             .arg(CliRun::tr("%n person-day(s)", nullptr, closed.days))
                      << Qt::endl;
            for (const volunteers::ClosedWindowGroup &g : closed.first)
                run.err() << CliRun::tr("  %1: %2 – %3, %n day(s), closed on %4", nullptr, g.days)
                                 .arg(g.volunteer, core::toItalianDate(g.firstDay), core::toItalianDate(g.lastDay),
                                     core::toItalianDate(g.deadline))
                          << Qt::endl;
            if (closed.groups > closed.first.size())
                run.err() << CliRun::tr("  ... and %1 more (column reimbursement_closed of the index).")
                                 .arg(closed.groups - closed.first.size())
                          << Qt::endl;
        }
    }
    connection->close();

    const QLocale locale;
    QElapsedTimer timer;
    timer.start();
    std::atomic_bool cancel { false };
    volunteers::AttestatoBatch batch(run.databasePath(), account, core::SystemClock::instance());
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
        run.out() << CliRun::tr("%Ln attestato(s) issued (%1 – %2) in %3 s; PDF files in %4, index %5", nullptr,
                                int(outcome->issued))
                         .arg(outcome->firstNumber, outcome->lastNumber,
                             locale.toString(timer.elapsed() / 1000.0, 'f', 1),
                             QDir::toNativeSeparators(options.outputDir), QDir::toNativeSeparators(outcome->indexFile))
                  << Qt::endl;
    if (outcome->pastReimbursement > 0)
        run.out() << CliRun::tr("%n attestato(s) issued after the reimbursement window closed: each says so.",
                         nullptr, outcome->pastReimbursement)
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
    core::Result<volunteers::ImportReport> report = volunteers::ImportReport();
    if (dryRun) {
        core::ImportOnce once(
            connection->db(), kind, path, run.parser().isSet(QStringLiteral("again")), core::SystemClock::instance());
        if (!once)
            return failImportOnce(run, once);
        report = volunteers::VolunteerImporter(connection->db(), core::SystemClock::instance())
                     .importFile(kind, path, true);
    } else {
        // The same command as the window's Import button.
        volunteers::ImportVolunteerFile command(kind, path, run.parser().isSet(QStringLiteral("again")));
        const core::Status s = core::CommandRunner(connection->db()).run(command);
        if (!s && s.error().code.startsWith(QLatin1String("import."))) {
            const int code = run.fail(s.error());
            if (s.error().code == QLatin1String("import.already_imported"))
                run.err() << CliRun::tr(
                    "Nothing was imported. If the file is really new, import it again with --again.")
                          << Qt::endl;
            return code;
        }
        if (!s && s.error().code != QLatin1String("volunteers.import_problems"))
            return run.failNotSignedIn(s.error());
        report = command.report();
    }
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
        ? CliRun::tr("%1: %2, %3.")
              .arg(CliRun::tr("%n line(s) read", nullptr, report->records),
                   CliRun::tr("%n volunteer(s) added", nullptr, report->added),
                   CliRun::tr("%n updated", nullptr, report->updated))
        : kind == QLatin1String("organisations")
        ? CliRun::tr("%1: %2, %3.")
              .arg(CliRun::tr("%n line(s) read", nullptr, report->records),
                   CliRun::tr("%n organisation(s) added", nullptr, report->added),
                   CliRun::tr("%n organisation(s) updated", nullptr, report->updated))
        : CliRun::tr("%1: %2.")
              .arg(CliRun::tr("%n line(s) read", nullptr, report->records),
                   CliRun::tr("%n person-day(s) added", nullptr, report->added));
    run.out() << (dryRun ? CliRun::tr("Dry run, nothing was written. %1").arg(what) : what) << Qt::endl;
    return ExitOk;
}

// training-certificate --participant ID [--on D] [--format pdf|html] --out FILE:
// one participant's course certificate, as the Certificate button of
// Volontari › Formazione makes it: issued first when it is not yet (through
// IssueTrainingCertificate: enough attendance, test passed, the course's
// qualification granted), the same number when it is printed again.
int runTrainingCertificate(CliRun &run)
{
    bool ok = false;
    const qint64 participantId = run.parser().value(QStringLiteral("participant")).toLongLong(&ok);
    if (!ok || participantId <= 0)
        return run.usage(CliRun::tr("training-certificate needs the participant: --participant ID (the number shown in "
                                    "Volontari › Formazione)."));
    bool badDate = false;
    QDate on = run.dateOption(QStringLiteral("on"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("Dates are written dd/mm/yyyy or yyyy-mm-dd."));
    const QString format = run.parser().value(QStringLiteral("format")).toLower();
    const QString outPath = run.parser().value(QStringLiteral("out"));
    if (format != QLatin1String("pdf") && format != QLatin1String("html"))
        return run.usage(CliRun::tr("A certificate is written as pdf or html."));
    if (const QString problem = CliRun::reportFormatProblem(format, outPath); !problem.isEmpty())
        return run.usage(problem);

    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    volunteers::TrainingRepository repository(db);
    auto participant = repository.participant(participantId);
    if (!participant)
        return run.fail(participant.error());
    if (participant->id == 0)
        return run.fail(core::Error(QStringLiteral("training.unknown_participant")));
    if (participant->certificateNumber.isEmpty()) {
        if (!on.isValid()) { // the edition's last day, or today when that is past
            auto edition = repository.edition(participant->editionId);
            if (!edition)
                return run.fail(edition.error());
            const QDate today = core::SystemClock::instance().today();
            on = edition->endDate.isValid() && edition->endDate > today ? edition->endDate : today;
        }
        volunteers::IssueTrainingCertificate command(participantId, on);
        if (const int code = run.run(db, command); code != ExitOk)
            return code;
    }
    auto content = volunteers::certificateContent(db, participantId);
    if (!content)
        return run.fail(content.error());
    return run.writeReport(volunteers::trainingCertificateDocument(*content), format, outPath);
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
    commands.append({ QStringLiteral("training-certificate"),
        QStringLiteral("training-certificate --participant ID [--on D] [--format pdf|html] --out FILE"),
        [] { return CliRun::tr("writes one participant's course certificate, issuing it first when it is not yet"); },
        { QCommandLineOption(QStringLiteral("participant"), CliRun::tr("The participant (its number)."), QStringLiteral("ID")),
            QCommandLineOption(QStringLiteral("on"),
                CliRun::tr("Day of issue, when it is issued now (default: the edition's last day, or today)."),
                QStringLiteral("D")),
            QCommandLineOption(QStringLiteral("format"), CliRun::tr("pdf (default) or html."), QStringLiteral("FORMAT"),
                QStringLiteral("pdf")),
            QCommandLineOption(QStringLiteral("out"), CliRun::tr("Output file."), CliRun::tr("FILE")) },
        0, 0, runTrainingCertificate, CliSignIn::Required, core::Permission::VolunteersTraining });
    const auto text = [](const char *name, const QString &description, const QString &value = QStringLiteral("TEXT")) {
        return QCommandLineOption(QLatin1String(name), description, value);
    };
    commands.append({ QStringLiteral("organisation"),
        QStringLiteral("organisation add --name N --comune C [--kind K] [...] | edit ID [--name N] [...]"),
        [] { return CliRun::tr("adds or changes a volunteer organisation (only the options given change)"); },
        { text("name", CliRun::tr("Name of the organisation.")),
            text("comune", CliRun::tr("Comune of the seat (a comune of the metropolitan city)."), QStringLiteral("C")),
            text("kind", CliRun::tr("association or municipal_group (default: association)."), QStringLiteral("K")),
            text("registry", CliRun::tr("Number in the regional registry.")),
            text("tax-code", CliRun::tr("Codice fiscale of the organisation.")),
            text("address", CliRun::tr("Address of the seat.")),
            text("representative", CliRun::tr("Legal representative.")), text("phone", CliRun::tr("Phone.")),
            text("email", CliRun::tr("E-mail.")), text("pec", CliRun::tr("PEC.")), text("notes", CliRun::tr("Notes.")),
            QCommandLineOption(QStringLiteral("inactive"), CliRun::tr("The organisation is no longer active.")),
            QCommandLineOption(QStringLiteral("active"), CliRun::tr("The organisation is active again.")) },
        1, 2, runOrganisation, CliSignIn::Required, core::Permission::VolunteersEdit });
    commands.append({ QStringLiteral("event"),
        QStringLiteral("event add --name N --act A --start D [--end D] [--type T] | edit ID [...] [--open]"),
        [] { return CliRun::tr("adds or changes an activation event (only the options given change)"); },
        { text("name", CliRun::tr("Name of the event.")), text("act", CliRun::tr("Act that authorises it.")),
            text("start", CliRun::tr("First day."), QStringLiteral("D")),
            text("end", CliRun::tr("Last day (none: still open)."), QStringLiteral("D")),
            text("type", CliRun::tr("ordinary, national_emergency, covid19 or training (default: ordinary)."),
                QStringLiteral("T")),
            QCommandLineOption(QStringLiteral("open"), CliRun::tr("The event has no last day yet.")),
            text("notes", CliRun::tr("Notes.")) },
        1, 2, runEvent, CliSignIn::Required, core::Permission::VolunteersEdit });
    commands.append({ QStringLiteral("activation"),
        QStringLiteral(
            "activation record --volunteer V --event E --service S --from D [--to D] [--comune C] [--place P] "
            "| void ID --reason TEXT"),
        [] { return CliRun::tr("records activation days on the ledger, or voids one with a reversal"); },
        { text("volunteer", CliRun::tr("Volunteer (id or codice fiscale); repeat it for a roster."),
              QStringLiteral("V")),
            text("event", CliRun::tr("Event (id or name)."), QStringLiteral("E")),
            text("service", CliRun::tr("Service (name or code)."), QStringLiteral("S")),
            text("from", CliRun::tr("First day."), QStringLiteral("D")),
            text("to", CliRun::tr("Last day (default: the first)."), QStringLiteral("D")),
            text("comune", CliRun::tr("Comune where the service was done."), QStringLiteral("C")),
            text("place", CliRun::tr("Place of the service.")),
            text("organisation", CliRun::tr("Organisation (default: each volunteer's own)."), QStringLiteral("ID")),
            text("reason", CliRun::tr("Why the day is voided.")),
            QCommandLineOption(
                QStringLiteral("even-if-certified"), CliRun::tr("Void a day already certified by an attestato.")) },
        1, 2, runActivation, CliSignIn::Required, core::Permission::VolunteersEdit });
    return commands;
}

QList<CliImporter> volunteersImporters()
{
    return {
        { QStringLiteral("volunteers"), [] { return CliRun::tr("imports volunteers from a spreadsheet (all or nothing)"); }, {},
          [](CliRun &run, const QString &file, bool dryRun) { return runImport(run, QStringLiteral("volunteers"), file, dryRun); },
          core::Permission::VolunteersEdit },
        { QStringLiteral("activations"), [] { return CliRun::tr("imports activation days from a spreadsheet (all or nothing)"); }, {},
          [](CliRun &run, const QString &file, bool dryRun) { return runImport(run, QStringLiteral("activations"), file, dryRun); },
          core::Permission::VolunteersEdit },
        { QStringLiteral("organisations"),
          [] { return CliRun::tr("imports volunteer organisations from a spreadsheet (all or nothing; a name on record is updated)"); }, {},
          [](CliRun &run, const QString &file, bool dryRun) { return runImport(run, QStringLiteral("organisations"), file, dryRun); },
          core::Permission::VolunteersEdit },
    };
}
