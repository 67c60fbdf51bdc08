#include "volunteers/domain/volunteerfigures.h"

#include "core/db/sql.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/persondays.h"

namespace volunteers {

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
    auto over = LimitMonitor(db).volunteersOverLimits();
    if (!over)
        return over.error();
    for (const VolunteerOverLimit &v : *over)
        if (v.uncertifiedDaysOver > 0)
            ++f.volunteersOverLimits;
    auto pending = AttestatoRegister(db, core::SystemClock::instance()).pendingSummary({});
    if (!pending)
        return pending.error();
    f.attestatiToIssue = pending->groups;
    f.volunteersWithoutEmployer = pending->volunteersWithoutEmployer;
    auto renewals = OrganisationRepository(db).renewalSummary(today.year());
    if (!renewals)
        return renewals.error();
    f.organisations = renewals->organisations;
    f.organisationsRenewed = renewals->renewed;
    return f;
}

} // namespace volunteers
