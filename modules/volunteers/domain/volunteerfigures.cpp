#include "volunteers/domain/volunteerfigures.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "volunteers/domain/art39.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/persondays.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <set>
#include <tuple>

namespace volunteers {

namespace {

// One volunteer's effective days, as the figures need them.
struct VolunteerDays {
    QList<ActivatedDay> days;
    QSet<QDate> certified;
    // Pending groups as AttestatoRegister makes them: (event, organisation,
    // year * 12 + month) of uncertified days.
    std::set<std::tuple<qint64, qint64, int>> pending;
    bool needsAttestati = false;
    bool noEmployer = false;
};

// One volunteer's part of the figures: a row of volunteer_backlog.
struct VolunteerBacklog {
    bool overUncertified = false;
    int pendingGroups = 0;
    bool noEmployer = false; // with attestati to issue and no employer on record
    bool isEmpty() const { return !overUncertified && pendingGroups == 0; }
};

// Past this many volunteers marked stale, one pass over every day costs
// less than reading each one's days through the volunteer index.
constexpr int manyStale = 200;

QString daysQuery(const QString &where)
{
    return QStringLiteral(
               "SELECT a.volunteer_id, a.day, e.event_type, a.event_id, a.organisation_id, "
               "EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id), "
               "v.employment <> 'not_working', v.employer_id IS NULL "
               "FROM activation_effective a JOIN activation_event e ON e.id = a.event_id "
               "JOIN volunteer v ON v.id = a.volunteer_id %1 ORDER BY a.id")
        .arg(where);
}

// Gathers the rows by volunteer: assessArt39() sorts each one's days by day
// and keeps the first of a day recorded twice, in this (id) order, as
// LimitMonitor's walk does.
core::Status gatherDays(QSqlQuery &q, QHash<qint64, VolunteerDays> &volunteers)
{
    while (q.next()) {
        VolunteerDays &v = volunteers[q.value(0).toLongLong()];
        if (v.days.isEmpty()) {
            v.needsAttestati = q.value(6).toBool();
            v.noEmployer = q.value(7).toBool();
        }
        ActivatedDay d;
        d.day = core::fromSqlDate(q.value(1).toString());
        eventTypeFromCode(q.value(2).toString(), &d.type);
        v.days.append(d);
        if (q.value(5).toBool())
            v.certified.insert(d.day);
        else if (v.needsAttestati)
            v.pending.emplace(q.value(3).toLongLong(), q.value(4).toLongLong(), d.day.year() * 12 + d.day.month());
    }
    return core::queryFinished(q);
}

VolunteerBacklog assessDays(const VolunteerDays &v)
{
    VolunteerBacklog b;
    const LimitAssessment a = assessArt39(v.days);
    for (const QDate &d : a.daysOver())
        if (!v.certified.contains(d)) {
            b.overUncertified = true;
            break;
        }
    b.pendingGroups = int(v.pending.size());
    b.noEmployer = b.pendingGroups > 0 && v.noEmployer;
    return b;
}

void addBacklog(BacklogFigures &f, const VolunteerBacklog &b)
{
    if (b.overUncertified)
        ++f.volunteersOverLimits;
    if (b.pendingGroups > 0) {
        f.attestatiToIssue += b.pendingGroups;
        if (b.noEmployer)
            ++f.volunteersWithoutEmployer;
    }
}

// Every volunteer with effective days, in one pass in the table's own
// order (a sequential read, three times faster than walking the volunteer
// index on a large file).
core::Result<QHash<qint64, VolunteerBacklog>> assessEveryone(const QSqlDatabase &db)
{
    auto q = core::runQuery(db, daysQuery(QString()));
    if (!q)
        return q.error();
    QHash<qint64, VolunteerDays> volunteers;
    if (auto s = gatherDays(*q, volunteers); !s)
        return s.error();
    QHash<qint64, VolunteerBacklog> result;
    for (auto it = volunteers.constBegin(); it != volunteers.constEnd(); ++it)
        result.insert(it.key(), assessDays(it.value()));
    return result;
}

// One volunteer, through the volunteer index.
core::Result<VolunteerBacklog> assessOne(const QSqlDatabase &db, qint64 volunteerId)
{
    auto q = core::runQuery(db, daysQuery(QStringLiteral("WHERE a.volunteer_id = ?")), { volunteerId });
    if (!q)
        return q.error();
    QHash<qint64, VolunteerDays> volunteers;
    if (auto s = gatherDays(*q, volunteers); !s)
        return s.error();
    return volunteers.contains(volunteerId) ? assessDays(volunteers.value(volunteerId)) : VolunteerBacklog{};
}

core::Result<QList<qint64>> staleVolunteers(const QSqlDatabase &db)
{
    auto q = core::runQuery(db, QStringLiteral("SELECT volunteer_id FROM volunteer_backlog_dirty ORDER BY volunteer_id"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    return ids;
}

core::Status statusOf(const core::Result<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    return {};
}

core::Status storeBacklog(const QSqlDatabase &db, qint64 volunteerId, const VolunteerBacklog &b)
{
    if (b.isEmpty())
        return statusOf(core::runQuery(db, QStringLiteral("DELETE FROM volunteer_backlog WHERE volunteer_id = ?"), { volunteerId }));
    return statusOf(core::runQuery(db,
        QStringLiteral("INSERT OR REPLACE INTO volunteer_backlog(volunteer_id, over_uncertified, pending_groups, "
                       "no_employer) VALUES (?, ?, ?, ?)"),
        { volunteerId, b.overUncertified ? 1 : 0, b.pendingGroups, b.noEmployer ? 1 : 0 }));
}

} // namespace

core::Result<BacklogFigures> backlogFiguresFromHistory(const QSqlDatabase &db)
{
    auto everyone = assessEveryone(db);
    if (!everyone)
        return everyone.error();
    BacklogFigures f;
    for (const VolunteerBacklog &b : std::as_const(*everyone))
        addBacklog(f, b);
    return f;
}

core::Result<BacklogFigures> backlogFigures(const QSqlDatabase &db)
{
    // One snapshot of the summary and the marks (a savepoint opens a read
    // transaction, or nests in the caller's).
    if (auto s = core::runQuery(db, QStringLiteral("SAVEPOINT volunteer_backlog_read")); !s)
        return s.error();
    auto figures = [&]() -> core::Result<BacklogFigures> {
        auto stale = staleVolunteers(db);
        if (!stale)
            return stale.error();
        if (stale->size() > manyStale)
            return backlogFiguresFromHistory(db); // a migrated file, an import not refreshed yet
        BacklogFigures f;
        {
            auto q = core::runQuery(db,
                QStringLiteral("SELECT coalesce(sum(over_uncertified), 0), coalesce(sum(pending_groups), 0), "
                               "coalesce(sum(no_employer), 0) FROM volunteer_backlog WHERE volunteer_id NOT IN "
                               "(SELECT volunteer_id FROM volunteer_backlog_dirty)"));
            if (!q)
                return q.error();
            if (!q->next())
                return core::Error(QStringLiteral("db.query"), { QStringLiteral("no sums"), QString() });
            f.volunteersOverLimits = q->value(0).toInt();
            f.attestatiToIssue = q->value(1).toInt();
            f.volunteersWithoutEmployer = q->value(2).toInt();
            q->finish();
        }
        for (qint64 id : std::as_const(*stale)) {
            auto b = assessOne(db, id);
            if (!b)
                return b.error();
            addBacklog(f, *b);
        }
        return f;
    }();
    (void)core::runQuery(db, QStringLiteral("RELEASE volunteer_backlog_read"));
    return figures;
}

core::Status refreshBacklogSummary(const QSqlDatabase &db)
{
    auto stale = staleVolunteers(db);
    if (!stale)
        return stale.error();
    if (stale->isEmpty())
        return {};
    if (stale->size() > manyStale) {
        // Many marks: the whole table again, from one pass over every day.
        auto everyone = assessEveryone(db);
        if (!everyone)
            return everyone.error();
        if (auto s = core::runQuery(db, QStringLiteral("DELETE FROM volunteer_backlog")); !s)
            return s.error();
        for (auto it = everyone->constBegin(); it != everyone->constEnd(); ++it)
            if (!it->isEmpty())
                if (auto s = storeBacklog(db, it.key(), it.value()); !s)
                    return s;
        return statusOf(core::runQuery(db, QStringLiteral("DELETE FROM volunteer_backlog_dirty")));
    }
    for (qint64 id : std::as_const(*stale)) {
        auto b = assessOne(db, id);
        if (!b)
            return b.error();
        // The row and its mark go together: a volunteer still marked is
        // assessed by the readers.
        if (auto s = storeBacklog(db, id, *b); !s)
            return s;
        if (auto s = core::runQuery(db, QStringLiteral("DELETE FROM volunteer_backlog_dirty WHERE volunteer_id = ?"), { id }); !s)
            return s.error();
    }
    return {};
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
