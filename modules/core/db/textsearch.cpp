#include "core/db/textsearch.h"

#include "core/db/sql.h"

namespace core {

namespace {
QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}
} // namespace

QString likeContains(const QString &text)
{
    return QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
}

QString likeStartsWith(const QString &text)
{
    return likeEscaped(text) + QLatin1Char('%');
}

Result<QList<SearchMatch>> searchMatches(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto query = runQuery(db, sql, binds);
    if (!query)
        return query.error();
    QList<SearchMatch> matches;
    while (query->next())
        matches.append({ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString() });
    if (auto s = queryFinished(*query); !s)
        return s.error();
    return matches;
}

} // namespace core
