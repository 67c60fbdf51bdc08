#include "core/sync/syncworker.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
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

SyncCycleResult SyncWorker::runCycle(const SyncSettings &settings, bool withImport, bool writeOpenData)
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
