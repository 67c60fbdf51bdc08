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

// The two figures that look at every effective day (the art. 39 check of
// each volunteer's history and the attestati still to issue), read in one
// pass in volunteer and day order instead of two scans and a sort: the same
// counts as LimitMonitor::volunteersOverLimits() (volunteers with a day over
// a limit not yet certified) and AttestatoRegister::pendingSummary({}).
struct BacklogFigures {
    int volunteersOverLimits = 0;
    int attestatiToIssue = 0;
    int volunteersWithoutEmployer = 0; // of those with attestati to issue
};
core::Result<BacklogFigures> backlogFigures(const QSqlDatabase &db);

} // namespace volunteers
