#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace core {

// Is the schema of a database what its PRAGMA user_version says? A file
// whose version says N but whose tables are not what migration N makes (a
// table dropped with sqlite3, a partial copy, another program's file that
// happens to carry the same number) must not be written into.
//
// openDatabase() compares the fingerprint of the file's sqlite_master
// (schemafingerprint.h) with the one recorded for its version when the
// program was built (the build applies sqlite/migrations one by one:
// schemafingerprinttool.cpp). It reads the schema alone, so it costs the
// same on a small and on a five-year file.

// The fingerprint the migrations give at `version`; empty when unknown.
QByteArray expectedSchemaFingerprint(int version);

// Ok when the schema is that of `version`; otherwise
// Error("db.schema_mismatch", {path, version, difference...}), each
// difference "kind|object|detail" (schemaDifferences()).
Status checkSchema(const QSqlDatabase &db, int version, const QString &path);

// What differs between the database's schema and the one the migrations
// give at `version` (built in memory: only when the fingerprints differ).
// Each entry is "kind|object|detail":
//   missing|table|name, extra|index|name, changed|trigger|name (its SQL),
//   changed|table|name (constraints: same columns),
//   missing_column|table|column, extra_column|table|column,
//   changed_column|table|column (type, NOT NULL, default or key).
Result<QStringList> schemaDifferences(const QSqlDatabase &db, int version);

} // namespace core
