#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>

namespace core {

// The audit log on paper and in CSV (permission audit.view):
// - "audit": who changed what and when, from the change log, for a period,
//   optionally one operator (option "operator") and one table ("table");
//   columns changed_at,operator,name,workstation,table,row_id,operation;
// - "audit-events": sign-ins, refusals and key changes (audit_event), for a
//   period, optionally one user ("operator");
//   columns occurred_at,workstation,username,event,permission,detail;
// - "permissions": what each role may do (the permission table), for
//   anyone; columns area,permission,action,operator,coordinator,
//   psychologist,administrator (x where allowed).
class AuditReports {
    Q_DECLARE_TR_FUNCTIONS(core::AuditReports)
public:
    static QList<ReportDefinition> definitions();
    static Result<ReportDocument> changes(const QSqlDatabase &db, const ReportRequest &request);
    static Result<ReportDocument> events(const QSqlDatabase &db, const ReportRequest &request);
    static Result<ReportDocument> permissions(const QSqlDatabase &db, const ReportRequest &request);

    // More rows than this are not printed: the report says so and asks
    // for a shorter period.
    static constexpr int maxRows = 50000;
    static QString operationTitle(const QString &code);
};

} // namespace core
