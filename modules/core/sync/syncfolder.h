#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace core::sync {

// What a name in the sync folder is. The folder is carried by a file-sync
// engine (Syncthing, a network share, a USB key), which leaves files of its
// own beside ours: Syncthing's temporary files while it copies
// (".syncthing.NAME.tmp", "~syncthing~NAME.tmp") and its conflict copies
// ("BASE.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.cisync"). Sync files are
// never rewritten, so a conflict copy is either the same bytes as the
// original (ignored) or damaged.
enum class FolderEntry { SyncFile, Temporary, ConflictCopy, Other };
FolderEntry classifyFolderEntry(const QString &fileName);
// The name of the file a conflict copy was made from (empty when the copy's
// name says nothing of it).
QString conflictOriginal(const QString &conflictCopy);

// A range of changes of another workstation that no file in the folder
// holds, while a later file of the same workstation is there, or another
// member acknowledged having applied it (the producer's last file): a file
// deleted, lost or still being copied. Nothing of that workstation after it
// is applied until it arrives (`cisiamo sync resend` on the producer, or
// `sync resend --workstation N` on a member that holds it).
struct MissingRange {
    int workstation = 0;
    QString databaseTag; // the first 8 characters of the producer's database id
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QString nextFile; // the first file that waits for it (empty: no later file, the last one is missing)
};

// The missing ranges of every other workstation in `folder`, from the file
// names and how far this database applied each producer (for a producer
// never applied here, the origin in the header of its first file). Reads
// no file body; damaged files are the import's to report.
Result<QList<MissingRange>> findMissingFiles(const QSqlDatabase &db, const QString &folder);

} // namespace core::sync
