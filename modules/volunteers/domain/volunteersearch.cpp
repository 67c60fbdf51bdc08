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

core::Result<QList<core::SearchMatch>> searchTrainingEditions(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT e.id, c.title || ' · ' || e.code, "
                       "strftime('%d/%m/%Y', e.start_date) || ' – ' || strftime('%d/%m/%Y', e.end_date) "
                       "|| CASE WHEN e.place <> '' THEN ' · ' || e.place ELSE '' END "
                       "FROM training_edition e JOIN training_course c ON c.id = e.course_id "
                       "WHERE e.code LIKE ? ESCAPE '\\' OR c.code LIKE ? ESCAPE '\\' OR c.title LIKE ? ESCAPE '\\' "
                       "ORDER BY e.start_date DESC, e.id DESC LIMIT ?"),
        { like, like, like, limit });
}

} // namespace volunteers
