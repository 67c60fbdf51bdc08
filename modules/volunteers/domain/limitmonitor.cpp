#include "volunteers/domain/limitmonitor.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace volunteers {

using core::Result;

Result<LimitAssessment> LimitMonitor::assess(qint64 volunteerId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT a.day, e.event_type FROM activation_effective a JOIN activation_event e ON e.id = a.event_id "
            "WHERE a.volunteer_id = ? ORDER BY a.day"),
        { volunteerId });
    if (!q)
        return q.error();
    QList<ActivatedDay> days;
    while (q->next()) {
        ActivatedDay d;
        d.day = core::fromSqlDate(q->value(0).toString());
        eventTypeFromCode(q->value(1).toString(), &d.type);
        days.append(d);
    }
    return assessArt39(days);
}

Result<QList<VolunteerOverLimit>> LimitMonitor::volunteersOverLimits(const QDate &from, const QDate &to) const
{
    // One pass over every effective day, grouped by volunteer: the rules
    // need each volunteer's whole history (runs and years), not the period.
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT a.volunteer_id, a.day, e.event_type, "
            "EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id) "
            "FROM activation_effective a JOIN activation_event e ON e.id = a.event_id ORDER BY a.volunteer_id, a.day"));
    if (!q)
        return q.error();
    QList<VolunteerOverLimit> result;
    qint64 current = 0;
    QList<ActivatedDay> days;
    QSet<QDate> certified;
    auto flush = [&] {
        if (current == 0 || days.isEmpty())
            return;
        LimitAssessment a = assessArt39(days);
        if (!a.isOverLimit())
            return;
        VolunteerOverLimit v;
        v.volunteerId = current;
        for (const LimitExcess &e : a.excesses)
            if ((!from.isValid() || e.day >= from) && (!to.isValid() || e.day <= to))
                v.excessesInPeriod.append(e);
        if (v.excessesInPeriod.isEmpty())
            return;
        for (const QDate &d : a.daysOverBetween(from, to))
            if (!certified.contains(d))
                ++v.uncertifiedDaysOver;
        v.assessment = std::move(a);
        result.append(v);
    };
    while (q->next()) {
        const qint64 volunteer = q->value(0).toLongLong();
        if (volunteer != current) {
            flush();
            current = volunteer;
            days.clear();
            certified.clear();
        }
        ActivatedDay d;
        d.day = core::fromSqlDate(q->value(1).toString());
        eventTypeFromCode(q->value(2).toString(), &d.type);
        days.append(d);
        if (q->value(3).toBool())
            certified.insert(d.day);
    }
    flush();

    QSqlQuery names(m_db);
    names.prepare(QStringLiteral("SELECT v.last_name || ' ' || v.first_name, v.tax_code, o.name FROM volunteer v "
                                 "JOIN organisation o ON o.id = v.organisation_id WHERE v.id = ?"));
    for (VolunteerOverLimit &v : result) {
        names.bindValue(0, v.volunteerId);
        if (names.exec() && names.next()) {
            v.name = names.value(0).toString();
            v.taxCode = names.value(1).toString();
            v.organisation = names.value(2).toString();
        }
    }
    std::sort(result.begin(), result.end(), [](const VolunteerOverLimit &a, const VolunteerOverLimit &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

Result<int> LimitMonitor::countOverLimits(const QDate &from, const QDate &to) const
{
    auto list = volunteersOverLimits(from, to);
    if (!list)
        return list.error();
    return int(list->size());
}

} // namespace volunteers
