#include "core/sync/syncoverview.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/sync/conflictlog.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncstate.h"

namespace core::sync {

Result<SyncOverview> readSyncOverview(const QSqlDatabase &db, int limit)
{
    SyncOverview overview;
    const SyncIdentity identity = readIdentity(db);
    overview.databaseId = identity.databaseId;
    overview.workstation = sessionWorkstation(db);
    if (identity.isValid()) {
        auto position = exportPosition(db, identity);
        if (!position)
            return position.error();
        overview.exportPosition = *position;
    }
    auto pending = SyncExporter::pendingChanges(db);
    if (!pending)
        return pending.error();
    overview.pending = *pending;
    auto conflicts = ConflictLog(db).openCount();
    if (!conflicts)
        return conflicts.error();
    overview.openConflicts = *conflicts;

    auto sources = runQuery(db,
        QStringLiteral("SELECT database_id, workstation, workstation_name, applied_seq, file_count, "
                       "change_count, last_file, coalesce(last_import_at, 0) FROM sync_source "
                       "ORDER BY workstation, last_import_at DESC"));
    if (!sources)
        return sources.error();
    while (sources->next())
        overview.sources.append({ sources->value(0).toString(), sources->value(1).toInt(), sources->value(2).toString(),
            sources->value(3).toLongLong(), sources->value(4).toLongLong(), sources->value(5).toLongLong(),
            sources->value(6).toString(), sources->value(7).toLongLong() });

    auto parked = runQuery(db,
        QStringLiteral("SELECT table_name, row_id, operation, workstation, operator, changed_at, reason, "
                       "detail, source_file, parked_at FROM sync_parked ORDER BY parked_at DESC LIMIT ?"),
        { limit });
    if (!parked)
        return parked.error();
    while (parked->next())
        overview.parked.append({ parked->value(0).toString(), parked->value(1).toLongLong(),
            parked->value(2).toString().at(0), parked->value(3).toInt(), parked->value(4).toString(),
            parked->value(5).toLongLong(), parked->value(6).toString(), parked->value(7).toString(),
            parked->value(8).toString(), parked->value(9).toLongLong() });

    auto exports = runQuery(db,
        QStringLiteral("SELECT file_name, first_seq, last_seq, change_count, folder, exported_at "
                       "FROM sync_export ORDER BY exported_at DESC, id DESC LIMIT ?"),
        { limit });
    if (!exports)
        return exports.error();
    while (exports->next())
        overview.recentExports.append(
            { exports->value(0).toString(), exports->value(1).toLongLong(), exports->value(2).toLongLong(),
                exports->value(3).toInt(), exports->value(4).toString(), exports->value(5).toLongLong() });
    if (!overview.recentExports.isEmpty())
        overview.lastExportAt = overview.recentExports.first().exportedAt;
    return overview;
}

} // namespace core::sync
