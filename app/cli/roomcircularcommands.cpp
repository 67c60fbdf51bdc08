#include "roomcircularcommands.h"

#include "clicommand.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/connectionstate.h"
#include "core/domain/clock.h"
#include "core/domain/dates.h"
#include "core/reference/comune.h"
#include "room/domain/circularfiles.h"

#include <QDir>
#include <QFile>
#include <QThreadPool>

namespace {

// --to all | zone:NAME | event:ID
bool parseScope(const QString &text, room::CircularDraft *draft)
{
    const QString to = text.trimmed();
    if (to == QLatin1String("all")) {
        draft->scope = room::CircularScope::All;
        return true;
    }
    if (to.startsWith(QLatin1String("zone:"))) {
        draft->scope = room::CircularScope::Zone;
        draft->zone = to.mid(5).trimmed();
        return !draft->zone.isEmpty();
    }
    if (to.startsWith(QLatin1String("event:"))) {
        bool ok = false;
        draft->scope = room::CircularScope::Event;
        draft->eventId = to.mid(6).trimmed().toLongLong(&ok);
        return ok && draft->eventId > 0;
    }
    return false;
}

int printOutcome(CliRun &run, const room::CircularOutcome &outcome)
{
    run.out() << CliRun::tr("Circular %1: %2 and %3 in %4.")
                     .arg(outcome.number, CliRun::tr("%n letter(s)", nullptr, outcome.letters),
                         CliRun::tr("%n message(s) ready to send", nullptr, outcome.messages),
                         QDir::toNativeSeparators(outcome.folder))
              << Qt::endl;
    if (!outcome.withoutPec.isEmpty())
        run.out() << CliRun::tr("Without PEC, letter only: %1.").arg(outcome.withoutPec.join(QStringLiteral(", ")))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QList<QCommandLineOption> roomCircularOptions()
{
    return { QCommandLineOption(QStringLiteral("template"),
                 CliRun::tr("circular: the text of the letter, a UTF-8 file with merge fields such as {comune} and "
                            "{sindaco}."),
                 QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("subject"), CliRun::tr("circular: the subject (merge fields allowed)."),
            QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("to"),
            CliRun::tr("circular: all the 133 comuni, those of a zona omogenea, or those of an event."),
            QStringLiteral("all|zone:NAME|event:ID")),
        QCommandLineOption(QStringLiteral("event"), CliRun::tr("circular: the event named by {evento}."),
            QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("date"),
            CliRun::tr("circular: the date of the protocol (default: today)."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("output"),
            CliRun::tr("circular: the folder where the circular's own folder of letters and messages is made."),
            QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("complete"),
            CliRun::tr("circular: writes what a registered circular still lacks (stopped, or a write failed)."),
            QStringLiteral("NUMBER")),
        QCommandLineOption(QStringLiteral("format"),
            CliRun::tr("circulars: csv (default), html, pdf or xlsx."), QStringLiteral("FORMAT")) };
}

int runRoomCircular(CliRun &run)
{
    const auto &p = run.parser();
    const auto runCommand = [&run](const QSqlDatabase &db) {
        return [&db](core::Command &command) { return core::CommandRunner(db).run(command); };
    };
    room::CircularWriteOptions options;
    options.pool = QThreadPool::globalInstance();
    if (p.isSet(QStringLiteral("complete"))) {
        for (const char *other : { "template", "subject", "to", "event", "date", "output" })
            if (p.isSet(QLatin1String(other)))
                return run.usage(CliRun::tr("room circular --complete NUMBER takes no other option: the circular "
                                            "is written as it was registered."));
        auto connection = run.openDatabase();
        if (!connection)
            return run.fail(connection.error());
        const QSqlDatabase db = connection->db();
        if (auto s = run.require(db, core::Permission::RoomCommunications); !s)
            return run.fail(s.error());
        auto id = room::circularNumbered(db, p.value(QStringLiteral("complete")));
        if (!id)
            return run.fail(id.error());
        if (!*id)
            return run.fail(core::Error(QStringLiteral("room.unknown_circular"), { p.value(QStringLiteral("complete")) }));
        auto outcome = room::produceCircular(runCommand(db), db, *id, options);
        if (!outcome)
            return run.fail(outcome.error());
        if (outcome->letters == 0) {
            run.out() << CliRun::tr("Circular %1 is complete: nothing to write.").arg(outcome->number) << Qt::endl;
            return ExitOk;
        }
        return printOutcome(run, *outcome);
    }

    room::CircularDraft draft;
    if (!p.isSet(QStringLiteral("to")) || !parseScope(p.value(QStringLiteral("to")), &draft))
        return run.usage(CliRun::tr("room circular wants --to all, --to zone:NAME (a zona omogenea) or --to "
                                    "event:ID."));
    if (!p.isSet(QStringLiteral("template")) || !p.isSet(QStringLiteral("subject")) || !p.isSet(QStringLiteral("output")))
        return run.usage(CliRun::tr("room circular wants --template FILE, --subject TEXT and --output DIR."));
    if (p.isSet(QStringLiteral("event"))) {
        bool ok = false;
        const qint64 event = p.value(QStringLiteral("event")).toLongLong(&ok);
        if (!ok || event <= 0 || (draft.eventId && draft.eventId != event))
            return run.usage(CliRun::tr("--event wants the number of an event (the same as --to event:ID)."));
        draft.eventId = event;
    }
    bool badDate = false;
    draft.date = run.dateOption(QStringLiteral("date"), &badDate);
    if (badDate)
        return run.usage(CliRun::tr("--date wants a date (dd/MM/yyyy or yyyy-MM-dd)."));
    if (!draft.date.isValid())
        draft.date = core::SystemClock::instance().today();
    QFile file(p.value(QStringLiteral("template")));
    if (!file.open(QIODevice::ReadOnly))
        return run.fail(core::Error(QStringLiteral("file.cannot_read"), { file.fileName(), file.errorString() }));
    // A letter, not a book: the register keeps the text.
    const QByteArray bytes = file.read(256 * 1024 + 1);
    if (bytes.size() > 256 * 1024)
        return run.fail(core::Error(QStringLiteral("room.text_too_long")));
    draft.body = QString::fromUtf8(bytes);
    draft.subject = p.value(QStringLiteral("subject"));
    draft.folder = p.value(QStringLiteral("output"));

    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    if (auto s = run.require(db, core::Permission::RoomCommunications); !s)
        return run.fail(s.error());
    // Everything the register would refuse is refused before anything is
    // written (the command checks it again in its transaction).
    auto preview = room::previewCircular(db, draft);
    if (!preview)
        return run.fail(preview.error());
    room::RegisterCircular registration(draft);
    if (const int code = run.run(db, registration); code != ExitOk)
        return code;
    auto outcome = room::produceCircular(runCommand(db), db, registration.circularId(), options);
    if (!outcome) {
        run.fail(outcome.error());
        // Registered, nothing written nor logged: say how to finish it.
        run.err() << CliRun::tr("The circular %1 is in the register without letters: cisiamo room circular "
                                "--complete %1 writes them.")
                         .arg(registration.number())
                  << Qt::endl;
        return ExitFailed;
    }
    return printOutcome(run, *outcome);
}

int runRoomCirculars(CliRun &run)
{
    const QString format = run.parser().isSet(QStringLiteral("format")) ? run.parser().value(QStringLiteral("format"))
                                                                         : QStringLiteral("csv");
    const QString out = run.parser().value(QStringLiteral("out"));
    if (const QString problem = CliRun::reportFormatProblem(format, out); !problem.isEmpty())
        return run.usage(problem);
    auto connection = run.openDatabase(true);
    if (!connection)
        return run.fail(connection.error());
    const QSqlDatabase db = connection->db();
    if (auto s = run.require(db, core::Permission::RoomView); !s)
        return run.fail(s.error());
    auto document = room::CircularLog::document(db, core::SystemClock::instance().now(), run.user());
    if (!document)
        return run.fail(document.error());
    return run.writeReport(*document, format, out);
}
