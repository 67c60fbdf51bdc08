#include "core/db/deferredindexes.h"

#include "core/db/sql.h"

namespace core {

Result<DeferredIndexes> DeferredIndexes::drop(const QSqlDatabase &db, const QStringList &tables)
{
    DeferredIndexes deferred;
    deferred.m_db = db;
    QStringList names;
    for (const QString &table : tables) {
        // sql IS NULL: the automatic index of a UNIQUE or PRIMARY KEY.
        auto q = runQuery(db,
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                           "AND sql NOT LIKE 'CREATE UNIQUE%' AND sql NOT LIKE '% WHERE %' ORDER BY rowid"),
            { table });
        if (!q)
            return q.error();
        while (q->next()) {
            names.append(q->value(0).toString());
            deferred.m_create.append(q->value(1).toString());
        }
    }
    for (const QString &name : names)
        if (auto q = runQuery(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !q)
            return q.error();
    return deferred;
}

Status DeferredIndexes::restore()
{
    for (const QString &create : std::as_const(m_create))
        if (auto q = runQuery(m_db, create); !q)
            return q.error();
    m_create.clear();
    return {};
}

} // namespace core
