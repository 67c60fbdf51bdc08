#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>
#include <QDate>

namespace listening {

// The service figures of one period (a month or a week): aggregate only,
// never a name. Requests are counted in the period they were received.
struct ServiceFigures {
    QDate start; // first day of the period
    QString label; // "03/2021", "W10 08/03-14/03"
    int requests = 0;
    int urgent = 0;
    int calledBack = 0; // reached at least once
    int within24h = 0; // first reached within 24 h of the message
    int within48h = 0;
    double medianHoursToCallback = 0; // over those called back
    int escalations = 0; // calls to 118
    int referrals = 0;
    int unreachable = 0; // closed as unreachable by the coordinator
    int stillOpen = 0;
};

struct NeedCount {
    QString code;
    int count = 0;
};

// Reports of the listening line:
// - "listening-queue": the callback queue with its deadlines; callers'
//   names and phones only for a session entitled to them;
// - "listening-summary": monthly (or weekly: --by week) service figures,
//   aggregate, for anyone (README.md documents the CSV columns).
class ListeningReports {
    Q_DECLARE_TR_FUNCTIONS(listening::ListeningReports)
public:
    static QList<core::ReportDefinition> definitions();
    static core::Result<core::ReportDocument> queue(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> summary(const QSqlDatabase &db, const core::ReportRequest &request);

    // by: "month" or "week". Periods without requests are listed too.
    static core::Result<QList<ServiceFigures>> serviceFigures(
        const QSqlDatabase &db, const QDate &from, const QDate &to, const QString &by);
    static core::Result<QList<NeedCount>> needs(const QSqlDatabase &db, const QDate &from, const QDate &to);
};

} // namespace listening
