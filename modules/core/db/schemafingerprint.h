#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace core {

// One object of a database's schema (sqlite_master), its SQL normalised.
struct SchemaObject {
    QString type; // table, index, trigger, view
    QString name;
    QString table;
    QString sql; // whitespace runs made one space; empty for SQLite's own (autoindexes)
    bool operator==(const SchemaObject &o) const
    {
        return type == o.type && name == o.name && table == o.table && sql == o.sql;
    }
};

// The schema's objects, SQLite's own (sqlite_*: autoindexes, statistics,
// the AUTOINCREMENT counters) aside, sorted by type and name (recreating a
// trigger or an index moves it in sqlite_master, changes nothing). Reads
// sqlite_master alone: bounded by the schema, never by the data. nullopt
// when it cannot be read (`error` says why).
std::optional<QList<SchemaObject>> readSchemaObjects(const QSqlDatabase &db, QString *error = nullptr);

// SHA-256 (hex) of the objects: two databases with the same fingerprint
// have the same tables, columns, constraints, indexes, triggers and views.
// Also compiled into the build tool that records the fingerprint of each
// schema version (schemafingerprinttool.cpp): Qt only, nothing of core_db.
QByteArray schemaFingerprint(const QList<SchemaObject> &objects);

QString normaliseSchemaSql(const QString &sql);

} // namespace core
