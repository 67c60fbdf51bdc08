#include "volunteers/domain/limitmonitor.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace volunteers {

using core::Result;

Result<LimitAssessment> LimitMonitor::assess(qint64 volunteerId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT a.day, e.event_type FROM activation_effective a JOIN activation_event e ON e.id = a.event_id "
            "WHERE a.volunteer_id = ? ORDER BY a.day, a.id"),
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

namespace {

// How far before `from` the rules can look: a day's count in its calendar
// year starts on 1 January, and a run longer than the longest consecutive
// limit exceeds whatever its type, so a run cut at the look-back start
// (then at least that long by `from`) is flagged as the whole run would
// be. Days after `to` change nothing before them.
QDate lookBackStart(const QDate &from)
{
    int longestRun = 0;
    for (const Art39Rule &r : art39Rules())
        longestRun = std::max(longestRun, r.maxConsecutiveDays);
    return std::min(QDate(from.year(), 1, 1), from.addDays(-longestRun));
}

bool inPeriod(const QDate &day, const QDate &from, const QDate &to)
{
    return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

bool hasExcessBetween(const LimitAssessment &a, const QDate &from, const QDate &to)
{
    for (const LimitExcess &e : a.excesses)
        if (inPeriod(e.day, from, to))
            return true;
    return false;
}

// A volunteer's whole history as the rules see it: false when no day of
// the period is over a limit.
bool assessVolunteer(qint64 volunteer, const QList<ActivatedDay> &days, const QSet<QDate> &certified,
    const QDate &from, const QDate &to, VolunteerOverLimit *v)
{
    LimitAssessment a = assessArt39(days);
    v->volunteerId = volunteer;
    for (const LimitExcess &e : a.excesses)
        if (inPeriod(e.day, from, to))
            v->excessesInPeriod.append(e);
    if (v->excessesInPeriod.isEmpty())
        return false;
    for (const QDate &d : a.daysOverBetween(from, to))
        if (!certified.contains(d))
            ++v->uncertifiedDaysOver;
    v->assessment = std::move(a);
    return true;
}

// Effective days with their type and whether an attestato covers them, in
// (volunteer, day, id) order: the order that decides which of two entries
// of the same day counts (the first).
const char *effectiveDays = "SELECT a.volunteer_id, a.day, e.event_type, "
                            "EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id) "
                            "FROM activation_effective a JOIN activation_event e ON e.id = a.event_id ";

// Streams rows of effectiveDays grouped by volunteer into `add`.
core::Status byVolunteer(QSqlQuery &q, const std::function<void(qint64, const QList<ActivatedDay> &,
                                                            const QSet<QDate> &)> &add)
{
    qint64 current = 0;
    QList<ActivatedDay> days;
    QSet<QDate> certified;
    while (q.next()) {
        const qint64 volunteer = q.value(0).toLongLong();
        if (volunteer != current) {
            if (current != 0)
                add(current, days, certified);
            current = volunteer;
            days.clear();
            certified.clear();
        }
        ActivatedDay d;
        d.day = core::fromSqlDate(q.value(1).toString());
        eventTypeFromCode(q.value(2).toString(), &d.type);
        days.append(d);
        if (q.value(3).toBool())
            certified.insert(d.day);
    }
    if (current != 0)
        add(current, days, certified);
    return core::queryFinished(q);
}

} // namespace

Result<QList<qint64>> LimitMonitor::candidates(const QDate &from, const QDate &to) const
{
    // The effective days of the look-back window only, through the day
    // index (not every volunteer's whole history).
    auto q = core::runQuery(m_db,
        QLatin1String(effectiveDays)
            + QStringLiteral("WHERE a.day >= ? AND a.day <= ? ORDER BY a.volunteer_id, a.day, a.id"),
        { core::toSqlDate(lookBackStart(from)), to.isValid() ? core::toSqlDate(to) : QStringLiteral("9999-99-99") });
    if (!q)
        return q.error();
    QList<qint64> result;
    auto s = byVolunteer(*q, [&](qint64 volunteer, const QList<ActivatedDay> &days, const QSet<QDate> &) {
        if (hasExcessBetween(assessArt39(days), from, to))
            result.append(volunteer);
    });
    if (!s)
        return s.error();
    return result;
}

Result<QList<VolunteerOverLimit>> LimitMonitor::volunteersOverLimits(const QDate &from, const QDate &to) const
{
    QList<VolunteerOverLimit> result;
    auto add = [&](qint64 volunteer, const QList<ActivatedDay> &days, const QSet<QDate> &certified) {
        VolunteerOverLimit v;
        if (assessVolunteer(volunteer, days, certified, from, to, &v))
            result.append(v);
    };
    if (!from.isValid()) {
        // No start: every volunteer's whole history, in one pass.
        auto q = core::runQuery(m_db, QLatin1String(effectiveDays) + QStringLiteral("ORDER BY a.volunteer_id, a.day, a.id"));
        if (!q)
            return q.error();
        if (auto s = byVolunteer(*q, add); !s)
            return s.error();
    } else {
        // The window finds who is over a limit in the period; their whole
        // assessment (runs and counts over all their history) then comes
        // from their own days, through the volunteer index.
        auto found = candidates(from, to);
        if (!found)
            return found.error();
        for (qint64 volunteer : *found) {
            auto q = core::runQuery(m_db,
                QLatin1String(effectiveDays) + QStringLiteral("WHERE a.volunteer_id = ? ORDER BY a.day, a.id"),
                { volunteer });
            if (!q)
                return q.error();
            if (auto s = byVolunteer(*q, add); !s)
                return s.error();
        }
    }

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
