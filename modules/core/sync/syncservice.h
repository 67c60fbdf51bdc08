#pragma once

#include "core/domain/error.h"
#include "core/sync/opendata.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncimporter.h"
#include "core/sync/syncprune.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace core {
class BackgroundReader;
}

namespace core::sync {

class SyncWorker;

// Where and how often: read from the user's settings by the application.
struct SyncSettings {
    QString databasePath;
    QString operatorName;
    QString syncFolder; // empty: no exchange with other workstations
    QString openDataFolder; // empty: "open-data" next to the database
    QString backupFolder; // empty: "backups" next to the database
    int intervalMinutes = 15;
    int keepBackups = 14;

    QString effectiveOpenDataFolder() const;
    QString effectiveBackupFolder() const;
};

// What one round of synchronisation did.
struct SyncCycleResult {
    std::optional<ExportReport> exported;
    std::optional<ImportReport> imported;
    std::optional<OpenDataReport> openData;
    std::optional<PruneReport> pruned; // files every member has, removed after the import
    Error exportError; // empty code: fine
    Error importError;
    Error openDataError;
    Error pruneError;
    bool folderUnreachable = false;
    qint64 pending = 0;
    int openConflicts = 0;
    int parked = 0;
    QDateTime finishedAt;
};

struct BackupResult {
    bool taken = false; // false: not due, or failed (see error)
    QString path;
    Error error;
    QDateTime finishedAt;
};

// What the status bar shows.
struct SyncStatus {
    bool enabled = false; // a sync folder is configured
    bool folderReachable = true; // false: working offline, retrying
    bool busy = false;
    QString folder;
    QDateTime lastExport; // last time this workstation's changes reached the folder
    QDateTime lastImport; // last time the folder was read completely
    QDateTime lastBackup;
    QDateTime nextAttempt;
    qint64 pending = 0; // local changes not yet in the folder
    int openConflicts = 0;
    int parked = 0;
    int waitingFiles = 0;
    int refusedFiles = 0;
    // Workstations whose changes came stamped more than a day ahead of this
    // clock (sync.clock_ahead), until a later file of theirs is in time.
    QList<ClockAhead> clockAhead;
    Error lastError; // of the last round (empty code: none); the UI words it
};

// Runs synchronisation, open data and automatic backups in the background
// for the windowed program: every N minutes, on demand and before quitting,
// on a worker thread with its own database connection, so the window never
// waits for a slow or missing network share. When the folder is
// unreachable it keeps the changes and retries every minute. Lives in the
// GUI thread; results come back as signals there.
class SyncService : public QObject {
    Q_OBJECT
public:
    explicit SyncService(SyncSettings settings, QObject *parent = nullptr);
    ~SyncService() override;

    // Starts the timers; the first round runs a few seconds after start.
    void start(int firstDelayMs = 5000);
    void setSettings(const SyncSettings &settings);
    const SyncSettings &settings() const { return m_settings; }
    const SyncStatus &status() const { return m_status; }
    // What the last round did (nothing before the first one ends).
    const std::optional<SyncCycleResult> &lastResult() const { return m_lastResult; }

    void synchroniseNow();
    void backupNow(bool onlyIfDue = false);
    // Exports what is pending and waits (processing events) at most
    // timeoutMs; false when it could not finish (the changes stay in the
    // database and leave with the next export).
    bool exportBeforeQuit(int timeoutMs);
    // Recounts the local changes not yet exported: called after local
    // commits. The count reads the change log from the export position on
    // (it grows with what waits: tens of ms with a year unsent), so it runs
    // on a reader thread with its own connection to the file of `db`;
    // statusChanged() comes when the figure changed. Asked again while one
    // runs: one more count after it, never a queue.
    void refreshPending(const QSqlDatabase &db);
    // The thread the last count ran on (tests: never the GUI thread).
    QThread *pendingThread() const { return m_pendingThread; }

signals:
    void statusChanged();
    void cycleFinished(const core::sync::SyncCycleResult &result);
    void backupFinished(const core::sync::BackupResult &result);

private:
    void runCycle(bool withImport);
    void cycleDone(const SyncCycleResult &result);
    void scheduleNext();
    void countPending(const QString &databasePath);

    SyncSettings m_settings;
    SyncStatus m_status;
    std::optional<SyncCycleResult> m_lastResult;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer *m_cycleTimer = nullptr;
    QTimer *m_backupTimer = nullptr;
    bool m_again = false;
    int m_generation = 0;
    BackgroundReader *m_reader = nullptr; // the pending count
    bool m_counting = false;
    QString m_countAgain; // a file to count again once the running count ends
    QThread *m_pendingThread = nullptr;
};

} // namespace core::sync

Q_DECLARE_METATYPE(core::sync::SyncCycleResult)
Q_DECLARE_METATYPE(core::sync::BackupResult)
