#include "room/domain/roomsearch.h"

namespace room {

core::Result<QList<core::SearchMatch>> searchEvents(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT e.id, e.name, strftime('%d/%m/%Y', e.start_date) || ' · ' || e.authorising_act "
                       "FROM activation_event e "
                       "WHERE e.name LIKE ? ESCAPE '\\' OR e.authorising_act LIKE ? ESCAPE '\\' "
                       "ORDER BY e.name LIKE ? ESCAPE '\\' DESC, e.start_date DESC, e.id DESC LIMIT ?"),
        { like, like, core::likeStartsWith(text.simplified()), limit });
}

core::Result<QList<core::SearchMatch>> searchDiary(const QSqlDatabase &db, const QString &text, int limit)
{
    // Newest first: the index on the time is walked backwards until
    // `limit` entries match.
    const QString like = core::likeContains(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT d.id, CASE WHEN length(d.body) > 64 THEN substr(d.body, 1, 63) || '…' ELSE d.body END, "
                       "strftime('%d/%m/%Y %H:%M', d.at / 1000, 'unixepoch', 'localtime') || ' · ' || e.name "
                       "|| CASE WHEN d.counterpart <> '' THEN ' · ' || d.counterpart ELSE '' END "
                       "FROM room_diary d JOIN activation_event e ON e.id = d.event_id "
                       "WHERE d.body LIKE ? ESCAPE '\\' OR d.counterpart LIKE ? ESCAPE '\\' "
                       "ORDER BY d.at DESC, d.id DESC LIMIT ?"),
        { like, like, limit });
}

core::Result<QList<core::SearchMatch>> searchProtocol(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT p.id, p.number || ' · ' || p.subject, "
                       "strftime('%d/%m/%Y', p.dated) || ' · ' || p.counterpart FROM room_protocol p "
                       "WHERE p.number LIKE ? ESCAPE '\\' OR p.counterpart LIKE ? ESCAPE '\\' "
                       "OR p.subject LIKE ? ESCAPE '\\' "
                       "ORDER BY p.number LIKE ? ESCAPE '\\' DESC, p.dated DESC, p.id DESC LIMIT ?"),
        { like, like, like, core::likeStartsWith(text.simplified()), limit });
}

core::Result<QList<core::SearchMatch>> searchPlans(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.simplified());
    return core::searchMatches(db,
        QStringLiteral("SELECT c.id, c.name, p.has_plan || char(9) || coalesce(p.approved_on, '') || char(9) "
                       "|| coalesce(p.revision_due, '') || char(9) || m.zona_omogenea "
                       "FROM room_plan p JOIN comune c ON c.id = p.comune_id "
                       "JOIN comune_cmm m ON m.comune_id = p.comune_id WHERE c.name LIKE ? ESCAPE '\\' "
                       "ORDER BY c.name LIKE ? ESCAPE '\\' DESC, c.name, c.id LIMIT ?"),
        { like, core::likeStartsWith(text.simplified()), limit });
}

} // namespace room
