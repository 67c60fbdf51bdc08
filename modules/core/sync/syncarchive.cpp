#include "core/sync/syncarchive.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/domain/wholefile.h"
#include "core/sync/room.h"
#include "core/sync/roommembers.h"
#include "core/sync/syncacks.h"
#include "core/sync/syncfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace core::sync {

namespace {

QString besideDatabase(const QSqlDatabase &db, const QString &suffix)
{
    const QString path = db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file:")))
        return {};
    return QFileInfo(path).absoluteFilePath() + suffix;
}

// Whether this workstation removed one of its own files from the folder
// because every member had it (syncprune.h).
bool prunedHere(const QSqlDatabase &db, const QString &fileName)
{
    auto at = queryValue(db, QStringLiteral("SELECT pruned_at FROM sync_export WHERE file_name = ?"), { fileName });
    return at && at->isValid() && !at->isNull();
}

// Writes the kept copies of the files the query lists (file_name, sha256)
// into `folder`.
Result<ResendReport> writeKeptCopies(const QSqlDatabase &db, const QString &archiveFolder, const QString &folder,
    const QList<QPair<QString, QByteArray>> &files);

} // namespace

QString sentArchiveFolder(const QSqlDatabase &db)
{
    return besideDatabase(db, QStringLiteral(".sync-sent"));
}

QString relayArchiveFolder(const QSqlDatabase &db)
{
    return besideDatabase(db, QStringLiteral(".sync-relay"));
}

Result<ResendReport> resendFiles(const QSqlDatabase &db, qint64 fromSeq, const QString &folder)
{
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir())
        return Error(QStringLiteral("sync.folder_unreachable"), { folder });
    auto files = runQuery(db,
        QStringLiteral("SELECT file_name, sha256 FROM sync_export WHERE last_seq >= ? ORDER BY first_seq, id"),
        { fromSeq });
    if (!files)
        return files.error();
    QList<QPair<QString, QByteArray>> list;
    while (files->next())
        list.append({ files->value(0).toString(), files->value(1).toString().toLatin1() });
    return writeKeptCopies(db, sentArchiveFolder(db), folder, list);
}

Result<ResendReport> relayFiles(const QSqlDatabase &db, int producer, qint64 fromSeq, const QString &folder)
{
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir())
        return Error(QStringLiteral("sync.folder_unreachable"), { folder });
    auto members = roomMembers(db);
    if (!members)
        return members.error();
    auto acks = AckBook::read(db);
    if (!acks)
        return acks.error();
    const QDir archive(relayArchiveFolder(db));
    auto q = runQuery(db,
        QStringLiteral("SELECT file_name, sha256, database_id, last_seq FROM sync_import WHERE workstation = ? "
                       "AND last_seq >= ? ORDER BY first_seq, id"),
        { producer, fromSeq });
    if (!q)
        return q.error();
    QList<QPair<QString, QByteArray>> files;
    while (q->next()) {
        const QString name = q->value(0).toString();
        // A copy pruned here belongs to a file every member has: not needed.
        if (!archive.exists(name)
            && acks->acknowledgedByAll(
                *members, sessionWorkstation(db), q->value(2).toString(), producer, q->value(3).toLongLong()))
            continue;
        files.append({ name, q->value(1).toString().toLatin1() });
    }
    return writeKeptCopies(db, relayArchiveFolder(db), folder, files);
}

namespace {

Result<ResendReport> writeKeptCopies(const QSqlDatabase &db, const QString &archiveFolder, const QString &folder,
    const QList<QPair<QString, QByteArray>> &files)
{
    const QDir target(QFileInfo(folder).absoluteFilePath());
    const QDir archive(archiveFolder);
    ResendReport report;
    for (const auto &[name, sha256] : files) {
        if (QFileInfo::exists(target.filePath(name))) {
            report.present.append(name);
            continue;
        }
        QFile copy(archive.filePath(name));
        if (archiveFolder.isEmpty() || !copy.open(QIODevice::ReadOnly)) {
            // Pruned: every member had it, and its kept copy went too.
            const bool pruned = prunedHere(db, name);
            report.unavailable.append(Error(QStringLiteral("sync.resend_unavailable"),
                { name, pruned ? QStringLiteral("pruned") : QStringLiteral("missing") }));
            continue;
        }
        const QByteArray data = copy.readAll();
        // The very bytes that were sent, or nothing (a damaged copy would
        // put a different content under the same sequences).
        auto content = decodeSyncFile(data, name, Room::key(db));
        if (!content || content->sha256 != sha256) {
            report.unavailable.append(
                Error(QStringLiteral("sync.resend_unavailable"), { name, QStringLiteral("damaged") }));
            continue;
        }
        if (auto s = writeWholeFile(target.filePath(name), data); !s)
            return Error(QStringLiteral("sync.cannot_write"), s.error().args);
        report.written.append(name);
    }
    return report;
}

} // namespace

} // namespace core::sync
