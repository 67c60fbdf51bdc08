#include "core/auth/auditreports.h"

#include "core/auth/auditlog.h"
#include "core/auth/audittext.h"
#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/reporting/reportcatalog.h"

#include <QHash>
#include <QLocale>

namespace core {

namespace {
qint64 startOf(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
}

QString periodText(const ReportRequest &r)
{
    const QLocale locale = r.locale;
    return QStringLiteral("%1 - %2").arg(
        locale.toString(r.from, QStringLiteral("dd/MM/yyyy")), locale.toString(r.to, QStringLiteral("dd/MM/yyyy")));
}
} // namespace

QList<ReportDefinition> AuditReports::definitions()
{
    ReportDefinition changes;
    changes.name = QStringLiteral("audit");
    changes.title = [] { return tr("Audit log: changes"); };
    changes.parameters = changes.required = ReportDefinition::Period;
    changes.permission = Permission::AuditView;
    changes.build = &AuditReports::changes;

    ReportDefinition events;
    events.name = QStringLiteral("audit-events");
    events.title = [] { return tr("Audit log: sign-ins and refusals"); };
    events.parameters = events.required = ReportDefinition::Period;
    events.permission = Permission::AuditView;
    events.build = &AuditReports::events;
    ReportDefinition permissions;
    permissions.name = QStringLiteral("permissions");
    permissions.title = [] { return tr("What each role may do"); };
    permissions.build = &AuditReports::permissions;
    permissions.permission = Permission::ReportsAggregate;
    return { changes, events, permissions };
}

Result<ReportDocument> AuditReports::permissions(const QSqlDatabase &db, const ReportRequest &request)
{
    Q_UNUSED(db);
    ReportTable t;
    t.columns = { { QStringLiteral("area"), tr("Area") }, { QStringLiteral("permission"), tr("Code") },
        { QStringLiteral("action"), tr("Action") } };
    for (Role r : allRoles())
        t.columns.append({ roleCode(r), RoleText::title(r) });
    for (const PermissionRule &rule : permissionTable()) {
        QVariantList row { PermissionText::moduleTitle(rule.module), rule.code, PermissionText::title(rule.code) };
        for (Role r : allRoles())
            row.append(rule.roles.contains(r) ? QStringLiteral("x") : QString());
        t.rows.append(row);
    }
    ReportDocument doc = core::newReportDocument(QStringLiteral("permissions"), tr("Roles and permissions"), request);
    doc.landscape = true;
    doc.addParagraph(tr("The table the program enforces: an action not marked for a role is refused, and the refusal "
                        "is written to the audit log. Callers' data is also encrypted: only the roles allowed to read "
                        "it hold the key."));
    doc.addTable(t);
    return doc;
}

QString AuditReports::operationTitle(const QString &code)
{
    if (code == QLatin1String("I"))
        return tr("insert");
    if (code == QLatin1String("U"))
        return tr("update");
    if (code == QLatin1String("D"))
        return tr("delete");
    return code;
}

Result<ReportDocument> AuditReports::changes(const QSqlDatabase &db, const ReportRequest &request)
{
    QString where = QStringLiteral("c.changed_at >= ? AND c.changed_at < ?");
    QVariantList binds { startOf(request.from), startOf(request.to.addDays(1)) };
    const QString op = request.options.value(QStringLiteral("operator"));
    const QString table = request.options.value(QStringLiteral("table"));
    if (!op.isEmpty()) {
        where += QStringLiteral(" AND c.operator = ?");
        binds << op;
    }
    if (!table.isEmpty()) {
        where += QStringLiteral(" AND c.table_name = ?");
        binds << table;
    }
    auto total = queryValue(db, QStringLiteral("SELECT count(*) FROM change_log c WHERE ") + where, binds);
    if (!total)
        return total.error();
    auto q = runQuery(db,
        QStringLiteral("SELECT c.changed_at, c.operator, coalesce(a.display_name, ''), c.workstation, c.table_name, "
                       "c.row_id, c.operation "
                       "FROM change_log c LEFT JOIN operator_account a ON a.username = c.operator WHERE %1 ORDER BY "
                       "c.seq LIMIT %2")
            .arg(where)
            .arg(maxRows),
        binds);
    if (!q)
        return q.error();
    // On paper, the operator's name and the thing changed by its name; the
    // table and the row id stay in the CSV (same columns as before, the words
    // added at the end) for whoever checks the database.
    ReportTable t;
    t.columns = { { QStringLiteral("changed_at"), tr("When"), ColumnKind::DateTime, 1 },
        { QStringLiteral("operator"), tr("User"), ColumnKind::Text, 0, false },
        { QStringLiteral("name"), tr("Operator") },
        { QStringLiteral("workstation"), tr("Workstation"), ColumnKind::Integer },
        { QStringLiteral("table"), tr("Table"), ColumnKind::Text, 0, false },
        { QStringLiteral("row_id"), tr("Row"), ColumnKind::Text, 0, false },
        { QStringLiteral("operation"), tr("Operation") }, { QStringLiteral("what"), tr("What") },
        { QStringLiteral("which"), tr("Which") } };
    QHash<QPair<QString, qint64>, QString> names; // a row changed a hundred times is looked up once
    while (q->next()) {
        const QString tableName = q->value(4).toString();
        const qint64 rowId = q->value(5).toLongLong();
        auto name = names.find({ tableName, rowId });
        if (name == names.end())
            name = names.insert({ tableName, rowId }, AuditText::rowName(db, tableName, rowId));
        const QString person = q->value(2).toString().isEmpty() ? q->value(1).toString() : q->value(2).toString();
        t.rows.append({ q->value(0).toLongLong(), q->value(1), person, q->value(3).toInt(), tableName,
            QString::number(rowId), operationTitle(q->value(6).toString()), AuditText::tableTitle(tableName), *name });
    }
    t.totals = { tr("Total: %n change(s)", nullptr, int(total->toLongLong())) };

    ReportDocument doc = core::newReportDocument(QStringLiteral("audit"), tr("Audit log: who changed what"), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Period"), periodText(request) });
    if (!op.isEmpty())
        doc.parameters.append({ tr("Operator"), op });
    if (!table.isEmpty())
        doc.parameters.append({ tr("What"), AuditText::tableTitle(table) });
    doc.addParagraph(
        tr("Every insert, update and delete is recorded by the database itself, in the same transaction as the "
           "change, with the operator signed in and the workstation. Things are named as they are today."));
    if (total->toLongLong() > maxRows)
        doc.addParagraph(tr("%Ln change(s) in the period: only the first %1 are listed; choose a shorter period or "
                            "an operator.",
                             nullptr, int(total->toLongLong()))
                             .arg(request.locale.toString(maxRows)));
    doc.addTable(t);
    return doc;
}

Result<ReportDocument> AuditReports::events(const QSqlDatabase &db, const ReportRequest &request)
{
    QString where = QStringLiteral("e.occurred_at >= ? AND e.occurred_at < ?");
    QVariantList binds { startOf(request.from), startOf(request.to.addDays(1)) };
    const QString user = request.options.value(QStringLiteral("operator"));
    if (!user.isEmpty()) {
        where += QStringLiteral(" AND e.username = ?");
        binds << user;
    }
    auto q = runQuery(db,
        QStringLiteral("SELECT e.occurred_at, e.workstation, e.username, e.kind, e.permission, e.detail, "
                       "coalesce(a.display_name, '') FROM audit_event e LEFT JOIN operator_account a ON a.username = "
                       "e.username WHERE %1 ORDER BY e.occurred_at, e.id LIMIT %2")
            .arg(where)
            .arg(maxRows),
        binds);
    if (!q)
        return q.error();
    ReportTable t;
    t.columns = { { QStringLiteral("occurred_at"), tr("When"), ColumnKind::DateTime, 1 },
        { QStringLiteral("workstation"), tr("Workstation"), ColumnKind::Integer },
        { QStringLiteral("username"), tr("User") }, { QStringLiteral("event"), tr("Event") },
        { QStringLiteral("permission"), tr("Permission") }, { QStringLiteral("detail"), tr("Detail") },
        // Added after the columns the CSV always had.
        { QStringLiteral("name"), tr("Operator") },
        { QStringLiteral("recorded"), tr("As recorded"), ColumnKind::Text, 0, false } };
    int denied = 0, failed = 0;
    while (q->next()) {
        const QString kind = q->value(3).toString();
        denied += kind == QLatin1String("denied");
        failed += kind == QLatin1String("sign_in_failed");
        const QString permission = q->value(4).toString();
        // Said in words at print time; the entry as stored stays in the CSV.
        t.rows.append({ q->value(0).toLongLong(), q->value(1).toInt(), q->value(2), AuditKindText::title(kind),
            permission.isEmpty() ? QString() : PermissionText::title(permission),
            AuditText::eventDetail(db, kind, permission, q->value(5).toString()), q->value(6), q->value(5) });
    }
    t.totals = { tr("Total: %n event(s)", nullptr, int(t.rows.size())) };

    ReportDocument doc = core::newReportDocument(
        QStringLiteral("audit-events"), tr("Audit log: sign-ins, refusals and data keys"), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Period"), periodText(request) });
    if (!user.isEmpty())
        doc.parameters.append({ tr("User"), user });
    doc.addKeyValues({ { tr("Refused sign-ins"), request.locale.toString(failed) },
        { tr("Access denied"), request.locale.toString(denied) } });
    doc.addTable(t);
    return doc;
}

} // namespace core
