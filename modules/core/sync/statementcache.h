#pragma once

#include "core/domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace core::sync {

// Prepared statements kept for the length of one export or import: the same
// few statements run once per row (millions on a first export), and
// preparing them costs more than running them. They run directly on the
// connection's SQLite handle (the one QSQLITE uses, so inside its
// transactions): QSqlQuery costs several times SQLite's own work on such
// one-row statements. Values are read as QSqlQuery reads them (integers as
// qint64, reals as double, text as QString, blobs as QByteArray, NULL as a
// null QString) and bound as core::bindValue binds them (a null QString as
// ''). Every statement is reset after use, so none keeps a read open
// between two transactions. Thread of its connection; not shared.
class StatementCache {
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The first row (all its columns), or nothing.
    Result<std::optional<QVariantList>> firstRow(const QString &sql, const QVariantList &binds = {});
    // Every row (all their columns): for a handful of rows.
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &binds = {});
    // The first column of the first row; an invalid QVariant when no row.
    Result<QVariant> value(const QString &sql, const QVariantList &binds = {});
    // Runs a write; false with the driver's error (its native code, the
    // extended SQLite code, tells a constraint from a disk failure).
    bool exec(const QString &sql, const QVariantList &binds, QSqlError *error);

    // The prepared statement itself, for a caller that steps through many
    // rows (sqlite3_reset it when done); null with `error` set.
    sqlite3_stmt *statement(const QString &sql, Error *error);
    // Binds like core::bindValue (1-based position as SQLite counts).
    static int bind(sqlite3_stmt *statement, int position, const QVariant &value);
    // Column `column` of the current row, as QSqlQuery would give it.
    static QVariant columnValue(sqlite3_stmt *statement, int column);
    sqlite3 *handle() const { return m_handle; }
    // The error SQLite reports for the last call on this connection.
    Error lastError(const QString &sql) const;

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements;
};

// A page cache of 64 MiB on the connection for the length of an export or
// import (SQLite's default is 2 MiB): they read and write rows all over
// tables and indexes that outgrow it, and each page missed is read again
// from the file. The previous size comes back at the end.
class LargePageCache {
public:
    explicit LargePageCache(const QSqlDatabase &db);
    ~LargePageCache();
    LargePageCache(const LargePageCache &) = delete;
    LargePageCache &operator=(const LargePageCache &) = delete;

private:
    QSqlDatabase m_db;
    QVariant m_previous;
};

} // namespace core::sync
