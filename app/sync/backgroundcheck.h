#pragma once

#include "core/sync/backups.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <optional>

class QThread;

// The integrity checks of the open database, after the window's first
// paint (the start itself checks only what is constant-time, see
// DatabaseRecovery::openAtStart): on its own read-only connection in a
// worker thread, because they read every page (seconds on a five-year
// file) and the GUI thread never waits on them. First PRAGMA quick_check
// with the foreign keys (what the start used to run before the first
// paint), then, when that is clean, the full integrity_check. When it
// finds damage it also looks for the newest intact automatic backup, there
// too, so that the alert offers it at once.
// Emits finished() once per start() that ran to its end, on the thread that
// started it; cancel() interrupts the check (closing the database, quitting)
// and nothing is emitted. Owned by the ApplicationController; its
// destructor cancels and waits for the worker.
class BackgroundCheck : public QObject {
    Q_OBJECT
public:
    explicit BackgroundCheck(QObject *parent = nullptr);
    ~BackgroundCheck() override;

    // backupFolder: where to look for a backup when damage is found (an
    // empty string: the default folder next to the database, as in the
    // settings); none given: no backup is looked for.
    void start(const QString &databasePath, const std::optional<QString> &backupFolder = std::nullopt);
    bool isRunning() const;
    // Waits for the worker (tests; the destructor).
    void wait();
    // Interrupts the running check (sqlite3_interrupt on the worker's
    // connection) and waits for the worker: seconds saved on a big file.
    void cancel();
    // With finished(damaged): the newest automatic backup that passed its
    // check, when there is one.
    std::optional<core::sync::BackupFile> newestGoodBackup() const { return m_newest; }
    // The thread the last check ran on (tests: never the GUI thread).
    QThread *checkThread() const { return m_checkThread; }

signals:
    // problems: empty when the database is intact. damaged: the problems
    // are damage (integrity), not a file that could not be opened.
    void finished(const QString &databasePath, bool damaged, const QStringList &problems);

private:
    QThread *m_thread = nullptr;
    QThread *m_checkThread = nullptr;
    // The worker's open connection (sqlite3*), for cancel(); under m_lock.
    QMutex m_lock;
    void *m_running = nullptr;
    bool m_cancelled = false;
    std::optional<core::sync::BackupFile> m_newest;
};
