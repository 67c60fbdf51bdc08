#include "core/sync/statementcache.h"

#include "core/db/sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace core::sync {

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
{
}

StatementCache::~StatementCache()
{
    for (const auto &q : std::as_const(m_queries))
        q->finish();
}

QSqlQuery *StatementCache::prepared(const QString &sql, Error *error)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return it.value().get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = queryError(*query, sql);
        return nullptr;
    }
    m_queries.insert(sql, query);
    return query.get();
}

Result<std::optional<QVariantList>> StatementCache::firstRow(const QString &sql, const QVariantList &binds)
{
    Error error;
    QSqlQuery *q = prepared(sql, &error);
    if (!q)
        return error;
    for (int i = 0; i < binds.size(); ++i)
        bindValue(*q, i, binds.at(i));
    if (!q->exec())
        return queryError(*q, sql);
    std::optional<QVariantList> row;
    if (q->next()) {
        QVariantList values;
        const int columns = q->record().count();
        values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            values.append(q->value(i));
        row = values;
    }
    q->finish();
    return row;
}

Result<QVariant> StatementCache::value(const QString &sql, const QVariantList &binds)
{
    auto row = firstRow(sql, binds);
    if (!row)
        return row.error();
    return *row ? (*row)->value(0) : QVariant();
}

bool StatementCache::exec(const QString &sql, const QVariantList &binds, QSqlError *error)
{
    Error prepareError;
    QSqlQuery *q = prepared(sql, &prepareError);
    if (!q) {
        *error = QSqlError(prepareError.args.value(0), QString(), QSqlError::StatementError);
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        bindValue(*q, i, binds.at(i));
    const bool ok = q->exec();
    if (!ok)
        *error = q->lastError();
    q->finish();
    return ok;
}

} // namespace core::sync
