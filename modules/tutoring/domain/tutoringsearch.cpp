#include "tutoring/domain/tutoringsearch.h"

namespace tutoring {

core::Result<QList<core::SearchMatch>> searchPupils(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    const QString start = core::likeStartsWith(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT p.id, p.family_name || ' ' || p.given_name, p.code || ' · ' || c.name "
                       "FROM tutoring_pupil p JOIN comune c ON c.id = p.comune_id "
                       "WHERE (p.family_name || ' ' || p.given_name) LIKE ? ESCAPE '\\' "
                       "OR (p.given_name || ' ' || p.family_name) LIKE ? ESCAPE '\\' OR p.code LIKE ? ESCAPE '\\' "
                       "ORDER BY (p.family_name || ' ' || p.given_name) LIKE ? ESCAPE '\\' DESC, p.family_name, p.given_name, p.id LIMIT ?"),
        { like, like, like, start, limit });
}

} // namespace tutoring
