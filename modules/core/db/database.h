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
    DbConnection(DbConnection &&other) noexcept : m_name(std::exchange(other.m_name, QString())) { }
    DbConnection &operator=(DbConnection &&other) noexcept;
    DbConnection(const DbConnection &) = delete;
    DbConnection &operator=(const DbConnection &) = delete;
    ~DbConnection() { close(); }

    bool isValid() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString path() const { return db().databaseName(); }
    void close();

private:
    QString m_name;
};

struct OpenOptions {
    bool create = true;        // create the file when it does not exist
    bool migrate = true;       // bring the schema to the latest version
    bool readOnly = false;     // for inspection (check): nothing is written
    int workstationForNew = 1; // workstation number of a new database
};

// Opens (and by default creates and migrates) the database at `path`:
// - refuses, leaving the file untouched, a file that is not SQLite, is
//   damaged, belongs to another program, or has a newer schema version;
// - sets foreign_keys=ON, journal_mode=WAL, synchronous=FULL, busy_timeout;
// - copies the file aside before migrating an existing database;
// - loads this workstation's number into the connection state.
// Error codes: db.no_path, db.not_a_file, db.not_sqlite, db.cannot_open,
// db.corrupt, db.newer_schema, db.foreign_database, db.missing,
// db.not_writable, file.cannot_create_dir, db.migration_failed, backup.failed.
Result<DbConnection> openDatabase(const QString &path, const OpenOptions &options = {});

// A fresh connection name, for a worker thread that opens its own.
QString uniqueConnectionName(const QString &prefix = QStringLiteral("cisiamo"));

} // namespace core
