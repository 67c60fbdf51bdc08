#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "core/sync/restorecounters.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace core::sync {

struct BackupFile {
    QString path;
    QDateTime takenAt;
    qint64 size = 0;
};

// The automatic backups of one database: consistent copies (VACUUM INTO,
// see core::backupDatabase) named "<database>-auto-yyyyMMdd-HHmmss.sqlite"
// in a backup folder, one a day, keeping the newest N. Also finds the
// newest copy that passes its integrity check, for recovery at start.
// Plain value; the backup itself runs on the thread of the connection
// given (the sync worker's).
class BackupManager {
public:
    BackupManager(QString databasePath, QString folder, const Clock &clock = SystemClock::instance());

    // "<database folder>/backups" when no folder is configured.
    static QString defaultFolder(const QString &databasePath);
    QString folder() const { return m_folder; }

    QList<BackupFile> automaticBackups() const; // newest first
    bool isDue(qint64 intervalSeconds = 24 * 3600) const;
    // Writes a new automatic backup and removes the oldest beyond `keep`.
    Result<BackupFile> takeBackup(const QSqlDatabase &db, int keep);
    // The newest automatic backup that is intact; backup.none_good when none.
    Result<BackupFile> newestGoodBackup() const;

private:
    QString m_databasePath;
    QString m_folder;
    const Clock &m_clock;
};

// Opens a backup read-only and checks it: a Ci siAMO! database, a schema
// this program knows, integrity (quick or full). backup.damaged,
// backup.newer_schema, or the error of opening it.
Status verifyBackup(const QString &path, bool quick);

struct RestoreReport {
    QString restoredFrom;
    QString keptAside; // where the replaced database went (empty when there was none)
    CountersMoved counters; // ids and document numbers moved past the exports
};

struct RestoreOptions {
    QString syncFolder; // the room's folder (empty: none configured)
    QString operatorName; // who restores, for the audit entry
};

// Replaces the database with a copy of a verified backup. The current file
// (with its -wal) is never deleted: it is renamed "<database>.<label>-<time>"
// (label "damaged" or "before-restore"). The copy is written under a
// temporary name and renamed. The restored database then starts a new sync
// identity: it replays sequence numbers its predecessor already exported,
// and must not be taken for it (see SyncIdentity). In the same transaction,
// before anything else is written, its id allocator and document numbers
// are moved past what this workstation already exported
// (moveCountersPastExports, restorecounters.h).
// The database must not be open anywhere.
Result<RestoreReport> restoreDatabase(const QString &backupPath, const QString &databasePath, const QString &label,
    const RestoreOptions &options = {}, const Clock &clock = SystemClock::instance());

} // namespace core::sync
