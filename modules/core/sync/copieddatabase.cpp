#include "core/sync/copieddatabase.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/sync/room.h"
#include "core/sync/syncarchive.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncfolder.h"
#include "core/sync/syncimporter.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace core::sync {

Result<std::optional<Error>> findCopiedDatabase(const QSqlDatabase &db, const QString &folder)
{
    const SyncIdentity identity = readIdentity(db);
    const QByteArray roomKey = Room::key(db);
    const QDir dir(folder);
    if (!identity.isValid() || roomKey.isEmpty() || folder.isEmpty() || !dir.exists())
        return std::optional<Error>();
    const QString tag = databaseTag(identity.databaseId);
    const QString pattern = QStringLiteral("cisiamo-ws%1-*-%2%3")
                                .arg(identity.workstation, 4, 10, QLatin1Char('0'))
                                .arg(tag, syncFileSuffix);
    const QStringList candidates = dir.entryList({ pattern }, QDir::Files, QDir::Name);
    if (candidates.isEmpty())
        return std::optional<Error>();

    QSet<QString> written;
    QSet<QString> writtenContent; // "first-last-sha256"
    auto exported = runQuery(db,
        QStringLiteral("SELECT file_name, first_seq, last_seq, sha256 FROM sync_export WHERE database_id = ?"),
        { identity.databaseId });
    if (!exported)
        return exported.error();
    while (exported->next()) {
        written.insert(exported->value(0).toString());
        writtenContent.insert(QStringLiteral("%1-%2-%3")
                                  .arg(exported->value(1).toLongLong())
                                  .arg(exported->value(2).toLongLong())
                                  .arg(exported->value(3).toString()));
    }
    for (const QString &name : candidates) {
        if (written.contains(name) || classifyFolderEntry(name) != FolderEntry::SyncFile)
            continue;
        const auto parsed = SyncFileName::parse(name);
        if (!parsed || parsed->databaseTag != tag)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue; // still being copied: looked at again next time
        const QByteArray data = file.readAll();
        // Written here by an export stopped before it was recorded: its
        // copy was kept beside this database (syncarchive.h).
        QFile kept(QDir(sentArchiveFolder(db)).filePath(name));
        if (kept.open(QIODevice::ReadOnly) && kept.readAll() == data)
            continue;
        auto content = decodeSyncFile(data, name, roomKey);
        if (!content || content->header.databaseId != identity.databaseId)
            continue;
        const QString key = QStringLiteral("%1-%2-%3")
                                .arg(content->header.firstSeq)
                                .arg(content->header.lastSeq)
                                .arg(QString::fromLatin1(content->sha256));
        if (writtenContent.contains(key))
            continue; // the same file under another name
        // The message names the file itself: no location.
        return std::optional<Error>(
            Error(QStringLiteral("sync.copied_database"), { name, QString::number(identity.workstation) }));
    }
    return std::optional<Error>();
}

} // namespace core::sync
