#include "volunteers/domain/comunelist.h"

#include "core/db/sql.h"

namespace volunteers {

core::Result<QList<ComuneLabel>> comuneLabels(const QSqlDatabase &db)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT c.id, c.name || ' (' || c.province || ')' FROM comune c LEFT JOIN comune_cmm m ON "
                       "m.comune_id = c.id "
                       "ORDER BY m.comune_id IS NULL, c.name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<ComuneLabel> list;
    while (q->next())
        list.append({ q->value(0).toInt(), q->value(1).toString() });
    return list;
}

} // namespace volunteers
