#pragma once

#include "core/domain/result.h"
#include "core/sync/tableregistry.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace core::sync {

// One synchronised table as this database defines it.
struct SyncTable {
    QString name;
    QString key; // the column the change log records (NEW.<key> in its triggers)
    QStringList columns; // every column, in table order
    QStringList parents; // tables its foreign keys point to (itself excluded)
    TableKind kind = TableKind::Mutable;
    int rank = 0; // position in foreign-key order: parents first
};

// The tables the sync engine exchanges, read from the database itself
// (sqlite_master, PRAGMA table_info / foreign_key_list), so that it needs
// no knowledge of the modules: a table is synchronised when it has the
// change-log insert trigger made by scripts/gen_triggers.py, is not
// bookkeeping and is not declared LocalOnly. Cheap to build; built per
// export or import run on the connection of the thread that runs it.
class SyncSchema {
public:
    static Result<SyncSchema> read(const QSqlDatabase &db);

    bool contains(const QString &table) const { return m_tables.contains(table); }
    const SyncTable *table(const QString &name) const;
    // Table names, parents before children (cycles broken by name).
    const QStringList &order() const { return m_order; }

private:
    QHash<QString, SyncTable> m_tables;
    QStringList m_order;
};

// Double-quotes an identifier for SQL. Identifiers come from the database's
// own schema, never from user text or from a sync file: a sync file's table
// and column names are only used after matching them against the schema.
QString quoteIdentifier(const QString &name);

} // namespace core::sync
