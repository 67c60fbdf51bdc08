#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>

namespace tutoring {

// The reports of ConosciAMO, built from the records. Each accepts an
// optional period (--from/--to) on the day of the lessons. Minors' data
// never leaves in a CSV: every report's first table (the one exported as
// CSV) is aggregate; names appear only where the paper needs them (the
// PCTO statement for a school, the course list, the tutors' stand-ins).
class TutoringReports {
    Q_DECLARE_TR_FUNCTIONS(tutoring::TutoringReports)
public:
    static QList<core::ReportDefinition> definitions();

    // "tutoring-by-comune": istat_code,comune,pupils_middle,pupils_high,
    // hours_booked for the hours booked on the calendar (the published
    // table), then the BES pupils by comune.
    static core::Result<core::ReportDocument> byComune(const QSqlDatabase &db, const core::ReportRequest &request);
    // "tutoring-summary": one row hours_booked,hours_booked_bes,hours_given,
    // pupils,assistants,assistants_safety_done, then the other figures.
    static core::Result<core::ReportDocument> summary(const QSqlDatabase &db, const core::ReportRequest &request);
    // "tutoring-by-subject-week": hours booked vs given by week and subject.
    static core::Result<core::ReportDocument> bySubjectWeek(const QSqlDatabase &db, const core::ReportRequest &request);
    // "tutoring-pcto": PCTO hours per assistant, one page per school
    // (options["school"] = school id restricts to one school).
    static core::Result<core::ReportDocument> pctoStatement(const QSqlDatabase &db, const core::ReportRequest &request);
    // "tutoring-standins": the tutors' stand-in hours.
    static core::Result<core::ReportDocument> standIns(const QSqlDatabase &db, const core::ReportRequest &request);
    // "tutoring-safety-course": assistants by health-and-safety course state.
    static core::Result<core::ReportDocument> safetyCourse(const QSqlDatabase &db, const core::ReportRequest &request);

    // Hours of the safety course that count as PCTO hours.
    static constexpr int safetyCourseHours = 4;

private:
    static core::ReportDocument document(const QString &name, const QString &title, const core::ReportRequest &request);
};

} // namespace tutoring
