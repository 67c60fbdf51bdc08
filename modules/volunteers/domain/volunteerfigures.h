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

} // namespace volunteers
