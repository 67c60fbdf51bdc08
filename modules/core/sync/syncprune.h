#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "core/sync/roommembers.h"

#include <QSqlDatabase>
#include <QStringList>

#include <limits>

namespace core::sync {

// How long a file stays in the folder after it was written, acknowledged
// or not: a member restored from a backup of the last weeks has lost what
// it applied after the backup, and finds it there again (its own copies and
// relay copies stay as long). Longer than the automatic backups are kept.
constexpr qint64 folderRetentionMs = 30LL * 24 * 3600 * 1000;

struct PruneReport {
    QStringList removed; // this workstation's files removed from the sync folder
    int conflictCopies = 0; // conflict copies identical to a removed file, removed with it
    int sentCopies = 0; // kept copies of its own files removed (sentArchiveFolder)
    int relayCopies = 0; // kept copies of other workstations' files removed (relayArchiveFolder)
};

// Removes what every member of the room has: the files this workstation
// wrote (with any of its identities) once every current member but itself
// (`members`, removed ones left out) acknowledged their last change and
// they are older than folderRetentionMs (by `clock`), with
// the conflict copies identical to them, and the kept copies under the same
// rule: the relay copies of other workstations' files, and its own sent
// copies, these only when written before `sentCopiesBeforeMs` (the time of
// the oldest automatic backup: a restore from it reads them to move its
// counters past what was handed out, restorecounters.h). Never a file of
// another workstation from the folder, never a file someone has not
// acknowledged, and nothing at all while this workstation knows no other
// member (a room of one, or one that has not heard of the others yet:
// their files may still be on the way). A file that cannot be removed
// stays, and is tried again next time.
Result<PruneReport> pruneAcknowledged(const QSqlDatabase &db, const QString &folder, const QList<RoomMember> &members,
    qint64 sentCopiesBeforeMs = std::numeric_limits<qint64>::max(), const Clock &clock = SystemClock::instance());
// The same with the room's members (roomMembers()).
Result<PruneReport> pruneAcknowledged(const QSqlDatabase &db, const QString &folder,
    qint64 sentCopiesBeforeMs = std::numeric_limits<qint64>::max(), const Clock &clock = SystemClock::instance());

// Until when sent copies stay (the `sentCopiesBeforeMs` above): the time of
// the oldest automatic backup of the database in `backupFolder` (empty: the
// default one); with none there is nothing to restore, and no limit.
qint64 sentCopiesKeptFrom(const QString &databasePath, const QString &backupFolder);

} // namespace core::sync
