#include "core/sync/syncarchive.h"


#include "core/db/sql.h"
#include "core/domain/wholefile.h"
#include "core/sync/room.h"
#include "core/sync/syncfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace core::sync {

QString sentArchiveFolder(const QSqlDatabase &db)
{
    const QString path = db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file:")))
        return {};
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".sync-sent");
}

Result<ResendReport> resendFiles(const QSqlDatabase &db, qint64 fromSeq, const QString &folder)
{
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir())
        return Error(QStringLiteral("sync.folder_unreachable"), { folder });
    const QDir target(folderInfo.absoluteFilePath());
    const QDir archive(sentArchiveFolder(db));
    auto files = runQuery(db,
        QStringLiteral("SELECT file_name, sha256 FROM sync_export WHERE last_seq >= ? ORDER BY first_seq, id"),
        { fromSeq });
    if (!files)
        return files.error();
    ResendReport report;
    while (files->next()) {
        const QString name = files->value(0).toString();
        const QByteArray sha256 = files->value(1).toString().toLatin1();
        if (QFileInfo::exists(target.filePath(name))) {
            report.present.append(name);
            continue;
        }
        QFile copy(archive.filePath(name));
        if (sentArchiveFolder(db).isEmpty() || !copy.open(QIODevice::ReadOnly)) {
            report.unavailable.append(
                Error(QStringLiteral("sync.resend_unavailable"), { name, QStringLiteral("missing") }));
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

} // namespace core::sync
