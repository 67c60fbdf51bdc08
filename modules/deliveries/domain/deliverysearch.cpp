#include "deliveries/domain/deliverysearch.h"

namespace deliveries {

core::Result<QList<core::SearchMatch>> searchDeliveryNotes(const QSqlDatabase &db, const QString &text, int limit)
{
    return core::searchMatches(db,
        QStringLiteral("SELECT d.id, d.number, r.name || ' · ' || strftime('%d/%m/%Y', d.delivery_date) "
                       "FROM delivery d JOIN delivery_recipient r ON r.id = d.recipient_id "
                       "WHERE d.number LIKE ? ESCAPE '\\' ORDER BY d.delivery_date DESC, d.number DESC LIMIT ?"),
        { core::likeContains(text.trimmed()), limit });
}

core::Result<QList<core::SearchMatch>> searchRequests(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString like = core::likeContains(text.trimmed());
    return core::searchMatches(db,
        QStringLiteral("SELECT q.id, q.number, r.name || ' · ' || strftime('%d/%m/%Y', q.requested_on) "
                       "FROM delivery_request q JOIN delivery_recipient r ON r.id = q.recipient_id "
                       "WHERE q.number LIKE ? ESCAPE '\\' OR (q.external_ref <> '' AND q.external_ref LIKE ? ESCAPE '\\') "
                       "ORDER BY q.requested_on DESC, q.number DESC LIMIT ?"),
        { like, like, limit });
}

} // namespace deliveries
