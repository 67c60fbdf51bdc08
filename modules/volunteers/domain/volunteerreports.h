#pragma once

#include "core/reporting/reportcatalog.h"
#include "volunteers/domain/art39.h"
#include "volunteers/domain/persondays.h"

#include <QCoreApplication>

namespace volunteers {

// The module's reports, for the Print menu and `cisiamo report NAME`:
// - person-days --by month|service|organisation|comune: columns <by>,person_days
//   (month as YYYY-MM), with a bar chart;
// - volunteers-over-limits: volunteers with days beyond art. 39 limits;
// - attestati-issued: the register for a period (issued_on), for the
//   regional system; attestati-pending: what is left to issue, by organisation;
// - organisations: the OdV with their renewal of the year.
class VolunteerReports {
    Q_DECLARE_TR_FUNCTIONS(volunteers::VolunteerReports)
public:
    static QList<core::ReportDefinition> definitions();

    static core::Result<core::ReportDocument> personDays(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> overLimits(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> attestatiIssued(
        const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> attestatiPending(
        const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> organisations(const QSqlDatabase &db, const core::ReportRequest &request);

    static QString groupingTitle(PersonDaysGrouping grouping);
    static QString eventTypeName(EventType type);
    static QString excessText(const LimitExcess &excess);
};

} // namespace volunteers
