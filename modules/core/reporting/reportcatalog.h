#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QDate>
#include <QLocale>
#include <QMap>
#include <QSqlDatabase>

#include <functional>

namespace core {

// What the person (or the command line) asked the report for.
struct ReportRequest {
    QDate from;
    QDate to;
    QDate at;
    QString by; // grouping, for reports that offer one
    QMap<QString, QString> options; // report-specific (e.g. "organisation")
    QString operatorName;
    QDateTime now;
    QLocale locale;
};

// A report the program can produce, on screen and from the command line
// (`cisiamo report <name>`). Modules declare theirs in their domain library;
// app/moduleregistry.cpp collects them.
struct ReportDefinition {
    enum Parameter { None = 0, From = 1, To = 2, At = 4, By = 8, Period = From | To };

    QString name; // command-line name: "comuni", "stock-by-category"
    std::function<QString()> title; // translated at the moment of use
    int parameters = None; // what the report accepts
    int required = None; // what it cannot do without
    QStringList byChoices; // accepted values of --by
    std::function<Result<ReportDocument>(const QSqlDatabase &, const ReportRequest &)> build;
    // Who may produce it (core/auth/permissions.h), always declared (a test
    // fails on an empty one): Permission::ReportsAggregate for counts and
    // totals, the module's personal-data or view permission for reports
    // with people in them. The Print menu and `cisiamo report` check it
    // before building.
    QString permission;
    // How the window shows --by: the picker's label ("&Comune:"; "Grouped
    // by:" when empty) and each choice's text (the value itself when empty,
    // e.g. a comune's name).
    std::function<QString()> byLabel;
    std::function<QString(const QString &)> byTitle;
    // A report-specific option the window offers as a list (the departure
    // checklist's module): its key in ReportRequest::options (the command
    // line's --KEY or --option KEY=V), the picker's label, and the choices
    // (value, text) read when the dialog shows the report (a few rows);
    // an empty value leaves the option out (the report's default).
    QString choiceOption;
    std::function<QString()> choiceLabel;
    std::function<QList<QPair<QString, QString>>(const QSqlDatabase &)> choices;
};

class ReportCatalog {
public:
    void add(const ReportDefinition &definition) { m_definitions.append(definition); }
    const ReportDefinition *find(const QString &name) const;
    const QList<ReportDefinition> &all() const { return m_definitions; }
    QStringList names() const;

private:
    QList<ReportDefinition> m_definitions;
};

// A document for a request: its name, title, who asks and when (the
// renderer stamps the current time when the request has none).
ReportDocument newReportDocument(const QString &name, const QString &title, const ReportRequest &request);

// Checks the request against the definition: required dates present and in
// order, --by among the choices. Codes: report.missing_from, report.missing_to,
// report.bad_period, report.bad_by.
Status validateReportRequest(const ReportDefinition &definition, const ReportRequest &request);

} // namespace core
