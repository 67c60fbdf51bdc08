#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace core {

// Writes a consistent copy of the open database to `target` with
// VACUUM INTO (a snapshot even while others write), first into a temporary
// name in the same folder, flushed to disk, then renamed: a crash never
// leaves a half-written file under the final name. Refuses to overwrite.
Status backupDatabase(const QSqlDatabase &db, const QString &target);

// The name used for the automatic copy taken before a migration:
// "<file>.pre-v<version>-<yyyyMMdd-HHmmss>.bak" next to the database.
QString preMigrationBackupPath(const QString &databasePath, int fromVersion);

} // namespace core
