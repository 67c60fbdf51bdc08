#include "core/db/sql.h"

#include <QSqlError>

namespace core {

Error queryError(const QSqlQuery &query, const QString &sql)
{
    const QSqlError e = query.lastError();
    QString message = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (message.contains(QLatin1String("integer overflow")))
        return Error(QStringLiteral("db.integer_overflow"), { sql.simplified().left(200) });
    return Error(QStringLiteral("db.query"), { message, sql.simplified().left(200) });
}

Status queryFinished(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return queryError(query, query.lastQuery());
    return {};
}

Error overflowError(const QString &what)
{
    return Error(QStringLiteral("db.integer_overflow"), { what });
}

bool addChecked(qint64 &sum, qint64 value)
{
    qint64 result = 0;
    if (__builtin_add_overflow(sum, value, &result))
        return false;
    sum = result;
    return true;
}

void bindValue(QSqlQuery &query, int position, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.bindValue(position, QString(QLatin1String("")));
    else
        query.bindValue(position, value);
}

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query, sql);
    for (int i = 0; i < binds.size(); ++i)
        bindValue(query, i, binds.at(i));
    if (!query.exec())
        return queryError(query, sql);
    return query;
}

Result<QVariant> queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto query = runQuery(db, sql, binds);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

} // namespace core
