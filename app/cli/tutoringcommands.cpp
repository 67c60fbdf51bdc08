#include "tutoringcommands.h"

#include "importcommand.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/ui/errortext.h"
#include "tutoring/domain/importcommands.h"
#include "tutoring/domain/lessoncommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringimporter.h"
#include "tutoring/ui/tutoringerrortext.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace {

// Problems go to stderr, one per line with file, line and field; what was
// understood differently (comune names) and the summary to stdout.
int runTutoringImport(CliRun &run, tutoring::ImportKind kind, const QString &file, bool dryRun)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const bool again = run.parser().isSet(QStringLiteral("again"));
    core::Result<tutoring::ImportReport> report = tutoring::ImportReport {};
    if (dryRun) {
        core::ImportOnce once(
            connection->db(), tutoring::TutoringImporter::kindName(kind), file, again, core::SystemClock::instance());
        if (!once)
            return failImportOnce(run, once);
        report = tutoring::TutoringImporter(connection->db()).importFile(kind, file, true);
    } else {
        // The window's command: permission, one transaction, audit entry.
        tutoring::ImportTutoringFile command(kind, file, again);
        const core::Status s = core::CommandRunner(connection->db()).run(command);
        if (!s && s.error().code != QLatin1String("tutoring.import_refused")) {
            const int code = run.failNotSignedIn(s.error());
            if (s.error().code == QLatin1String("import.already_imported"))
                run.err() << CliRun::tr(
                    "Nothing was imported. If the file is really new, import it again with --again.")
                          << Qt::endl;
            return code;
        }
        report = command.report();
    }
    if (!report)
        return run.fail(report.error());
    const QString name = QFileInfo(file).fileName();
    for (const core::Error &note : report->notes)
        run.out() << core::ErrorText::describe(note) << Qt::endl;
    for (const tutoring::ImportIssue &issue : report->errors) {
        run.err() << core::ErrorText::describe(issue.error) << Qt::endl;
        if (!issue.alternatives.isEmpty())
            run.err() << "    " << tutoring::TutoringErrorText::describeSlots(issue.alternatives) << Qt::endl;
    }
    if (!report->errors.isEmpty()) {
        run.err() << CliRun::tr("%1: %2 in %3; nothing was written.")
                         .arg(name, CliRun::tr("%n problem(s)", nullptr, int(report->errors.size())),
                              CliRun::tr("%n record(s)", nullptr, int(report->records)))
                  << Qt::endl;
        return ExitFailed;
    }
    if (dryRun)
        run.out() << CliRun::tr("%1: %2, no problems: %3 to create, %4 to update. Dry run: nothing was written.")
                         .arg(name, CliRun::tr("%n record(s) checked", nullptr, int(report->records)))
                         .arg(report->created)
                         .arg(report->updated)
                  << Qt::endl;
    else
        run.out() << CliRun::tr("%1: %2: %3, %4, %5.")
                         .arg(name, CliRun::tr("%n record(s) imported", nullptr, int(report->records)),
                              CliRun::tr("%n created", nullptr, int(report->created)),
                              CliRun::tr("%n updated", nullptr, int(report->updated)),
                              CliRun::tr("%n outcome(s) recorded", nullptr, int(report->outcomes)))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliImporter> tutoringImporters()
{
    QList<CliImporter> kinds;
    for (const tutoring::ImportKind kind :
        { tutoring::ImportKind::Pupils, tutoring::ImportKind::Assistants, tutoring::ImportKind::Bookings }) {
        CliImporter k;
        k.kind = tutoring::TutoringImporter::kindName(kind);
        switch (kind) {
        case tutoring::ImportKind::Pupils:
            k.summary = [] { return CliRun::tr("ConosciAMO pupils"); };
            break;
        case tutoring::ImportKind::Assistants:
            k.summary = [] { return CliRun::tr("ConosciAMO study assistants"); };
            break;
        case tutoring::ImportKind::Bookings:
            k.summary = [] { return CliRun::tr("ConosciAMO bookings and their outcomes"); };
            break;
        }
        k.run = [kind](CliRun &run, const QString &file, bool dryRun) {
            return runTutoringImport(run, kind, file, dryRun);
        };
        k.permission = core::Permission::TutoringEdit;
        kinds.append(k);
    }
    return kinds;
}

// --- lesson book | outcome | cancel --------------------------------------------

namespace {

// A person's id from the code on the command line: tutoring.code_not_found
// when nobody has it.
core::Result<qint64> personByCode(const tutoring::PeopleRepository &people, const QString &option, const QString &code)
{
    auto id = option == QLatin1String("pupil") ? people.pupilIdByCode(code)
        : option == QLatin1String("assistant") ? people.assistantIdByCode(code)
                                               : people.tutorIdByCode(code);
    if (!id)
        return id;
    if (*id == 0) {
        core::Error e(QStringLiteral("tutoring.code_not_found"), { code });
        e.where.field = option;
        return e;
    }
    return id;
}

// A subject by its code or its name (any case): 0 when none.
int subjectId(const QSqlDatabase &db, const QString &text)
{
    const QString wanted = text.trimmed();
    if (auto subjects = tutoring::ServiceRepository(db).subjects())
        for (const tutoring::Subject &s : *subjects)
            if (s.code.compare(wanted, Qt::CaseInsensitive) == 0 || s.name.compare(wanted, Qt::CaseInsensitive) == 0)
                return s.id;
    return 0;
}

// "15" or "15:00"; -1 otherwise.
int hourOption(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})(:00)?\\s*$"));
    const auto m = pattern.match(text);
    const int hour = m.hasMatch() ? m.captured(1).toInt() : -1;
    return hour >= 0 && hour <= 23 ? hour : -1;
}

// The booking id argument; 0 when it is not a number.
qint64 bookingArgument(CliRun &run)
{
    bool ok = false;
    const qint64 id = run.arguments().value(1).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString slotText(const QDate &day, int hour)
{
    return QStringLiteral("%1 %2:00")
        .arg(QLocale().toString(day, QStringLiteral("dd/MM/yyyy")))
        .arg(hour, 2, 10, QLatin1Char('0'));
}

int runLessonBook(CliRun &run)
{
    const QCommandLineParser &p = run.parser();
    for (const QString &required : { QStringLiteral("pupil"), QStringLiteral("subject"), QStringLiteral("assistant"),
             QStringLiteral("date"), QStringLiteral("hour") })
        if (!p.isSet(required))
            return run.usage(CliRun::tr("lesson book needs --pupil, --subject, --assistant, --date and --hour."));
    bool badDate = false;
    const QDate day = run.dateOption(QStringLiteral("date"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("--date wants a date (dd/mm/yyyy or yyyy-mm-dd)."));
    const int hour = hourOption(p.value(QStringLiteral("hour")));
    if (hour < 0)
        return run.usage(CliRun::tr("--hour wants the start hour of the lesson, e.g. 15 or 15:00."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const tutoring::PeopleRepository people(connection->db());
    tutoring::BookingRequest request;
    auto pupil = personByCode(people, QStringLiteral("pupil"), p.value(QStringLiteral("pupil")));
    if (!pupil)
        return run.fail(pupil.error());
    auto assistant = personByCode(people, QStringLiteral("assistant"), p.value(QStringLiteral("assistant")));
    if (!assistant)
        return run.fail(assistant.error());
    request.pupilId = *pupil;
    request.assistantId = *assistant;
    request.subjectId = subjectId(connection->db(), p.value(QStringLiteral("subject")));
    if (request.subjectId == 0)
        return run.fail(core::Error(QStringLiteral("tutoring.code_not_found"), { p.value(QStringLiteral("subject")) }));
    request.day = day;
    request.hour = hour;
    tutoring::BookLesson command(request, p.value(QStringLiteral("note")));
    if (const int code = run.run(connection->db(), command); code != ExitOk) {
        if (!command.alternatives().isEmpty())
            run.err() << "    " << tutoring::TutoringErrorText::describeSlots(command.alternatives()) << Qt::endl;
        return code;
    }
    run.out() << CliRun::tr("Lesson %1 booked: %2.").arg(command.bookingId()).arg(slotText(day, hour)) << Qt::endl;
    return ExitOk;
}

int runLessonOutcome(CliRun &run)
{
    const QCommandLineParser &p = run.parser();
    const qint64 booking = bookingArgument(run);
    if (booking == 0)
        return run.usage(CliRun::tr("lesson outcome wants the number of the lesson."));
    const QString said = p.value(QStringLiteral("outcome")).trimmed().toLower();
    tutoring::OutcomeRequest request;
    request.bookingId = booking;
    request.note = p.value(QStringLiteral("note"));
    if (said == QLatin1String("given") || said == QLatin1String("svolta"))
        request.state = tutoring::LessonState::Given;
    else if (said == QLatin1String("absent") || said == QLatin1String("assente"))
        request.state = tutoring::LessonState::NoShow;
    else if (said == QLatin1String("cancelled") || said == QLatin1String("annullata"))
        request.state = tutoring::LessonState::Cancelled;
    else
        return run.usage(CliRun::tr("--outcome wants given, absent or cancelled."));
    if (p.isSet(QStringLiteral("tutor")) && request.state != tutoring::LessonState::Given)
        return run.usage(CliRun::tr("--tutor goes with --outcome given (the tutor who stood in)."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    if (p.isSet(QStringLiteral("tutor"))) {
        auto tutor = personByCode(
            tutoring::PeopleRepository(connection->db()), QStringLiteral("tutor"), p.value(QStringLiteral("tutor")));
        if (!tutor)
            return run.fail(tutor.error());
        request.taughtBy = tutoring::TaughtBy::Tutor;
        request.tutorId = *tutor;
    }
    tutoring::RecordOutcome command(request);
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Outcome of lesson %1 recorded.").arg(booking) << Qt::endl;
    return ExitOk;
}

int runLessonCancel(CliRun &run)
{
    const qint64 booking = bookingArgument(run);
    if (booking == 0)
        return run.usage(CliRun::tr("lesson cancel wants the number of the lesson."));
    if (run.parser().value(QStringLiteral("reason")).trimmed().isEmpty())
        return run.usage(CliRun::tr("lesson cancel needs --reason TEXT."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    tutoring::CancelLesson command(booking, run.parser().value(QStringLiteral("reason")));
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Lesson %1 cancelled.").arg(booking) << Qt::endl;
    return ExitOk;
}

int runLesson(CliRun &run)
{
    const QString action = run.arguments().value(0);
    if (action == QLatin1String("book") && run.arguments().size() == 1)
        return runLessonBook(run);
    if (action == QLatin1String("outcome") && run.arguments().size() == 2)
        return runLessonOutcome(run);
    if (action == QLatin1String("cancel") && run.arguments().size() == 2)
        return runLessonCancel(run);
    return run.usage(CliRun::tr("lesson wants book, outcome ID or cancel ID."));
}

} // namespace

QList<CliCommand> tutoringCommands()
{
    CliCommand lesson;
    lesson.name = QStringLiteral("lesson");
    lesson.synopsis
        = QStringLiteral("lesson book --pupil CODE --subject S --assistant CODE --date D --hour H [--note T] "
                         "| outcome ID --outcome given|absent|cancelled [--tutor CODE] [--note T] "
                         "| cancel ID --reason T");
    lesson.summary = [] { return CliRun::tr("books a ConosciAMO lesson, records its outcome or cancels it"); };
    lesson.options = {
        QCommandLineOption(QStringLiteral("pupil"), CliRun::tr("Code of the pupil."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("subject"), CliRun::tr("Subject: code or name."), QStringLiteral("S")),
        QCommandLineOption(
            QStringLiteral("assistant"), CliRun::tr("Code of the study assistant."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("date"), CliRun::tr("Day of the lesson."), QStringLiteral("D")),
        QCommandLineOption(
            QStringLiteral("hour"), CliRun::tr("Start hour of the lesson (15 or 15:00)."), QStringLiteral("H")),
        QCommandLineOption(
            QStringLiteral("outcome"), CliRun::tr("given, absent or cancelled."), QStringLiteral("OUTCOME")),
        QCommandLineOption(
            QStringLiteral("tutor"), CliRun::tr("Code of the tutor who stood in."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("note"), CliRun::tr("A note."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("reason"), CliRun::tr("Why the lesson is cancelled."), QStringLiteral("T")),
    };
    lesson.minArguments = 1;
    lesson.maxArguments = 2;
    lesson.run = runLesson;
    lesson.permission = core::Permission::TutoringEdit;
    return { lesson };
}
