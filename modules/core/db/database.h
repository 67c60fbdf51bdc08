#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace core {

// Owns one named QSqlDatabase connection and removes it when destroyed.
// A connection belongs to the thread that opened it: workers open their own.
class DbConnection {
public:
    DbConnection() = default;
    explicit DbConnection(QString connectionName) : m_name(std::move(connectionName)) { }
    DbConnection(DbConnection &&other) noexcept
        : m_name(std::exchange(other.m_name, QString())), m_fileKey(std::exchange(other.m_fileKey, QString()))
    {
    }
    DbConnection &operator=(DbConnection &&other) noexcept;
    DbConnection(const DbConnection &) = delete;
    DbConnection &operator=(const DbConnection &) = delete;
    ~DbConnection() { close(); }

    bool isValid() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString path() const { return db().databaseName(); }
    void close();
    // openDatabase(): the file this connection holds (see DatabaseFile).
    void holdFile(const QString &fileKey);

private:
    QString m_name;
    QString m_fileKey;
};

struct OpenOptions {
    bool create = true;        // create the file when it does not exist (the program asks first)
    bool migrate = true;       // bring the schema to the latest version
    bool readOnly = false;     // for inspection (check): nothing is written
    int workstationForNew = 1; // workstation number of a new database
    // A file built under a temporary name and renamed only when complete
    // (the demo): the journal in memory (savepoints still roll back), no
    // fsync, a large page cache. Open it again normally before the rename.
    bool buildingTemporaryFile = false;
    // Refuse a file whose schema is not what its user_version says
    // (db.schema_mismatch, core/db/schemacheck.h). Off only for tests and
    // tools that change the schema on purpose.
    bool checkSchema = true;
};

// Opens (and by default creates and migrates) the database at `path`:
// - refuses, leaving the file untouched, a file that is not SQLite, is
//   damaged (isDamage()), belongs to another program, has a newer schema,
//   or a schema that is not what its version says (db.schema_mismatch,
//   also damage: a table dropped, altered or added by hand);
// - opens read-only, and says so in the connection state (isReadOnly()),
//   when the file or its folder cannot be written: never called damaged;
// - touches the file only through SQLite while a connection of this
//   process is open on it (see DatabaseFile);
// - sets foreign_keys=ON, journal_mode=WAL, synchronous=FULL, busy_timeout;
// - copies the file aside before migrating an existing database;
// - loads this workstation's number into the connection state.
// Error codes: db.no_path, db.not_a_file, db.not_sqlite, db.cannot_open,
// db.empty, db.corrupt, db.schema_mismatch, db.newer_schema, db.foreign_database, db.missing,
// db.not_writable, file.cannot_create_dir, db.migration_failed, backup.failed.
Result<DbConnection> openDatabase(const QString &path, const OpenOptions &options = {});

// The file is damaged (empty where a database was, a zeroed or truncated
// header, unreadable pages, a schema that is not its version's): offer a
// backup. Not for read-only, missing or
// foreign files.
bool isDamage(const Error &error);

// The connection was opened read-only (asked, or the file or folder cannot
// be written); writes are refused with db.read_only. Reason: "file",
// "folder" or "asked".
bool isReadOnly(const QSqlDatabase &db);
QString readOnlyReason(const QSqlDatabase &db);

// A fresh connection name, for a worker thread that opens its own.
QString uniqueConnectionName(const QString &prefix = QStringLiteral("cisiamo"));

} // namespace core
