#include "volunteers/domain/volunteerfigures.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "volunteers/domain/art39.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/persondays.h"

#include <QHash>
#include <QSet>

#include <set>
#include <tuple>

namespace volunteers {

core::Result<BacklogFigures> backlogFigures(const QSqlDatabase &db)
{
    // Every effective day in the table's own order (a sequential read,
    // three times faster than walking the volunteer index on a large file),
    // gathered by volunteer here: assessArt39() sorts each one's days by
    // day and keeps the first of a day recorded twice, in this (id) order,
    // as LimitMonitor's walk does.
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT a.volunteer_id, a.day, e.event_type, a.event_id, a.organisation_id, "
            "EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id), "
            "v.employment <> 'not_working', v.employer_id IS NULL "
            "FROM activation_effective a JOIN activation_event e ON e.id = a.event_id "
            "JOIN volunteer v ON v.id = a.volunteer_id ORDER BY a.id"));
    if (!q)
        return q.error();
    struct Volunteer {
        QList<ActivatedDay> days;
        QSet<QDate> certified;
        // Pending groups as AttestatoRegister makes them: (event,
        // organisation, year * 12 + month) of uncertified days.
        std::set<std::tuple<qint64, qint64, int>> pending;
        bool needsAttestati = false;
        bool noEmployer = false;
    };
    QHash<qint64, Volunteer> volunteers;
    while (q->next()) {
        Volunteer &v = volunteers[q->value(0).toLongLong()];
        if (v.days.isEmpty()) {
            v.needsAttestati = q->value(6).toBool();
            v.noEmployer = q->value(7).toBool();
        }
        ActivatedDay d;
        d.day = core::fromSqlDate(q->value(1).toString());
        eventTypeFromCode(q->value(2).toString(), &d.type);
        v.days.append(d);
        if (q->value(5).toBool())
            v.certified.insert(d.day);
        else if (v.needsAttestati)
            v.pending.emplace(q->value(3).toLongLong(), q->value(4).toLongLong(), d.day.year() * 12 + d.day.month());
    }
    BacklogFigures f;
    for (const Volunteer &v : std::as_const(volunteers)) {
        const LimitAssessment a = assessArt39(v.days);
        for (const QDate &d : a.daysOver())
            if (!v.certified.contains(d)) {
                ++f.volunteersOverLimits;
                break;
            }
        if (!v.pending.empty()) {
            f.attestatiToIssue += int(v.pending.size());
            if (v.noEmployer)
                ++f.volunteersWithoutEmployer;
        }
    }
    return f;
}

core::Result<VolunteerFigures> volunteerFigures(const QSqlDatabase &db, const QDate &today)
{
    VolunteerFigures f;
    PersonDays counter(db);
    const QDate monthStart(today.year(), today.month(), 1);
    auto thisMonth = counter.total(monthStart, today);
    if (!thisMonth)
        return thisMonth.error();
    f.personDaysThisMonth = *thisMonth;
    auto lastMonth = counter.total(monthStart.addMonths(-1), monthStart.addDays(-1));
    if (!lastMonth)
        return lastMonth.error();
    f.personDaysLastMonth = *lastMonth;
    auto active = core::queryValue(db, QStringLiteral("SELECT count(*) FROM volunteer WHERE active = 1"));
    if (!active)
        return active.error();
    f.activeVolunteers = active->toInt();
    auto backlog = backlogFigures(db);
    if (!backlog)
        return backlog.error();
    f.volunteersOverLimits = backlog->volunteersOverLimits;
    f.attestatiToIssue = backlog->attestatiToIssue;
    f.volunteersWithoutEmployer = backlog->volunteersWithoutEmployer;
    auto renewals = OrganisationRepository(db).renewalSummary(today.year());
    if (!renewals)
        return renewals.error();
    f.organisations = renewals->organisations;
    f.organisationsRenewed = renewals->renewed;
    return f;
}

} // namespace volunteers
