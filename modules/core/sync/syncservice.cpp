#include "core/sync/syncservice.h"

#include "core/db/backgroundreader.h"
#include "core/domain/clock.h"
#include "core/sync/backups.h"
#include "core/sync/syncworker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

namespace core::sync {

namespace {
constexpr int retryMs = 60 * 1000;
constexpr int backupCheckMs = 30 * 60 * 1000;
} // namespace

QString SyncSettings::effectiveOpenDataFolder() const
{
    return openDataFolder.trimmed().isEmpty()
        ? QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("open-data"))
        : openDataFolder;
}

QString SyncSettings::effectiveBackupFolder() const
{
    return backupFolder.trimmed().isEmpty() ? BackupManager::defaultFolder(databasePath) : backupFolder;
}

SyncService::SyncService(SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<SyncCycleResult>();
    qRegisterMetaType<BackupResult>();
    m_status.enabled = !m_settings.syncFolder.isEmpty();
    m_status.folder = m_settings.syncFolder;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);

    m_cycleTimer = new QTimer(this);
    m_cycleTimer->setSingleShot(true);
    connect(m_cycleTimer, &QTimer::timeout, this, [this] { runCycle(true); });
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(backupCheckMs);
    connect(m_backupTimer, &QTimer::timeout, this, [this] { backupNow(true); });
}

SyncService::~SyncService()
{
    m_cycleTimer->stop();
    m_backupTimer->stop();
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread->quit();
    if (!m_thread->wait(5000)) {
        // The worker is stuck on an unreachable share: leave it to the end
        // of the process rather than hang the exit. SQLite's journal keeps
        // the database whole whatever point it is stopped at.
        m_thread->setParent(nullptr);
        m_thread = nullptr;
    }
}

void SyncService::start(int firstDelayMs)
{
    m_cycleTimer->start(std::max(0, firstDelayMs));
    m_status.nextAttempt = core::SystemClock::instance().now().addMSecs(firstDelayMs);
    QTimer::singleShot(std::max(0, firstDelayMs), this, [this] { backupNow(true); });
    m_backupTimer->start();
}

void SyncService::setSettings(const SyncSettings &settings)
{
    m_settings = settings;
    m_status.enabled = !m_settings.syncFolder.isEmpty();
    m_status.folder = m_settings.syncFolder;
    m_status.folderReachable = true;
    ++m_generation;
    emit statusChanged();
    synchroniseNow();
}

void SyncService::synchroniseNow()
{
    runCycle(true);
}

void SyncService::runCycle(bool withImport)
{
    m_cycleTimer->stop();
    if (m_status.busy) {
        m_again = true;
        return;
    }
    m_status.busy = true;
    emit statusChanged();
    const SyncSettings settings = m_settings;
    const bool firstRound = m_status.lastImport.isNull() && m_status.lastExport.isNull();
    QPointer<SyncService> self(this);
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, settings, withImport, firstRound, self] {
            const SyncCycleResult result = worker->runCycle(settings, withImport, firstRound);
            QMetaObject::invokeMethod(
                self.data(),
                [self, result] {
                    if (self)
                        self->cycleDone(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncService::cycleDone(const SyncCycleResult &result)
{
    m_status.busy = false;
    m_status.folderReachable = !result.folderUnreachable;
    if (result.exported)
        m_status.lastExport = result.finishedAt;
    if (result.imported) {
        m_status.lastImport = result.finishedAt;
        m_status.waitingFiles = int(result.imported->waiting.size());
        m_status.refusedFiles = int(result.imported->refused.size());
        updateClockAhead(m_status.clockAhead, *result.imported);
    }
    m_status.pending = result.pending;
    m_status.openConflicts = result.openConflicts;
    m_status.parked = result.parked;
    const Error &error = !result.exportError.code.isEmpty() ? result.exportError
        : !result.importError.code.isEmpty()                ? result.importError
                                                            : result.openDataError;
    m_status.lastError = error;
    m_lastResult = result;
    emit cycleFinished(result);
    scheduleNext();
    emit statusChanged();
}

void SyncService::scheduleNext()
{
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, [this] { runCycle(true); });
        return;
    }
    const int interval
        = m_status.enabled && !m_status.folderReachable ? retryMs : std::max(1, m_settings.intervalMinutes) * 60 * 1000;
    m_cycleTimer->start(interval);
    m_status.nextAttempt = core::SystemClock::instance().now().addMSecs(interval);
}

void SyncService::backupNow(bool onlyIfDue)
{
    const SyncSettings settings = m_settings;
    QPointer<SyncService> self(this);
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, settings, onlyIfDue, self] {
            const BackupResult result = worker->runBackup(settings, onlyIfDue);
            QMetaObject::invokeMethod(
                self.data(),
                [self, result] {
                    if (!self)
                        return;
                    if (result.finishedAt.isValid())
                        self->m_status.lastBackup = result.finishedAt;
                    emit self->backupFinished(result);
                    emit self->statusChanged();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool SyncService::exportBeforeQuit(int timeoutMs)
{
    if (!m_status.enabled || !m_status.folderReachable)
        return m_status.pending == 0;
    QElapsedTimer elapsed;
    elapsed.start();
    // A round already running may have read the change log before the last
    // edits: wait for it, then export once more.
    for (int round = 0; round < 2; ++round) {
        QEventLoop loop;
        bool done = false;
        bool exported = false;
        auto connection = connect(this, &SyncService::cycleFinished, &loop, [&](const SyncCycleResult &result) {
            done = true;
            exported = result.exportError.code.isEmpty();
            loop.quit();
        });
        const bool waitingForRunning = m_status.busy;
        m_again = false;
        if (!waitingForRunning)
            runCycle(false);
        const qint64 left = timeoutMs - elapsed.elapsed();
        if (left > 0) {
            QTimer::singleShot(int(left), &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        disconnect(connection);
        m_cycleTimer->stop();
        if (!done)
            return false;
        if (!waitingForRunning)
            return exported && m_status.pending == 0;
    }
    return m_status.pending == 0;
}

void SyncService::refreshPending(const QSqlDatabase &db)
{
    const QString path = db.databaseName();
    if (m_counting) {
        m_countAgain = path; // counted once more when the running count ends
        return;
    }
    countPending(path);
}

void SyncService::countPending(const QString &databasePath)
{
    if (!m_reader)
        m_reader = new BackgroundReader(this);
    m_counting = true;
    struct Count {
        std::optional<qint64> pending;
        QThread *thread = nullptr;
    };
    auto count = std::make_shared<Count>();
    m_reader->read(
        databasePath,
        [count](const QSqlDatabase &db) {
            count->thread = QThread::currentThread();
            if (auto pending = SyncExporter::pendingChanges(db))
                count->pending = *pending;
        },
        [this, count](const Error &) {
            m_counting = false;
            if (count->thread)
                m_pendingThread = count->thread;
            if (!m_countAgain.isEmpty()) {
                countPending(std::exchange(m_countAgain, QString()));
                return; // the newer count tells
            }
            if (count->pending && *count->pending != m_status.pending) {
                m_status.pending = *count->pending;
                emit statusChanged();
            }
        });
}

} // namespace core::sync
