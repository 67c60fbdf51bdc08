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

bool hasExcessBetween(const LimitAssessment &a, const QDate &from, const QDate &to)
{
    for (const LimitExcess &e : a.excesses)
        if ((!from.isValid() || e.day >= from) && (!to.isValid() || e.day <= to))
            return true;
    return false;
}

} // namespace

Result<QList<qint64>> LimitMonitor::candidates(const QDate &from, const QDate &to) const
{
    // The effective days of the look-back window only, through the day
    // index (not every volunteer's whole history), grouped by volunteer.
    const QDate start = from.isValid() ? lookBackStart(from) : QDate();
    QString sql = QStringLiteral(
        "SELECT a.volunteer_id, a.day, e.event_type FROM activation a INDEXED BY activation_day "
        "JOIN activation_event e ON e.id = a.event_id "
        "WHERE a.entry_kind = 'entry' AND NOT EXISTS (SELECT 1 FROM activation r WHERE r.reverses_id = a.id) "
        "AND a.day >= ? AND a.day <= ? ORDER BY a.volunteer_id, a.day, a.id");
    auto q = core::runQuery(m_db, sql,
        { start.isValid() ? core::toSqlDate(start) : QStringLiteral("0000-00-00"),
            to.isValid() ? core::toSqlDate(to) : QStringLiteral("9999-99-99") });
    if (!q)
        return q.error();
    QList<qint64> result;
    qint64 current = 0;
    QList<ActivatedDay> days;
    auto flush = [&] {
        if (current != 0 && !days.isEmpty() && hasExcessBetween(assessArt39(days), from, to))
            result.append(current);
    };
    while (q->next()) {
        const qint64 volunteer = q->value(0).toLongLong();
        if (volunteer != current) {
            flush();
            current = volunteer;
            days.clear();
        }
        ActivatedDay d;
        d.day = core::fromSqlDate(q->value(1).toString());
        eventTypeFromCode(q->value(2).toString(), &d.type);
        days.append(d);
    }
    flush();
    return result;
}

Result<QList<VolunteerOverLimit>> LimitMonitor::volunteersOverLimits(const QDate &from, const QDate &to) const
{
    // The window finds who is over a limit in the period; their whole
    // assessment (runs and counts over all their history) then comes from
    // their own days, through the volunteer index.
    auto found = candidates(from, to);
    if (!found)
        return found.error();
    QList<VolunteerOverLimit> result;
    for (qint64 volunteer : *found) {
        auto days = core::runQuery(m_db,
            QStringLiteral("SELECT a.day, e.event_type, EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id) "
                           "FROM activation_effective a JOIN activation_event e ON e.id = a.event_id "
                           "WHERE a.volunteer_id = ? ORDER BY a.day, a.id"),
            { volunteer });
        if (!days)
            return days.error();
        QList<ActivatedDay> list;
        QSet<QDate> certified;
        while (days->next()) {
            ActivatedDay d;
            d.day = core::fromSqlDate(days->value(0).toString());
            eventTypeFromCode(days->value(1).toString(), &d.type);
            list.append(d);
            if (days->value(2).toBool())
                certified.insert(d.day);
        }
        LimitAssessment a = assessArt39(list);
        VolunteerOverLimit v;
        v.volunteerId = volunteer;
        for (const LimitExcess &e : a.excesses)
            if ((!from.isValid() || e.day >= from) && (!to.isValid() || e.day <= to))
                v.excessesInPeriod.append(e);
        if (v.excessesInPeriod.isEmpty())
            continue;
        for (const QDate &d : a.daysOverBetween(from, to))
            if (!certified.contains(d))
                ++v.uncertifiedDaysOver;
        v.assessment = std::move(a);
        result.append(v);
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
