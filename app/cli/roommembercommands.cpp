#include "roommembercommands.h"

#include "../appsettings.h"
#include "clicommand.h"

#include "core/sync/roommembers.h"
#include "core/sync/roomstatus.h"
#include "core/ui/errortext.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("dd/MM/yyyy HH:mm"))
                  : CliRun::tr("never");
}

QString memberLine(const core::sync::MemberStatus &s)
{
    const core::sync::RoomMember &m = s.member;
    QString line = QStringLiteral("%1 %2").arg(m.workstation, 4).arg(m.name.isEmpty() ? QStringLiteral("-") : m.name);
    if (s.self)
        line += CliRun::tr(" (this workstation)");
    line += QStringLiteral("; ");
    if (m.joinedAt > 0)
        line += CliRun::tr("joined %1").arg(when(m.joinedAt));
    else
        line += CliRun::tr("not in the membership list yet");
    if (m.removed)
        line += QStringLiteral("; ")
            + CliRun::tr("REMOVED %1 by %2, its files valid up to change %3")
                  .arg(when(m.removedAt), m.removedBy.isEmpty() ? QStringLiteral("-") : m.removedBy)
                  .arg(m.removedAfterSeq);
    line += QStringLiteral("; ");
    if (s.lastFile.isEmpty())
        line += s.self ? CliRun::tr("no file written yet") : CliRun::tr("no file seen yet");
    else
        line += (s.self ? CliRun::tr("last file written %1 (up to change %2, %3)")
                        : CliRun::tr("last file seen %1 (up to change %2, %3)"))
                    .arg(s.lastFile)
                    .arg(s.lastSeq)
                    .arg(when(s.lastAt));
    return line;
}

void printProblems(CliRun &run, const core::sync::RoomStatus &status)
{
    if (status.copied)
        run.err() << CliRun::tr("COPIED DATABASE: %1").arg(core::ErrorText::describe(*status.copied)) << Qt::endl;
    for (const core::sync::SkippedFile &f : status.refused)
        run.err() << CliRun::tr("REFUSED %1").arg(core::ErrorText::describe(f.reason)) << Qt::endl;
}

} // namespace

int printMembershipProblems(CliRun &run, const QSqlDatabase &db, const QString &folder)
{
    auto status = core::sync::readRoomStatus(db, folder);
    if (!status) {
        run.fail(status.error());
        return -1;
    }
    printProblems(run, *status);
    return status->copied ? 1 : 0;
}

// Read-only: nothing is written, not even the refusals it shows (the sync
// writes those in the audit log).
int runRoomStatus(CliRun &run)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const QString given = run.parser().value(QStringLiteral("from"));
    const QString folder = given.isEmpty() ? AppSettings::syncFolder() : given;
    auto status = core::sync::readRoomStatus(connection->db(), folder);
    if (!status)
        return run.fail(status.error());
    run.out() << CliRun::tr("Room: %1")
                     .arg(status->roomName.isEmpty()
                             ? CliRun::tr("none (create it with: cisiamo room create --name NAME)")
                             : status->roomName)
              << Qt::endl;
    run.out() << CliRun::tr("Members: %1").arg(status->members.size()) << Qt::endl;
    for (const core::sync::MemberStatus &s : status->members)
        run.out() << QStringLiteral("  ") << memberLine(s) << Qt::endl;
    for (const core::sync::ParkedMember &p : status->parked)
        run.err() << CliRun::tr("NUMBER TAKEN: workstation %1 «%2» registered itself with a number another member "
                                "already has (file %3): its membership waits, and its files are refused as those of "
                                "a second workstation %1. Give it a free number (cisiamo workstation set --number N "
                                "on it).")
                         .arg(p.workstation)
                         .arg(p.name, p.sourceFile)
                  << Qt::endl;
    run.out() << CliRun::tr("Changes not yet exported: %1").arg(status->pending) << Qt::endl;
    if (status->folder.isEmpty()) {
        run.out() << CliRun::tr("No sync folder: give one with --from DIR or in the settings.") << Qt::endl;
        return ExitOk;
    }
    printProblems(run, *status);
    for (const core::sync::MissingRange &m : status->missing)
        run.err() << CliRun::tr("MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of the "
                                "folder; %5 and the files after it wait for them. On workstation %1: cisiamo sync "
                                "resend --from %2")
                         .arg(m.workstation)
                         .arg(m.firstSeq)
                         .arg(m.lastSeq)
                         .arg(m.databaseTag, m.nextFile)
                  << Qt::endl;
    run.out() << CliRun::tr("Missing files in %1: %2").arg(status->folder).arg(status->missing.size()) << Qt::endl;
    return status->missing.isEmpty() && !status->copied ? ExitOk : ExitFailed;
}

int runRoomRemove(CliRun &run)
{
    bool ok = false;
    const int workstation = run.parser().value(QStringLiteral("workstation")).toInt(&ok);
    if (!ok || workstation < 1)
        return run.usage(CliRun::tr("room remove wants --workstation N, the number of the member to remove."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::sync::RemoveMember command(workstation);
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Workstation %1 removed from the room: its files up to change %2 stay valid, later ones "
                            "are refused by every member that receives this change. The room's key is unchanged: a "
                            "computer that kept it can still write files in another member's name (README, room "
                            "remove).")
                     .arg(workstation)
                     .arg(command.afterSeq())
              << Qt::endl;
    return ExitOk;
}
