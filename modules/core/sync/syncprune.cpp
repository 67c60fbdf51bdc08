#include "core/sync/syncprune.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/sync/backups.h"
#include "core/sync/syncacks.h"
#include "core/sync/syncarchive.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace core::sync {

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Removes a file of the folder and the conflict copies that hold the same
// bytes (a different one is damaged, and stays for the importers to report).
// False when the file is there and cannot be removed.
bool removeWithCopies(const QDir &dir, const QString &name, int *copiesRemoved)
{
    const QString path = dir.filePath(name);
    const QByteArray original = contentOf(path);
    const QString base = name.left(name.size() - syncFileSuffix.size());
    for (const QString &copy :
        dir.entryList({ base + QStringLiteral(".sync-conflict-*") + syncFileSuffix }, QDir::Files)) {
        if (conflictOriginal(copy) == name && !original.isEmpty() && contentOf(dir.filePath(copy)) == original
            && QFile::remove(dir.filePath(copy)))
            ++*copiesRemoved;
    }
    return !QFileInfo::exists(path) || QFile::remove(path);
}

} // namespace

qint64 sentCopiesKeptFrom(const QString &databasePath, const QString &backupFolder)
{
    const QList<BackupFile> backups = BackupManager(databasePath, backupFolder).automaticBackups(); // newest first
    return backups.isEmpty() ? std::numeric_limits<qint64>::max() : backups.last().takenAt.toMSecsSinceEpoch();
}

Result<PruneReport> pruneAcknowledged(
    const QSqlDatabase &db, const QString &folder, qint64 sentCopiesBeforeMs, const Clock &clock)
{
    auto members = roomMembers(db);
    if (!members)
        return members.error();
    return pruneAcknowledged(db, folder, *members, sentCopiesBeforeMs, clock);
}

Result<PruneReport> pruneAcknowledged(const QSqlDatabase &db, const QString &folder, const QList<RoomMember> &members,
    qint64 sentCopiesBeforeMs, const Clock &clock)
{
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir())
        return Error(QStringLiteral("sync.folder_unreachable"), { folder });
    const QDir dir(folderInfo.absoluteFilePath());
    auto acks = AckBook::read(db);
    if (!acks)
        return acks.error();
    const int self = sessionWorkstation(db);
    const qint64 writtenBefore = clock.nowMs() - folderRetentionMs;
    PruneReport report;

    // Its own files in the folder, acknowledged and past the retention.
    auto own = runQuery(db,
        QStringLiteral("SELECT id, file_name, database_id, last_seq FROM sync_export WHERE pruned_at IS NULL "
                       "AND exported_at < ?"),
        { writtenBefore });
    if (!own)
        return own.error();
    QList<qint64> pruned;
    while (own->next()) {
        const QString name = own->value(1).toString();
        if (!acks->acknowledgedByAll(members, self, own->value(2).toString(), self, own->value(3).toLongLong()))
            continue;
        const bool wasThere = dir.exists(name);
        if (!removeWithCopies(dir, name, &report.conflictCopies))
            continue;
        if (wasThere)
            report.removed.append(name);
        pruned.append(own->value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(pruned))
        if (auto q
            = runQuery(db, QStringLiteral("UPDATE sync_export SET pruned_at = ? WHERE id = ?"), { clock.nowMs(), id });
            !q)
            return q.error();

    // The copies kept for resending, once their file left the folder and no
    // backup older than them remains: a restore reads them to move its
    // counters past what was handed out (restorecounters.h).
    if (const QString sentFolder = sentArchiveFolder(db); !sentFolder.isEmpty() && QFileInfo(sentFolder).isDir()) {
        const QDir sent(sentFolder);
        for (const QString &name : sent.entryList({ QStringLiteral("*") + syncFileSuffix }, QDir::Files)) {
            auto row = queryValue(db,
                QStringLiteral("SELECT exported_at FROM sync_export WHERE file_name = ? AND pruned_at IS NOT NULL"),
                { name });
            if (!row)
                return row.error();
            if (row->isValid() && !row->isNull() && row->toLongLong() < sentCopiesBeforeMs
                && QFile::remove(sent.filePath(name)))
                ++report.sentCopies;
        }
    }

    // The copies of others' files kept for relaying: never their originals
    // in the folder, which only their producer removes.
    const QString relayFolder = relayArchiveFolder(db);
    if (relayFolder.isEmpty() || !QFileInfo(relayFolder).isDir())
        return report;
    const QDir relay(relayFolder);
    for (const QString &name : relay.entryList({ QStringLiteral("*") + syncFileSuffix }, QDir::Files)) {
        auto row = runQuery(db,
            QStringLiteral("SELECT database_id, workstation, last_seq FROM sync_import WHERE file_name = ? AND "
                           "imported_at < ?"),
            { name, writtenBefore });
        if (!row)
            return row.error();
        if (!row->next())
            continue;
        if (acks->acknowledgedByAll(
                members, self, row->value(0).toString(), row->value(1).toInt(), row->value(2).toLongLong())
            && QFile::remove(relay.filePath(name)))
            ++report.relayCopies;
    }
    return report;
}

} // namespace core::sync
