#include "core/auth/auditqueries.h"

#include "core/auth/access.h"
#include "core/db/sql.h"

#include <QDateTime>

namespace core {

namespace {
qint64 startOfDay(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
}

Result<QStringList> names(const QSqlDatabase &db, const QString &sql)
{
    auto q = runQuery(db, sql);
    if (!q)
        return q.error();
    QStringList list;
    while (q->next())
        if (!q->value(0).toString().isEmpty())
            list.append(q->value(0).toString());
    return list;
}
} // namespace

QString AuditQueries::changesSource()
{
    return QStringLiteral("change_log c LEFT JOIN operator_account a ON a.username = c.operator");
}

QString AuditQueries::eventsSource()
{
    return QStringLiteral("audit_event e");
}

AuditQueries::Where AuditQueries::changesWhere(const Filter &filter)
{
    Where w { QStringLiteral("c.changed_at >= ? AND c.changed_at < ?"),
        { startOfDay(filter.from), startOfDay(filter.to.addDays(1)) } };
    if (!filter.username.isEmpty()) {
        w.clause += QStringLiteral(" AND c.operator = ?");
        w.binds << filter.username;
    }
    if (!filter.table.isEmpty()) {
        w.clause += QStringLiteral(" AND c.table_name = ?");
        w.binds << filter.table;
    }
    return w;
}

AuditQueries::Where AuditQueries::eventsWhere(const Filter &filter)
{
    Where w { QStringLiteral("e.occurred_at >= ? AND e.occurred_at < ?"),
        { startOfDay(filter.from), startOfDay(filter.to.addDays(1)) } };
    if (!filter.username.isEmpty()) {
        w.clause += QStringLiteral(" AND e.username = ?");
        w.binds << filter.username;
    }
    if (!filter.kind.isEmpty()) {
        w.clause += QStringLiteral(" AND e.kind = ?");
        w.binds << filter.kind;
    }
    return w;
}

Result<QStringList> AuditQueries::operators(const QSqlDatabase &db, const Clock &clock)
{
    if (auto s = Access::require(db, Permission::AuditView, clock); !s)
        return s.error();
    return names(db,
        QStringLiteral("WITH RECURSIVE ops(name) AS (SELECT min(operator) FROM change_log UNION ALL "
                       "SELECT (SELECT min(operator) FROM change_log WHERE operator > name) FROM ops "
                       "WHERE name IS NOT NULL) SELECT name FROM ops WHERE name IS NOT NULL"));
}

Result<QStringList> AuditQueries::loggedTables(const QSqlDatabase &db)
{
    return names(db,
        QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN "
            "('change_log', 'session_context', 'id_allocator', 'local_config') ORDER BY name"));
}

} // namespace core
