#include "core/db/dbchecks.h"

#include "core/db/sql.h"

#include <QFileInfo>

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
    // These pragmas read the header (page 1) and nothing else.
    qint64 figures[3] = {};
    const QString pragmas[3] = { QStringLiteral("PRAGMA page_size"), QStringLiteral("PRAGMA page_count"),
                                 QStringLiteral("PRAGMA freelist_count") };
    for (int i = 0; i < 3; ++i) {
        auto v = queryValue(db, pragmas[i]);
        if (!v)
            return v.error();
        figures[i] = v->toLongLong();
    }
    const auto [pageSize, pageCount, freePages] = figures;
    QStringList problems;
    if (pageCount < 1 || freePages < 0 || freePages >= pageCount)
        problems.append(QStringLiteral("header: %1 pages, %2 of them free").arg(pageCount).arg(freePages));
    // With nothing in the WAL, every page is in the main file; otherwise
    // the newest pages may still be only in the WAL. stat() only: the
    // files are never opened outside SQLite.
    const QString path = db.databaseName();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const qint64 size = QFileInfo(path).size();
    if ((!wal.exists() || wal.size() == 0) && size < pageCount * pageSize)
        problems.append(QStringLiteral("file: %1 bytes, the header says %2 pages of %3 bytes")
                            .arg(size)
                            .arg(pageCount)
                            .arg(pageSize));
    return problems;
}

} // namespace core
