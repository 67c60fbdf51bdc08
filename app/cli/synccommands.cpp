#include "synccommands.h"
#include "roomcircularcommands.h"
#include "roommembercommands.h"

#include "../appsettings.h"
#include "../sync/conflictsdialog.h"
#include "passwordprompt.h"

#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
#include "core/auth/permissions.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/dbchecks.h"
#include "core/domain/units.h"
#include "core/sync/backups.h"
#include "core/sync/conflictlog.h"
#include "core/sync/opendata.h"
#include "core/sync/invitation.h"
#include "core/sync/room.h"
#include "core/sync/syncarchive.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncfolder.h"
#include "core/sync/syncimporter.h"
#include "core/sync/roommembers.h"
#include "core/sync/syncacks.h"
#include "core/sync/syncoverview.h"
#include "core/sync/syncprune.h"
#include "core/sync/tableregistry.h"
#include "core/ui/errortext.h"
#include "core/ui/syncerrortext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

namespace {

QString cliTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : CliRun::tr("never");
}

// The folder of a sync command: --to/--from, else the one in the settings.
QString folderOption(CliRun &run, const QString &option)
{
    const QString given = run.parser().value(option);
    return given.isEmpty() ? AppSettings::syncFolder() : given;
}

int runSyncExport(CliRun &run)
{
    const QString folder = folderOption(run, QStringLiteral("to"));
    if (folder.isEmpty())
        return run.usage(CliRun::tr("Say where to export: --to DIR (or set a sync folder in the settings)."));
    // Never created: with the USB key unplugged or the share not mounted, a
    // new folder would be on the local disk, and the export position would
    // say the changes left while they stayed here. (The folder of the
    // settings missing is "unreachable", from the exporter.)
    if (!run.parser().value(QStringLiteral("to")).isEmpty() && !QFileInfo(folder).isDir())
        return run.fail(core::Error(QStringLiteral("sync.folder_missing"), { folder }));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::sync::SyncExporter exporter(connection->db());
    auto report = exporter.exportTo(core::sync::ExportOptions { folder, 20000, {} });
    if (!report)
        return run.fail(report.error());
    qCInfo(core::logcat::sync) << "export:" << report->changes() << "changes in" << report->files.size() << "files";
    if (report->files.isEmpty()) {
        run.out() << CliRun::tr("Nothing to export: every change of this workstation is already in %1.").arg(folder)
                  << Qt::endl;
        return ExitOk;
    }
    for (const core::sync::ExportedFile &f : report->files)
        run.out() << CliRun::tr("Written %1: %n change(s), log %2-%3", nullptr, f.changes)
                         .arg(f.fileName)
                         .arg(f.firstSeq)
                         .arg(f.lastSeq)
                  << Qt::endl;
    run.out() << CliRun::tr("Exported %1 in %2 to %3.")
                     .arg(CliRun::tr("%n change(s)", nullptr, int(report->changes())),
                          CliRun::tr("%n file(s)", nullptr, int(report->files.size())), folder)
              << Qt::endl;
    return ExitOk;
}

int runSyncImport(CliRun &run)
{
    const QString folder = folderOption(run, QStringLiteral("from"));
    if (folder.isEmpty())
        return run.usage(CliRun::tr("Say where to import from: --from DIR (or set a sync folder in the settings)."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::sync::SyncImporter importer(connection->db());
    auto report = importer.importFrom(folder);
    if (!report)
        return run.fail(report.error());
    for (const core::sync::ImportedFile &f : report->files)
        run.out() << CliRun::tr("Applied %1 (workstation %2): %3, %4, %5, %6, %7")
                         .arg(f.fileName, QString::number(f.workstation),
                              CliRun::tr("%n change(s) written", nullptr, int(f.applied)),
                              CliRun::tr("%n already here", nullptr, int(f.unchanged)),
                              CliRun::tr("%n older than here", nullptr, int(f.discarded)),
                              CliRun::tr("%n waiting", nullptr, int(f.parked)),
                              CliRun::tr("%n conflict(s)", nullptr, int(f.conflicts)))
                  << Qt::endl;
    qCInfo(core::logcat::sync) << "import:" << report->files.size() << "files," << report->appliedChanges()
                               << "changes applied," << report->conflicts << "conflicts," << report->refused.size()
                               << "refused," << report->waiting.size() << "waiting";
    for (const core::sync::SkippedFile &f : report->refused) {
        qCWarning(core::logcat::sync).noquote() << "file refused:" << f.fileName << core::errorLogText(f.reason);
        run.err() << CliRun::tr("REFUSED %1").arg(core::ErrorText::describe(f.reason)) << Qt::endl;
    }
    for (const core::sync::SkippedFile &f : report->waiting)
        run.out() << CliRun::tr("WAITING %1").arg(core::ErrorText::describe(f.reason)) << Qt::endl;
    run.out() << CliRun::tr("Imported %1 from %2: %3, %4; %5, %6, %7; %8.")
                     .arg(CliRun::tr("%n file(s)", nullptr, int(report->files.size())), folder,
                          CliRun::tr("%n change(s) written", nullptr, int(report->appliedChanges())),
                          CliRun::tr("%n conflict(s) logged", nullptr, int(report->conflicts)),
                          CliRun::tr("%n file(s) already applied", nullptr, int(report->alreadyApplied)),
                          CliRun::tr("%n file(s) refused", nullptr, int(report->refused.size())),
                          CliRun::tr("%n file(s) waiting", nullptr, int(report->waiting.size())),
                          CliRun::tr("%n change(s) waiting for rows not yet received", nullptr, int(report->parkedTotal)))
              << Qt::endl;
    // As at the end of the window's round: what every member has leaves.
    auto pruned = core::sync::pruneAcknowledged(
        connection->db(), folder, core::sync::sentCopiesKeptFrom(run.databasePath(), AppSettings::backupFolder()));
    if (!pruned)
        return run.fail(pruned.error());
    if (!pruned->removed.isEmpty())
        run.out() << CliRun::tr("Removed from %1 %n file(s) of this workstation that every member has.", nullptr,
            int(pruned->removed.size()))
                         .arg(folder)
                  << Qt::endl;
    return report->refused.isEmpty() ? ExitOk : ExitFailed;
}

int runSyncStatus(CliRun &run)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    auto overview = core::sync::readSyncOverview(connection->db(), 20);
    if (!overview)
        return run.fail(overview.error());
    run.out() << CliRun::tr("Workstation: %1").arg(overview->workstation) << Qt::endl;
    const bool inRoom = !core::sync::Room::key(connection->db()).isEmpty();
    run.out() << CliRun::tr("Room: %1")
                     .arg(inRoom ? core::sync::Room::name(connection->db())
                                 : CliRun::tr("none (create it with: cisiamo room create --name NAME)"))
              << Qt::endl;
    run.out() << CliRun::tr("Sync identity: %1")
                     .arg(overview->databaseId.isEmpty() ? CliRun::tr("none yet (never exported)")
                                                         : overview->databaseId)
              << Qt::endl;
    run.out() << CliRun::tr("Changes not yet exported: %1").arg(overview->pending) << Qt::endl;
    run.out() << CliRun::tr("Last export: %1").arg(cliTime(overview->lastExportAt)) << Qt::endl;
    for (const core::sync::SourceInfo &s : overview->sources)
        run.out() << CliRun::tr("From workstation %1 %2: %3, %4, up to %5, last %6")
                         .arg(QString::number(s.workstation),
                              s.workstationName.isEmpty() ? QString() : QStringLiteral("(%1)").arg(s.workstationName),
                              CliRun::tr("%n file(s)", nullptr, int(s.files)),
                              CliRun::tr("%n change(s)", nullptr, int(s.changes)), QString::number(s.appliedSeq),
                              cliTime(s.lastImportAt))
                  << Qt::endl;
    run.out() << CliRun::tr("Changes waiting for rows not yet received: %1").arg(overview->parked.size()) << Qt::endl;
    for (const core::sync::ParkedChange &p : overview->parked)
        run.out() << QStringLiteral("    %1 %2: %3")
                         .arg(core::sync::TableRegistry::title(p.table))
                         .arg(p.rowId)
                         .arg(core::SyncErrorText::parkedReason(p.reason, p.detail))
                  << Qt::endl;
    run.out() << CliRun::tr("Conflicts to review: %1").arg(overview->openConflicts) << Qt::endl;
    // How far each member has this workstation's files: what keeps them in
    // the folder (they leave once every member has them).
    if (!overview->databaseId.isEmpty()) {
        auto members = core::sync::roomMembers(connection->db());
        auto acks = core::sync::AckBook::read(connection->db());
        if (!members)
            return run.fail(members.error());
        if (!acks)
            return run.fail(acks.error());
        for (const core::sync::RoomMember &m : *members) {
            if (m.removed || m.workstation == overview->workstation)
                continue;
            const qint64 seq = acks->acked(m.workstation, overview->databaseId);
            run.out() << (seq < 0 ? CliRun::tr("Workstation %1 has not acknowledged any change of this one yet")
                                        .arg(m.workstation)
                                  : CliRun::tr("Workstation %1 has applied the changes of this one up to %2")
                                        .arg(m.workstation)
                                        .arg(seq))
                      << Qt::endl;
        }
    }
    // The files missing from the folder: what nobody would notice otherwise.
    const QString folder = folderOption(run, QStringLiteral("from"));
    if (folder.isEmpty())
        return ExitOk; // a workstation on its own
    auto missing = core::sync::findMissingFiles(connection->db(), folder);
    if (!missing)
        return run.fail(missing.error());
    for (const core::sync::MissingRange &m : *missing) {
        if (m.nextFile.isEmpty())
            run.err() << CliRun::tr("MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of "
                                    "the folder, and another workstation has already applied them (the last file "
                                    "was lost). On workstation %1: cisiamo sync resend --from %2; or on a "
                                    "workstation that holds them: cisiamo sync resend --workstation %1 --from %2")
                             .arg(m.workstation)
                             .arg(m.firstSeq)
                             .arg(m.lastSeq)
                             .arg(m.databaseTag)
                      << Qt::endl;
        else
            run.err() << CliRun::tr("MISSING: the changes %2-%3 of workstation %1 (database %4) are in no file of "
                                    "the folder; %5 and the files after it wait for them. On workstation %1: "
                                    "cisiamo sync resend --from %2; or on a workstation that holds them: cisiamo "
                                    "sync resend --workstation %1 --from %2")
                             .arg(m.workstation)
                             .arg(m.firstSeq)
                             .arg(m.lastSeq)
                             .arg(m.databaseTag, m.nextFile)
                      << Qt::endl;
    }
    // What the room's membership keeps out (room status lists the members).
    const int membership = printMembershipProblems(run, connection->db(), folder);
    if (membership < 0)
        return ExitFailed;
    run.out() << CliRun::tr("Missing files in %1: %2").arg(folder).arg(missing->size()) << Qt::endl;
    return missing->isEmpty() && membership == 0 ? ExitOk : ExitFailed;
}

int runSyncResend(CliRun &run)
{
    bool ok = false;
    const qint64 from = run.parser().value(QStringLiteral("from")).toLongLong(&ok);
    if (!ok || from < 1)
        return run.usage(CliRun::tr("Say from which change to send again: --from SEQ (a number, as sync status "
                                    "names it on the other workstations)."));
    const QString folder = folderOption(run, QStringLiteral("to"));
    if (folder.isEmpty())
        return run.usage(CliRun::tr("Say where to write: --to DIR (or set a sync folder in the settings)."));
    if (!QFileInfo(folder).isDir())
        return run.fail(core::Error(QStringLiteral("sync.folder_missing"), { folder }));
    // --workstation N: relay the files of another workstation kept here.
    int producer = 0;
    if (run.parser().isSet(QStringLiteral("workstation"))) {
        producer = run.parser().value(QStringLiteral("workstation")).toInt(&ok);
        if (!ok || producer < 1)
            return run.usage(CliRun::tr("Say whose files to send again: --workstation N (a workstation number)."));
    }
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    const bool relay = producer > 0 && producer != core::sessionWorkstation(connection->db());
    auto report = relay ? core::sync::relayFiles(connection->db(), producer, from, folder)
                        : core::sync::resendFiles(connection->db(), from, folder);
    if (!report)
        return run.fail(report.error());
    for (const QString &f : report->written)
        run.out() << CliRun::tr("Written again %1").arg(f) << Qt::endl;
    qCInfo(core::logcat::sync) << (relay ? "relay of workstation" : "resend") << (relay ? producer : 0) << ":"
                               << report->written.size() << "files written again," << report->unavailable.size()
                               << "without an intact copy";
    for (const core::Error &e : report->unavailable) {
        qCWarning(core::logcat::sync).noquote() << "not sent again:" << core::errorLogText(e);
        run.err() << CliRun::tr("NOT SENT %1").arg(core::ErrorText::describe(e)) << Qt::endl;
    }
    run.out() << CliRun::tr("Sent again to %1: %2; %3, %4.")
                     .arg(folder, CliRun::tr("%n file(s)", nullptr, int(report->written.size())),
                          CliRun::tr("%n already there", nullptr, int(report->present.size())),
                          CliRun::tr("%n without an intact copy here", nullptr, int(report->unavailable.size())))
              << Qt::endl;
    return report->unavailable.isEmpty() ? ExitOk : ExitFailed;
}

QString valueText(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("NULL") : QStringLiteral("«%1»").arg(v.toString());
}

int runSyncConflicts(CliRun &run)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::sync::ConflictLog log(connection->db());
    auto list = log.list(!run.parser().isSet(QStringLiteral("all")), 1000);
    if (!list)
        return run.fail(list.error());
    // The same words as the window's list (ConflictsDialog::describe): the
    // data by its title, the record by its name, read now.
    for (const core::sync::SyncConflict &c : *list) {
        const auto label = log.recordLabel(c.table, c.rowId);
        run.out() << QStringLiteral("#%1 %2 [%3] ")
                         .arg(c.id)
                         .arg(cliTime(c.detectedAt), ConflictsDialog::kindText(c.kind))
                  << ConflictsDialog::describe(c, label ? *label : QString()) << Qt::endl;
        for (const core::sync::SyncConflict::Difference &d : c.differences)
            run.out() << QStringLiteral("    %1: %2 -> %3")
                             .arg(core::sync::TableRegistry::columnTitle(c.table, d.column), valueText(d.discarded),
                                 valueText(d.kept))
                      << Qt::endl;
    }
    run.out() << CliRun::tr("%n conflict(s) listed.", nullptr, int(list->size())) << Qt::endl;
    return ExitOk;
}

int runSync(CliRun &run)
{
    const QString action = run.arguments().value(0);
    if (action == QLatin1String("export"))
        return runSyncExport(run);
    if (action == QLatin1String("import"))
        return runSyncImport(run);
    if (action == QLatin1String("status"))
        return runSyncStatus(run);
    if (action == QLatin1String("conflicts"))
        return runSyncConflicts(run);
    if (action == QLatin1String("resend"))
        return runSyncResend(run);
    return run.usage(CliRun::tr("sync wants export, import, status, conflicts or resend."));
}

int runOpenData(CliRun &run)
{
    QString folder = run.parser().value(QStringLiteral("out"));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    if (folder.isEmpty())
        folder = AppSettings::syncSettings(run.databasePath(), run.operatorName()).effectiveOpenDataFolder();
    core::sync::OpenDataExporter exporter(connection->db());
    auto report = exporter.writeTo(folder);
    if (!report)
        return run.fail(report.error());
    for (const QString &f : report->files)
        run.out() << CliRun::tr("Written %1").arg(f) << Qt::endl;
    run.out() << CliRun::tr("Open data of %1: %2, %3 kg of food.")
                     .arg(CliRun::tr("%n comune(s)", nullptr, int(report->comuni)),
                          CliRun::tr("%n distribution(s)", nullptr, int(report->distributions)),
                          core::kgRounded(report->foodGrams, QLocale(), 1))
              << Qt::endl;
    if (!report->hasSource)
        run.out() << CliRun::tr("No deliveries are recorded by this program yet: the totals are zero.") << Qt::endl;
    return ExitOk;
}

// Who may replace the database signs in on it; when it is missing or
// damaged (why one restores), on a scratch copy of the backup, whose
// accounts are the ones that come back.
int signInForRestore(CliRun &run, const QString &database, const QString &backup, QTemporaryDir &scratch)
{
    {
        // Not a database, or a damaged one: refused before anyone signs in
        // (and the refusal leaves the current file as it was).
        core::OpenOptions options;
        options.readOnly = true;
        options.migrate = false;
        auto opened = core::openDatabase(backup, options);
        if (!opened)
            return run.fail(opened.error());
    }
    bool intact = false;
    if (QFileInfo::exists(database)) {
        core::OpenOptions options;
        options.readOnly = true;
        options.migrate = false;
        if (auto connection = core::openDatabase(database, options)) {
            auto check = core::checkDatabase(connection->db(), true);
            intact = check && check->integrityProblems.isEmpty();
        }
    }
    QString signInOn = database;
    if (!intact) {
        signInOn = scratch.filePath(QStringLiteral("backup.sqlite"));
        QFile source(backup);
        if (!scratch.isValid() || !source.copy(signInOn))
            return run.fail(core::Error(QStringLiteral("file.cannot_read"), { backup, source.errorString() }));
        QFile::setPermissions(signInOn, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (const int code = run.signIn(QStringLiteral("restore"), signInOn); code != ExitOk)
        return code;
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    if (auto s = run.require(connection->db(), core::Permission::DatabaseRestore); !s)
        return run.failNotSignedIn(s.error());
    return ExitOk; // the connection closes here, before the file is replaced
}

// What the restore did to the ids and document numbers (restorecounters.h).
QStringList restoreCountersText(const core::sync::CountersMoved &moved)
{
    using Source = core::sync::CountersMoved::Source;
    QStringList lines;
    if (moved.source == Source::Nothing)
        return lines;
    if (moved.source == Source::SafetyMargin)
        lines << CliRun::tr("The sync folder %1 cannot be reached: the ids and the document numbers were moved past "
                            "those of the restored database plus a safety margin.")
                     .arg(moved.folder.isEmpty() ? CliRun::tr("(none configured)") : moved.folder);
    else
        lines << CliRun::tr("Read %n file(s) of workstation %1 in the sync folder.", nullptr, moved.filesRead)
                     .arg(moved.workstation);
    for (const QString &name : moved.unreadable)
        lines << CliRun::tr("Could not read %1: what it holds was not counted.").arg(name);
    lines << CliRun::tr("New ids start after %1; %n document series moved past the numbers already sent.", nullptr,
        moved.seriesRaised)
                 .arg(moved.idSequenceAfter);
    return lines;
}

int runRestore(CliRun &run)
{
    const QString database = run.databasePath();
    QString backup = run.arguments().value(0);
    if (backup.isEmpty()) {
        const core::sync::BackupManager manager(database, AppSettings::backupFolder());
        auto newest = manager.newestGoodBackup();
        if (!newest)
            return run.fail(newest.error());
        backup = newest->path;
    }
    QTemporaryDir scratch;
    if (const int code = signInForRestore(run, database, backup, scratch); code != ExitOk)
        return code;
    core::sync::RestoreOptions options;
    options.syncFolder = folderOption(run, QStringLiteral("sync-folder"));
    options.operatorName = run.operatorName();
    auto report = core::sync::restoreDatabase(backup, database, QStringLiteral("before-restore"), options);
    if (!report)
        return run.fail(report.error());
    run.out() << CliRun::tr("Restored %1 from %2.").arg(database, report->restoredFrom) << Qt::endl;
    if (!report->keptAside.isEmpty())
        run.out() << CliRun::tr("The replaced database was kept as %1.").arg(report->keptAside) << Qt::endl;
    for (const QString &line : restoreCountersText(report->counters))
        run.out() << line << Qt::endl;
    run.out() << CliRun::tr("Changes already sent to the sync folder after that backup come back with the next import.")
              << Qt::endl;
    return ExitOk;
}

// room create --name NAME: this database becomes the first member of a new
// room (its key made here, kept in this file only).
// `room join --from MEMBER.sqlite`: only the room's name and key are read
// from the member's file (read-only, never migrated or written).
int joinRoom(CliRun &run)
{
    const QString member = run.parser().value(QStringLiteral("from"));
    if (member.isEmpty())
        return run.usage(CliRun::tr("room join wants --from with a member's database file."));
    core::OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    QString name;
    QByteArray key;
    {
        auto source = core::openDatabase(member, options);
        if (!source)
            return run.fail(source.error());
        name = core::sync::Room::name(source->db());
        key = core::sync::Room::key(source->db());
    }
    if (key.isEmpty())
        return run.fail(core::Error(QStringLiteral("sync.no_room_in"), { member }));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::sync::JoinRoom command(name, key);
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("This workstation is in the room \"%1\": its files are now authenticated with the "
                            "room's key.")
                     .arg(name)
              << Qt::endl;
    return ExitOk;
}

// The passphrase of an invitation: CISIAMO_ROOM_PASSPHRASE, or asked at
// the terminal without echo (twice when it protects a new invitation).
core::Result<QString> roomPassphrase(bool confirm)
{
    auto pass = readPassword(roomPassphraseVariable, CliRun::tr("Passphrase of the invitation: "), QString());
    if (!pass)
        return core::Error(QStringLiteral("sync.invite_no_passphrase"), { roomPassphraseVariable });
    if (confirm && !qEnvironmentVariableIsSet(qPrintable(roomPassphraseVariable))) {
        auto again = readPassword(roomPassphraseVariable, CliRun::tr("The same passphrase again: "), QString());
        if (!again || *again != *pass)
            return core::Error(QStringLiteral("sync.invite_passphrase_mismatch"));
    }
    return pass;
}

// room invite --out FILE: a snapshot of this database and the room's key,
// for a new workstation (core/sync/invitation.h).
int inviteToRoom(CliRun &run)
{
    const QString out = run.parser().value(QStringLiteral("out"));
    if (out.isEmpty())
        return run.usage(CliRun::tr("room invite wants --out with the invitation file to write."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    auto pass = roomPassphrase(true);
    if (!pass)
        return run.fail(pass.error());
    auto report = core::sync::writeInvitation(connection->db(), out, *pass);
    if (!report)
        return run.fail(report.error());
    run.out() << CliRun::tr("Invitation written to %1 (%n workstation(s) in the room). Give it to the new "
                            "workstation with the passphrase, separately; it joins with: cisiamo --db NEW.sqlite "
                            "room join FILE --workstation N",
                     nullptr, report->members)
                     .arg(report->path)
              << Qt::endl;
    return ExitOk;
}

// room join FILE --workstation N [--name NAME]: creates this workstation's
// database (--db) from an invitation. Nobody signs in: the passphrase is
// the permission, and the accounts are those of the invitation.
int joinByInvitation(CliRun &run)
{
    bool ok = false;
    const int number = run.parser().value(QStringLiteral("workstation")).toInt(&ok);
    if (!ok)
        return run.usage(CliRun::tr("room join FILE wants --workstation with this workstation's number."));
    auto pass = roomPassphrase(false);
    if (!pass)
        return run.fail(pass.error());
    core::sync::JoinRequest request;
    request.invitation = run.arguments().value(1);
    request.passphrase = *pass;
    request.target = run.databasePath();
    request.workstation = number;
    request.name = run.parser().value(QStringLiteral("name"));
    request.operatorName = run.operatorName();
    auto report = core::sync::joinByInvitation(request);
    if (!report)
        return run.fail(report.error());
    run.out() << CliRun::tr("Database %1 created: workstation %2 of the room \"%3\", invited by workstation %4. "
                            "Set the sync folder and synchronise.")
                     .arg(request.target)
                     .arg(report->workstation)
                     .arg(report->roomName)
                     .arg(report->inviter)
              << Qt::endl;
    return ExitOk;
}

int runRoom(CliRun &run)
{
    const QString action = run.arguments().value(0);
    if (action == QLatin1String("join") && run.arguments().size() == 2) {
        if (run.parser().isSet(QStringLiteral("from")))
            return run.usage(CliRun::tr("room join takes an invitation FILE or --from MEMBER.sqlite, not both."));
        return joinByInvitation(run);
    }
    if (run.arguments().size() == 1
        && (action == QLatin1String("circular") || action == QLatin1String("circulars"))) {
        // The circulars to the mayors: their own permission, checked there.
        if (const int code = run.signIn(QStringLiteral("room"), run.databasePath()); code != ExitOk)
            return code;
        return action == QLatin1String("circular") ? runRoomCircular(run) : runRoomCirculars(run);
    }
    if (run.arguments().size() != 1
        || !QStringList { QStringLiteral("create"), QStringLiteral("join"), QStringLiteral("invite"),
               QStringLiteral("status"), QStringLiteral("remove") }
                .contains(action))
        return run.usage(CliRun::tr("room wants create, invite, join, status, remove, circular or circulars."));
    // The rest changes or copies a database in service: signed in.
    if (const int code = run.signIn(QStringLiteral("room"), run.databasePath()); code != ExitOk)
        return code;
    if (auto s = run.require(core::Permission::SyncManage); !s)
        return run.fail(s.error());
    if (action == QLatin1String("join"))
        return joinRoom(run);
    if (action == QLatin1String("invite"))
        return inviteToRoom(run);
    if (action == QLatin1String("status"))
        return runRoomStatus(run);
    if (action == QLatin1String("remove"))
        return runRoomRemove(run);
    const QString name = run.parser().value(QStringLiteral("name"));
    if (name.trimmed().isEmpty())
        return run.usage(CliRun::tr("--name wants the name of the operations room."));
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::sync::CreateRoom command(name);
    if (const int code = run.run(connection->db(), command); code != ExitOk)
        return code;
    run.out() << CliRun::tr("Room \"%1\" created. The other workstations join it with an invitation: cisiamo room "
                            "invite --out FILE.")
                     .arg(name.trimmed())
              << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> syncCommands()
{
    QList<CliCommand> commands;
    commands.append({ QStringLiteral("sync"),
        QStringLiteral("sync export [--to DIR] | import [--from DIR] | status [--from DIR] | conflicts [--all] | "
                       "resend [--workstation N] --from SEQ [--to DIR]"),
        [] { return CliRun::tr("exchanges changes with the other workstations through a sync folder"); },
        { QCommandLineOption(QStringLiteral("to"),
              CliRun::tr("Folder to export or send again to (default: the sync folder of the settings)."),
              QStringLiteral("DIR")),
            QCommandLineOption(QStringLiteral("from"),
                CliRun::tr("Folder to import from or to check (default: the sync folder of the settings); for "
                           "resend, the first change to send again."),
                QStringLiteral("DIR|SEQ")),
            QCommandLineOption(QStringLiteral("all"), CliRun::tr("List reviewed conflicts too.")),
            QCommandLineOption(QStringLiteral("workstation"),
                CliRun::tr("For resend: send again the files of this other workstation kept here (relay)."),
                QStringLiteral("N")) },
        1, 1, runSync, CliSignIn::Required, core::Permission::SyncManage });
    commands.append({ QStringLiteral("room"),
        QStringLiteral("room create --name NAME | invite --out FILE | join FILE --workstation N [--name NAME] | "
                       "join --from MEMBER.sqlite | status [--from DIR] | remove --workstation N | "
                       "circular --template FILE --subject TEXT --to all|zone:NAME|event:ID [--event ID] "
                       "[--date DATE] --output DIR | circular --complete NUMBER | "
                       "circulars [--format csv|html|pdf|xlsx] [--out FILE]"),
        [] {
            return CliRun::tr("creates the operations room whose key authenticates every sync file, invites a new "
                              "workstation, joins the room, lists its members or removes one; prepares a circular "
                              "to the mayors and lists the circulars' sendings");
        },
        QList<QCommandLineOption> { QCommandLineOption(QStringLiteral("name"),
              CliRun::tr("Name of the room (create) or of this workstation (join FILE)."), QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("from"),
                CliRun::tr("A member's database file, from which only the room's name and key are read; for "
                           "status, the sync folder to check (default: the one of the settings)."),
                QStringLiteral("FILE|DIR")),
            QCommandLineOption(QStringLiteral("out"),
                CliRun::tr("The invitation file to write; for circulars, the file of the list (default: standard "
                           "output)."),
                QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("workstation"),
                CliRun::tr("The number of the new workstation (join FILE: not used by any member of the room), or "
                           "of the member to remove."),
                QStringLiteral("N")) }
            + roomCircularOptions(),
        1, 2,
        // Signs in itself: join FILE creates a new database and needs only
        // the invitation's passphrase.
        runRoom, CliSignIn::ByCommand, core::Permission::SyncManage });
    commands.append({ QStringLiteral("opendata"), QStringLiteral("opendata [--out DIR]"),
        [] { return CliRun::tr("writes the open data of distributions per comune (CSV and GeoJSON)"); },
        { QCommandLineOption(QStringLiteral("out"),
            CliRun::tr("Folder to write to (default: the open data folder of the settings)."), QStringLiteral("DIR")) },
        0, 0, runOpenData, CliSignIn::Required, core::Permission::ReportsAggregate });
    commands.append({ QStringLiteral("restore"), QStringLiteral("restore [BACKUP]"),
        [] {
            return CliRun::tr("replaces the database with a backup (default: the newest intact automatic one), "
                              "keeping the current file aside");
        },
        { QCommandLineOption(QStringLiteral("sync-folder"),
            CliRun::tr("The sync folder whose files show what this workstation already sent (default: the one of "
                       "the settings)."),
            QStringLiteral("DIR")) },
        0, 1, runRestore, CliSignIn::ByCommand });
    return commands;
}
