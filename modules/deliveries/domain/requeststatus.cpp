#include "deliveries/domain/requeststatus.h"

#include "core/db/sql.h"

namespace deliveries {

using core::Error;
using core::Status;

Status RequestStatusWriter::write(qint64 requestId, const QString &status, const QString &reason) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("UPDATE delivery_request SET status = ?, cancel_reason = ? WHERE id = ?"),
        { status, reason, requestId });
    if (!q)
        return q.error();
    return {};
}

Status RequestStatusWriter::allocate(qint64 requestId) const
{
    return write(requestId, QStringLiteral("allocated"), QString());
}

Status RequestStatusWriter::cancel(qint64 requestId, const QString &reason) const
{
    if (reason.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_reason"));
    return write(requestId, QStringLiteral("cancelled"), reason.trimmed());
}

Status RequestStatusWriter::reopen(qint64 requestId, RequestStatus status) const
{
    if (auto s = write(requestId, requestStatusCode(status), QString()); !s)
        return s;
    return status == RequestStatus::Received ? Status() : followDeliveries(requestId);
}

Status RequestStatusWriter::followDeliveries(qint64 requestId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT r.status, (SELECT count(*) FROM delivery WHERE request_id = r.id AND status IN "
                       "('planned', 'loaded')), "
                       "(SELECT count(*) FROM delivery WHERE request_id = r.id AND status = 'delivered') FROM "
                       "delivery_request r WHERE r.id = ?"),
        { requestId });
    if (!q)
        return q.error();
    if (!q->next())
        return {};
    const QString current = q->value(0).toString();
    if (current == QLatin1String("received") || current == QLatin1String("cancelled"))
        return {};
    const int open = q->value(1).toInt(), delivered = q->value(2).toInt();
    const QString next = open > 0 ? QStringLiteral("scheduled")
        : delivered > 0           ? QStringLiteral("delivered")
                                  : QStringLiteral("allocated");
    if (next == current)
        return {};
    return write(requestId, next, QString());
}

} // namespace deliveries
