#pragma once

#include "core/db/database.h"
#include "core/domain/clock.h"
#include "core/sync/syncservice.h"

#include <QObject>
#include <QSet>

namespace core::sync {

// The sync service's worker: lives in its own thread with its own
// connection to the database (opened on first use, closed by close()).
// Each call runs to completion; calls are queued by the service, so there
// is never more than one writer from this thread.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    // `clock` says when files leave the folder (syncprune.h); tests move it.
    explicit SyncWorker(const Clock &clock = SystemClock::instance()) : m_clock(clock) { }

    SyncCycleResult runCycle(const SyncSettings &settings, bool withImport, bool writeOpenData);
    BackupResult runBackup(const SyncSettings &settings, bool onlyIfDue);
    void close();

private:
    Result<QSqlDatabase> connection(const SyncSettings &settings);
    SyncCycleResult cycle(const SyncSettings &settings, bool withImport, bool writeOpenData);
    // The technical log of a round: failures with their cause, counts.
    void logCycle(const SyncCycleResult &result);

    const Clock &m_clock;
    DbConnection m_connection;
    QString m_path;
    QSet<QString> m_refusedLogged; // files refused / waiting already in the log
    QSet<QString> m_waitingLogged;
};

} // namespace core::sync
