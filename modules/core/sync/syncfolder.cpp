#include "core/sync/syncfolder.h"

#include "core/db/sql.h"
#include "core/sync/syncacks.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace core::sync {

namespace {

const QString conflictMarker = QStringLiteral(".sync-conflict-");

// The origin written in the header (the first line) of a file: where a
// producer never applied here starts. -1 when the header cannot be read
// (the import refuses the file and says why).
qint64 headerOrigin(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = file.readLine(64 * 1024);
    const QJsonObject header = QJsonDocument::fromJson(line).object();
    return header.value(QLatin1String("origin_seq")).toInteger(-1);
}

} // namespace

FolderEntry classifyFolderEntry(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".tmp"))
        && (fileName.startsWith(QLatin1String(".syncthing.")) || fileName.startsWith(QLatin1String("~syncthing~"))))
        return FolderEntry::Temporary;
    if (fileName.contains(conflictMarker))
        return FolderEntry::ConflictCopy;
    if (fileName.endsWith(syncFileSuffix))
        return FolderEntry::SyncFile;
    return FolderEntry::Other;
}

QString conflictOriginal(const QString &conflictCopy)
{
    // Syncthing puts the marker before the extension:
    // BASE.sync-conflict-20260124-101500-ABCDEFG.cisync (the device part is
    // missing in old versions).
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)\\.sync-conflict-\\d{8}-\\d{6}(?:-[A-Z0-9]{7})?(\\.[^.]+)?$"));
    const auto m = pattern.match(conflictCopy);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : QString();
}

Result<QList<MissingRange>> findMissingFiles(const QSqlDatabase &db, const QString &folder)
{
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir() || !folderInfo.isReadable())
        return Error(QStringLiteral("sync.folder_unreachable"), { folder });
    const SyncIdentity identity = readIdentity(db);

    QSet<QString> own;
    auto exported = runQuery(db, QStringLiteral("SELECT file_name FROM sync_export"));
    if (!exported)
        return exported.error();
    while (exported->next())
        own.insert(exported->value(0).toString());

    // How far each producer is applied here, by database tag: the sources
    // already applied, and this database's own predecessors (before a
    // restore), whose files are here up to what they exported.
    QHash<QString, qint64> applied;
    auto sources = runQuery(db, QStringLiteral("SELECT database_id, applied_seq FROM sync_source"));
    if (!sources)
        return sources.error();
    while (sources->next())
        applied.insert(databaseTag(sources->value(0).toString()), sources->value(1).toLongLong());
    for (const QString &previous : identity.previousIds) {
        if (applied.contains(databaseTag(previous)))
            continue;
        auto position = queryValue(
            db, QStringLiteral("SELECT max(last_seq) FROM sync_export WHERE database_id = ?"), { previous });
        if (!position)
            return position.error();
        if (!position->isNull())
            applied.insert(databaseTag(previous), position->toLongLong());
    }

    QMap<QPair<int, QString>, QList<SyncFileName>> producers;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({ QStringLiteral("*") + syncFileSuffix }, QDir::Files, QDir::Name)) {
        if (own.contains(name) || classifyFolderEntry(name) != FolderEntry::SyncFile)
            continue;
        const auto parsed = SyncFileName::parse(name);
        if (!parsed || (identity.isValid() && parsed->databaseTag == databaseTag(identity.databaseId)))
            continue;
        producers[{ parsed->workstation, parsed->databaseTag }].append(*parsed);
    }

    QList<MissingRange> missing;
    QHash<QString, qint64> held; // by database tag: the last change applied here or in a file of the folder
    for (auto it = applied.constBegin(); it != applied.constEnd(); ++it)
        held.insert(it.key(), it.value());
    for (auto it = producers.begin(); it != producers.end(); ++it) {
        QList<SyncFileName> files = it.value();
        std::sort(files.begin(), files.end(), [](const SyncFileName &a, const SyncFileName &b) {
            return a.firstSeq != b.firstSeq ? a.firstSeq < b.firstSeq : a.lastSeq > b.lastSeq;
        });
        qint64 covered = applied.value(it.key().second, -1);
        if (covered < 0)
            covered = headerOrigin(dir.filePath(files.first().toString()));
        if (covered < 0)
            continue;
        for (const SyncFileName &f : files) {
            if (f.lastSeq <= covered)
                continue;
            if (f.firstSeq > covered + 1)
                missing.append({ f.workstation, f.databaseTag, covered + 1, f.firstSeq - 1, f.toString() });
            covered = f.lastSeq;
        }
        held.insert(it.key().second, std::max(held.value(it.key().second, -1), covered));
    }

    // The last files: no later file shows the gap, but another member
    // acknowledged changes of the producer that no file here holds (the
    // newest file deleted or lost after that member applied it).
    auto acks = AckBook::read(db);
    if (!acks)
        return acks.error();
    for (auto it = acks->producers().constBegin(); it != acks->producers().constEnd(); ++it) {
        const QString tag = databaseTag(it.key());
        if (identity.isOwnOrPrevious(it.key()) || !held.contains(tag))
            continue; // its own files; or a producer never seen here (its first file tells where it starts)
        const qint64 highest = acks->highest(it.key());
        if (highest > held.value(tag))
            missing.append({ it.value(), tag, held.value(tag) + 1, highest, QString() });
    }
    return missing;
}

} // namespace core::sync
