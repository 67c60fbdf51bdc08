#pragma once

#include "core/db/sql.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace core {

// Bulk loading for the demo builder's invented years: inside one
// transaction, rows are written with the change_log triggers off, and their
// 'I' entries are added at the end with one INSERT ... SELECT per table,
// the same entries the triggers would have made (the transaction's time,
// workstation and operator from session_context, no changed columns), in
// key order and table by table in the order given (parents first), instead
// of one trigger run per row. Only for writers that insert new rows (keys
// above every key already in their tables) into exactly the tables named,
// and that rely on no trigger that steps aside when logging is off (the
// operator rules, such as the negative stock check). Not for the published
// period: there the log keeps the order the services wrote it in.
// Thread of its connection; finish() before the transaction commits.
class DeferredChangeLog {
public:
    static Result<DeferredChangeLog> begin(const QSqlDatabase &db, const QStringList &tables)
    {
        DeferredChangeLog deferred;
        deferred.m_db = db;
        for (const QString &table : tables) {
            auto last = queryValue(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM \"%1\"").arg(table));
            if (!last)
                return last.error();
            deferred.m_tables.append({ table, last->toLongLong() });
        }
        if (auto off = runQuery(db, QStringLiteral("UPDATE session_context SET log_enabled = 0 WHERE id = 1")); !off)
            return off.error();
        return deferred;
    }

    Status finish()
    {
        if (auto on = runQuery(m_db, QStringLiteral("UPDATE session_context SET log_enabled = 1 WHERE id = 1")); !on)
            return on.error();
        for (const auto &[table, last] : std::as_const(m_tables)) {
            // As the tables' own insert triggers write it.
            auto logged = runQuery(m_db,
                QStringLiteral(
                    "INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator) "
                    "SELECT ?, t.id, 'I', coalesce(s.clock_ms, CAST(round((julianday('now') - 2440587.5) "
                    "* 86400000.0) AS INTEGER)), s.workstation, s.operator "
                    "FROM \"%1\" AS t, session_context AS s WHERE s.id = 1 AND t.id > ? ORDER BY t.id")
                    .arg(table),
                { table, last });
            if (!logged)
                return logged.error();
        }
        m_tables.clear();
        return {};
    }

private:
    QSqlDatabase m_db;
    QList<QPair<QString, qint64>> m_tables;
};

} // namespace core
