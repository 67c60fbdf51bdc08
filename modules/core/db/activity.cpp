#include "core/db/activity.h"

#include "core/db/sql.h"

namespace core {

Result<ActivitySummary> activitySummary(const QSqlDatabase &db, const QDate &day)
{
    const qint64 start = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 end = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    ActivitySummary summary;
    auto today = runQuery(db, QStringLiteral("SELECT count(*), count(DISTINCT operator) FROM change_log "
                                             "WHERE changed_at >= ? AND changed_at < ?"), { start, end });
    if (!today)
        return today.error();
    if (today->next()) {
        summary.changesToday = today->value(0).toLongLong();
        summary.operatorsToday = today->value(1).toInt();
    }
    auto last = runQuery(db, QStringLiteral("SELECT changed_at, operator FROM change_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    if (last->next()) {
        summary.lastChangeAt = QDateTime::fromMSecsSinceEpoch(last->value(0).toLongLong());
        summary.lastChangeBy = last->value(1).toString();
    }
    return summary;
}

} // namespace core
