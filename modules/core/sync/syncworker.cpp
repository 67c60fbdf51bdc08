#include "core/sync/syncworker.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
#include "core/sync/backups.h"
#include "core/sync/conflictlog.h"

namespace core::sync {

Result<QSqlDatabase> SyncWorker::connection(const SyncSettings &settings)
{
    if (!m_connection.isValid() || m_path != settings.databasePath) {
        m_connection.close();
        OpenOptions options;
        options.create = false;
        auto opened = openDatabase(settings.databasePath, options);
        if (!opened)
            return opened.error();
        m_connection = std::move(*opened);
        m_path = settings.databasePath;
    }
    setSessionOperator(m_connection.db(), settings.operatorName);
    return m_connection.db();
}

void SyncWorker::close()
{
    m_connection.close();
}

void SyncWorker::logCycle(const SyncCycleResult &result)
{
    using core::errorLogText;
    if (result.exported) {
        if (!result.exported->files.isEmpty())
            qCInfo(logcat::sync).noquote() << "export:" << result.exported->changes() << "changes in"
                                           << result.exported->files.size() << "files, up to change"
                                           << result.exported->position;
        else if (!result.exported->ackFile.isEmpty())
            qCInfo(logcat::sync).noquote() << "export: acknowledgements file" << result.exported->ackFile;
    }
    if (!result.exportError.code.isEmpty()) {
        if (result.folderUnreachable)
            qCWarning(logcat::sync).noquote() << "folder unreachable, working offline:" << errorLogText(result.exportError);
        else
            qCWarning(logcat::sync).noquote() << "export failed:" << errorLogText(result.exportError);
    }
    if (!result.importError.code.isEmpty())
        qCWarning(logcat::sync).noquote() << "import failed:" << errorLogText(result.importError);
    if (const auto &in = result.imported) {
        if (!in->files.isEmpty() || in->retried > 0 || in->conflicts > 0)
            qCInfo(logcat::sync).noquote() << "import:" << in->files.size() << "files," << in->appliedChanges()
                                           << "changes applied," << in->retried << "parked changes applied,"
                                           << in->conflicts << "conflicts," << in->parkedTotal << "still parked";
        // A refused or waiting file lies in the folder until someone acts:
        // said once, not at every round.
        QSet<QString> refused;
        for (const SkippedFile &f : in->refused) {
            refused.insert(f.fileName);
            if (!m_refusedLogged.contains(f.fileName))
                qCWarning(logcat::sync).noquote() << "file refused:" << f.fileName << errorLogText(f.reason);
        }
        m_refusedLogged = refused;
        QSet<QString> waiting;
        for (const SkippedFile &f : in->waiting) {
            waiting.insert(f.fileName);
            if (!m_waitingLogged.contains(f.fileName))
                qCWarning(logcat::sync).noquote() << "file waits for a missing one:" << f.fileName << errorLogText(f.reason);
        }
        m_waitingLogged = waiting;
        if (in->ignoredCopies > 0)
            qCInfo(logcat::syncthing) << in->ignoredCopies << "conflict copies identical to their original ignored";
        for (const QString &name : in->relayCopiesMissing)
            qCWarning(logcat::sync).noquote() << "relay: no copy could be kept of" << name
                                              << "(sync resend --workstation cannot send it again)";
    }
    if (!result.pruneError.code.isEmpty())
        qCWarning(logcat::sync).noquote() << "pruning the folder failed:" << errorLogText(result.pruneError);
    else if (result.pruned && (!result.pruned->removed.isEmpty() || result.pruned->relayCopies > 0))
        qCInfo(logcat::sync) << "pruned:" << result.pruned->removed.size() << "own files,"
                             << result.pruned->conflictCopies << "conflict copies," << result.pruned->sentCopies
                             << "sent copies," << result.pruned->relayCopies << "relay copies";
    if (!result.openDataError.code.isEmpty())
        qCWarning(logcat::opendata).noquote() << "open data not written:" << errorLogText(result.openDataError);
    else if (result.openData)
        qCInfo(logcat::opendata) << "open data written:" << result.openData->files.size() << "files,"
                                 << result.openData->comuni << "comuni," << result.openData->distributions
                                 << "distributions";
}

SyncCycleResult SyncWorker::runCycle(const SyncSettings &settings, bool withImport, bool writeOpenData)
{
    SyncCycleResult result = cycle(settings, withImport, writeOpenData);
    logCycle(result);
    return result;
}

SyncCycleResult SyncWorker::cycle(const SyncSettings &settings, bool withImport, bool writeOpenData)
{
    SyncCycleResult result;
    auto db = connection(settings);
    if (!db) {
        result.exportError = db.error();
        result.finishedAt = core::SystemClock::instance().now();
        return result;
    }
    if (!settings.syncFolder.isEmpty()) {
        SyncExporter exporter(*db);
        auto exported = exporter.exportTo(ExportOptions { settings.syncFolder, 20000, {} });
        if (exported)
            result.exported = *exported;
        else
            result.exportError = exported.error();
        result.folderUnreachable = !exported && exported.error().code == QLatin1String("sync.folder_unreachable");
        if (withImport && !result.folderUnreachable) {
            SyncImporter importer(*db);
            auto imported = importer.importFrom(settings.syncFolder);
            if (imported)
                result.imported = *imported;
            else
                result.importError = imported.error();
        }
        // Last, with the acknowledgements just read: what every member has
        // leaves the folder (syncprune.h).
        if (result.imported) {
            auto pruned = pruneAcknowledged(*db, settings.syncFolder,
                sentCopiesKeptFrom(settings.databasePath, settings.effectiveBackupFolder()), m_clock);
            if (pruned)
                result.pruned = *pruned;
            else
                result.pruneError = pruned.error();
        }
    }
    const bool changed = (result.exported && !result.exported->files.isEmpty())
        || (result.imported && result.imported->appliedChanges() + result.imported->retried > 0);
    if (writeOpenData || changed) {
        OpenDataExporter openData(*db);
        auto written = openData.writeTo(settings.effectiveOpenDataFolder());
        if (written)
            result.openData = *written;
        else
            result.openDataError = written.error();
    }
    if (auto pending = SyncExporter::pendingChanges(*db))
        result.pending = *pending;
    if (auto conflicts = ConflictLog(*db).openCount())
        result.openConflicts = *conflicts;
    if (auto parked = queryValue(*db, QStringLiteral("SELECT count(*) FROM sync_parked")))
        result.parked = parked->toInt();
    result.finishedAt = core::SystemClock::instance().now();
    return result;
}

BackupResult SyncWorker::runBackup(const SyncSettings &settings, bool onlyIfDue)
{
    BackupResult result;
    BackupManager manager(settings.databasePath, settings.effectiveBackupFolder());
    if (onlyIfDue && !manager.isDue()) {
        const auto list = manager.automaticBackups();
        if (!list.isEmpty())
            result.path = list.first().path;
        result.finishedAt = list.isEmpty() ? QDateTime() : list.first().takenAt;
        return result;
    }
    auto db = connection(settings);
    if (!db) {
        result.error = db.error();
        qCWarning(logcat::backup).noquote() << "automatic backup: cannot open the database:" << errorLogText(db.error());
        return result;
    }
    auto taken = manager.takeBackup(*db, settings.keepBackups);
    if (!taken) {
        result.error = taken.error();
        return result;
    }
    result.taken = true;
    result.path = taken->path;
    result.finishedAt = core::SystemClock::instance().now();
    return result;
}

} // namespace core::sync
