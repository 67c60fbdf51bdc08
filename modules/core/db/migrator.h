#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace core {

// One schema step: sqlite/migrations/NNNN_name.sql, embedded as a resource.
struct Migration {
    int version = 0;
    QString name;
    QString resourcePath;
};

// The migrations shipped with the program, in order; versions are 1, 2, 3...
// without gaps (checked by the tests).
QList<Migration> availableMigrations();
int latestSchemaVersion();

// The schema version of a database (PRAGMA user_version).
Result<int> schemaVersion(const QSqlDatabase &db);

// Applies every migration newer than the database, each in its own
// BEGIN IMMEDIATE ... COMMIT together with its PRAGMA user_version, so a
// failure leaves the database at the last complete version. Returns the
// number of migrations applied (0 when already current). Never downgrades.
Result<int> migrate(const QSqlDatabase &db);

// Applies one migration's script in one transaction, with its version.
Status applyMigrationScript(const QSqlDatabase &db, const Migration &migration, const QString &script);

// The schema of a database as SQL, in creation order, ending with its
// PRAGMA user_version: what sqlite/schema.sql holds for a new database.
Result<QString> schemaSql(const QSqlDatabase &db);

} // namespace core
