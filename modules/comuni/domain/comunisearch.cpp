#include "comuni/domain/comunisearch.h"

namespace comuni {

core::Result<QList<core::SearchMatch>> searchComuni(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    const QString start = core::likeStartsWith(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT c.id, c.name, c.istat_code || CASE WHEN m.zona_omogenea <> '' "
                       "THEN ' · ' || m.zona_omogenea ELSE '' END "
                       "FROM comune_cmm m JOIN comune c ON c.id = m.comune_id "
                       "WHERE c.name LIKE ? ESCAPE '\\' OR c.istat_code LIKE ? ESCAPE '\\' "
                       "ORDER BY c.name LIKE ? ESCAPE '\\' DESC, c.name LIMIT ?"),
        { like, like, start, limit });
}

} // namespace comuni
