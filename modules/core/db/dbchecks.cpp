#include "core/db/dbchecks.h"

#include "core/db/sql.h"

namespace core {

Result<QStringList> integrityProblems(const QSqlDatabase &db, bool quick)
{
    auto integrity = runQuery(db, quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    QStringList problems;
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

Result<DatabaseCheck> checkDatabase(const QSqlDatabase &db, bool quick)
{
    DatabaseCheck check;
    auto integrity = integrityProblems(db, quick);
    if (!integrity)
        return integrity.error();
    check.integrityProblems = *integrity;
    auto fk = runQuery(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    while (fk->next())
        check.foreignKeyProblems.append(QStringLiteral("%1 %2 -> %3")
                                            .arg(fk->value(0).toString(), fk->value(1).toString(),
                                                 fk->value(2).toString()));
    return check;
}

Result<QStringList> startCheck(const QSqlDatabase &db)
{
    // These pragmas read the header (page 1) and nothing else. A main file
    // shorter than the header's page count is already refused by SQLite at
    // the first read (openDatabase: db.corrupt).
    auto pageCount = queryValue(db, QStringLiteral("PRAGMA page_count"));
    if (!pageCount)
        return pageCount.error();
    auto freePages = queryValue(db, QStringLiteral("PRAGMA freelist_count"));
    if (!freePages)
        return freePages.error();
    QStringList problems;
    if (freePages->toLongLong() < 0 || freePages->toLongLong() >= pageCount->toLongLong())
        problems.append(QStringLiteral("header: %1 pages, %2 of them free")
                            .arg(pageCount->toLongLong())
                            .arg(freePages->toLongLong()));
    return problems;
}

} // namespace core
