#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace volunteers {

// The figures of the Cruscotto, counted from the records.
struct VolunteerFigures {
    qint64 personDaysThisMonth = 0;
    qint64 personDaysLastMonth = 0;
    int activeVolunteers = 0; // active volunteers on record
    int volunteersOverLimits = 0; // with days over an art. 39 limit not yet certified
    int attestatiToIssue = 0; // pending groups
    int volunteersWithoutEmployer = 0;
    int organisations = 0;
    int organisationsRenewed = 0; // this year
};

core::Result<VolunteerFigures> volunteerFigures(const QSqlDatabase &db, const QDate &today);

// The figures that look at every effective day (the art. 39 check of each
// volunteer's history and the attestati still to issue): the same counts
// as LimitMonitor::volunteersOverLimits() (volunteers with a day over a
// limit not yet certified) and AttestatoRegister::pendingSummary({}).
struct BacklogFigures {
    int volunteersOverLimits = 0;
    int attestatiToIssue = 0;
    int volunteersWithoutEmployer = 0; // of those with attestati to issue

    bool operator==(const BacklogFigures &o) const
    {
        return volunteersOverLimits == o.volunteersOverLimits && attestatiToIssue == o.attestatiToIssue
            && volunteersWithoutEmployer == o.volunteersWithoutEmployer;
    }
};

// For the Cruscotto, in a time that follows the volunteers with a backlog,
// not the history: from the summary table volunteer_backlog (one row per
// volunteer with something to report, 0020_volunteer_backlog.sql), plus
// the volunteers whose rows the triggers marked stale since
// (volunteer_backlog_dirty), assessed here from their own days. Read-only:
// fine on a worker's read-only connection.
core::Result<BacklogFigures> backlogFigures(const QSqlDatabase &db);

// The same figures from every effective day, in one pass in the table's
// order (what backlogFigures() did before the summary; the tests compare).
core::Result<BacklogFigures> backlogFiguresFromHistory(const QSqlDatabase &db);

// Brings volunteer_backlog up to date for the volunteers marked stale, and
// clears their marks: inside the writer's transaction (registered with
// core::DerivedTables by declareSyncTables(): CommandRunner, SyncImporter
// and the demo call it). Quick when nothing is marked; with many marks (a
// migrated file, a large import) it rebuilds the whole table in one pass.
core::Status refreshBacklogSummary(const QSqlDatabase &db);

} // namespace volunteers
