#include "volunteers/domain/volunteersearch.h"

namespace volunteers {

core::Result<QList<core::SearchMatch>> searchVolunteers(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    const QString start = core::likeStartsWith(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT v.id, v.last_name || ' ' || v.first_name, v.tax_code || ' · ' || o.name "
                       "FROM volunteer v JOIN organisation o ON o.id = v.organisation_id "
                       "WHERE (v.last_name || ' ' || v.first_name) LIKE ? ESCAPE '\\' "
                       "OR (v.first_name || ' ' || v.last_name) LIKE ? ESCAPE '\\' OR v.tax_code LIKE ? ESCAPE '\\' "
                       "ORDER BY (v.last_name || ' ' || v.first_name) LIKE ? ESCAPE '\\' DESC, v.last_name, v.first_name, v.id LIMIT ?"),
        { like, like, like, start, limit });
}

} // namespace volunteers
