#include "tutoring/domain/servicerepository.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"

namespace tutoring {

using core::Error;
using core::Result;

Result<QList<Subject>> ServiceRepository::subjects() const
{
    auto q = core::runQuery(
        m_db, QStringLiteral("SELECT id, code, name, school_order FROM tutoring_subject ORDER BY sort_order, id"));
    if (!q)
        return q.error();
    QList<Subject> list;
    while (q->next())
        list.append({ q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(),
            schoolOrderFromSql(q->value(3).toString()) });
    return list;
}

Result<QList<School>> ServiceRepository::schools() const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT s.id, s.name, c.name FROM school s JOIN comune c ON c.id = s.comune_id "
                       "ORDER BY s.sort_order, s.id"));
    if (!q)
        return q.error();
    QList<School> list;
    while (q->next())
        list.append({ q->value(0).toInt(), q->value(1).toString(), q->value(2).toString() });
    return list;
}

Result<QList<ServicePeriod>> ServiceRepository::periods() const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, name, first_day, last_day, weekdays, slot_hours FROM tutoring_period "
                       "ORDER BY first_day"));
    if (!q)
        return q.error();
    QList<ServicePeriod> list;
    while (q->next()) {
        ServicePeriod p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.firstDay = core::fromSqlDate(q->value(2).toString());
        p.lastDay = core::fromSqlDate(q->value(3).toString());
        p.weekdays = ServicePeriod::parseWeekdays(q->value(4).toString());
        p.slotHours = ServicePeriod::parseSlotHours(q->value(5).toString());
        list.append(p);
    }
    return list;
}

Result<ServicePeriod> ServiceRepository::periodAround(const QDate &day) const
{
    auto list = periods();
    if (!list)
        return list.error();
    for (const ServicePeriod &p : *list)
        if (p.contains(day))
            return p;
    for (const ServicePeriod &p : *list)
        if (p.firstDay > day)
            return p;
    return list->isEmpty() ? ServicePeriod {} : list->last();
}

Result<qint64> ServiceRepository::savePeriod(const ServicePeriod &p)
{
    if (auto s = p.validate(); !s)
        return s.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto overlap = core::queryValue(m_db,
        QStringLiteral("SELECT name FROM tutoring_period WHERE id <> ? AND first_day <= ? "
                       "AND last_day >= ? LIMIT 1"),
        { p.id, core::toSqlDate(p.lastDay), core::toSqlDate(p.firstDay) });
    if (!overlap)
        return overlap.error();
    if (overlap->isValid())
        return Error(QStringLiteral("tutoring.period_overlap"), { overlap->toString() });

    if (p.id != 0) {
        // Lessons in force booked under the old settings must still fit.
        auto old = core::queryValue(
            m_db, QStringLiteral("SELECT first_day || '|' || last_day FROM tutoring_period WHERE id = ?"), { p.id });
        if (!old)
            return old.error();
        const QStringList range = old->toString().split(QLatin1Char('|'));
        auto q = core::runQuery(m_db,
            QStringLiteral("SELECT day, start_hour FROM tutoring_lesson WHERE day BETWEEN ? AND ? "
                           "AND state <> 'cancelled'"),
            { range.value(0), range.value(1) });
        if (!q)
            return q.error();
        int outside = 0;
        while (q->next()) {
            const QDate day = core::fromSqlDate(q->value(0).toString());
            if (!p.isServiceDay(day) || !p.isSlotHour(q->value(1).toInt()))
                ++outside;
        }
        if (outside > 0)
            return Error(QStringLiteral("tutoring.period_has_lessons"), { QString::number(outside) });
    }

    qint64 id = p.id;
    if (id == 0) {
        auto allocated = core::allocateRowId(m_db);
        if (!allocated)
            return allocated.error();
        id = *allocated;
    }
    const QVariantList values { p.name.trimmed(), core::toSqlDate(p.firstDay), core::toSqlDate(p.lastDay),
        p.weekdaysText(), p.slotHoursText(), id };
    const QString sql = p.id == 0 ? QStringLiteral("INSERT INTO tutoring_period(name, first_day, last_day, weekdays, "
                                                   "slot_hours, id) VALUES (?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral("UPDATE tutoring_period SET name = ?, first_day = ?, last_day = ?, "
                                                   "weekdays = ?, slot_hours = ? WHERE id = ?");
    if (auto q = core::runQuery(m_db, sql, values); !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace tutoring
