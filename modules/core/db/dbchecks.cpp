#include "core/db/dbchecks.h"

#include "core/db/sql.h"

namespace core {

Result<DatabaseCheck> checkDatabase(const QSqlDatabase &db, bool quick)
{
    DatabaseCheck check;
    auto integrity = runQuery(db, quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            check.integrityProblems.append(line);
    }
    auto fk = runQuery(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    while (fk->next())
        check.foreignKeyProblems.append(QStringLiteral("%1 %2 -> %3")
                                            .arg(fk->value(0).toString(), fk->value(1).toString(),
                                                 fk->value(2).toString()));
    return check;
}

} // namespace core
