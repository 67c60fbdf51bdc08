#include "room/domain/planreports.h"

#include "core/auth/permissions.h"
#include "room/domain/planrepository.h"
#include "room/domain/planrules.h"
#include "room/domain/plantext.h"

#include <QLocale>
#include <QMap>

namespace room {

using core::ColumnKind;
using core::Error;
using core::ReportDocument;
using core::ReportTable;
using core::Result;

QString PlanReports::zoneNamed(const QString &zone)
{
    static const QStringList zones { QStringLiteral("Milano"), QStringLiteral("Adda Martesana"),
        QStringLiteral("Alto Milanese"), QStringLiteral("Magentino e Abbiatense"), QStringLiteral("Nord Milano"),
        QStringLiteral("Nord Ovest"), QStringLiteral("Sud Est"), QStringLiteral("Sud Ovest") };
    for (const QString &z : zones)
        if (z.compare(zone.simplified(), Qt::CaseInsensitive) == 0)
            return z;
    return {};
}

core::ReportDefinition PlanReports::definition(const PlanMapProvider &map)
{
    core::ReportDefinition d;
    d.name = QStringLiteral("emergency-plans");
    d.title = [] { return tr("Emergency plans of the comuni"); };
    d.parameters = core::ReportDefinition::At;
    d.build = [map](const QSqlDatabase &db, const core::ReportRequest &request) {
        return emergencyPlans(db, request, map);
    };
    d.permission = core::Permission::RoomView;
    return d;
}

Result<ReportDocument> PlanReports::emergencyPlans(
    const QSqlDatabase &db, const core::ReportRequest &request, const PlanMapProvider &map)
{
    const QDate at = request.at.isValid() ? request.at : request.now.date();
    const QString asked = request.options.value(QStringLiteral("zone"));
    const QString zone = zoneNamed(asked);
    if (!asked.trimmed().isEmpty() && zone.isEmpty())
        return Error(QStringLiteral("room.plan_report_bad_zone"), { asked });
    auto rows = PlanRepository(db).rows(at, zone);
    if (!rows)
        return rows.error();

    ReportDocument doc = core::newReportDocument(QStringLiteral("emergency-plans"), tr("Emergency plans of the comuni"), request);
    doc.landscape = true;
    doc.parameters = { { tr("On"), at.toString(QStringLiteral("dd/MM/yyyy")) },
        { tr("Zona omogenea"), zone.isEmpty() ? tr("all") : zone } };

    QMap<int, int> byStatus;
    int inPortal = 0, cocOpen = 0;
    ReportTable table;
    table.columns = { { QStringLiteral("comune"), tr("Comune"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("zone"), tr("Zone"), ColumnKind::Text },
        { QStringLiteral("plan"), tr("Plan"), ColumnKind::Text },
        { QStringLiteral("approved_on"), tr("Approved"), ColumnKind::Date },
        { QStringLiteral("revised_on"), tr("Last revision"), ColumnKind::Date },
        { QStringLiteral("revision_due"), tr("Revision due"), ColumnKind::Date },
        { QStringLiteral("days_left"), tr("Days left"), ColumnKind::Integer, 0, false },
        { QStringLiteral("status"), tr("Status"), ColumnKind::Text },
        { QStringLiteral("status_code"), tr("Status code"), ColumnKind::Text, 0, false },
        { QStringLiteral("portal"), tr("Regional portal"), ColumnKind::Text },
        { QStringLiteral("risks"), tr("Risk scenarios"), ColumnKind::Text },
        { QStringLiteral("coc"), tr("COC"), ColumnKind::Text },
        { QStringLiteral("coc_since"), tr("COC since"), ColumnKind::DateTime, 0, false } };
    PlanMapRequest mapRequest;
    const QList<PlanStatus> statuses = allPlanStatuses();
    for (PlanStatus s : statuses)
        mapRequest.categories.append({ PlanText::statusColour(s), PlanText::status(s) });
    for (const PlanRow &r : *rows) {
        byStatus[int(r.status)] += 1;
        inPortal += r.plan.inPortal ? 1 : 0;
        cocOpen += r.cocActive ? 1 : 0;
        mapRequest.categoryOf.insert(r.comuneId, int(statuses.indexOf(r.status)));
        const QDate due = r.plan.hasPlan ? r.plan.revisionDue : QDate();
        table.rows.append({ r.comune, r.zone, r.plan.recorded ? PlanText::yesNo(r.plan.hasPlan) : QString(),
            r.plan.approvedOn, r.plan.revisedOn, due, due.isValid() ? QVariant(at.daysTo(due)) : QVariant(),
            PlanText::status(r.status), planStatusCode(r.status),
            r.plan.hasPlan ? PlanText::yesNo(r.plan.inPortal) : QString(), PlanText::risks(r.plan.risks),
            r.cocSince.isValid() ? PlanText::coc(r.cocActive, r.cocSince) : QString(),
            r.cocSince.isValid() ? QVariant(r.cocSince) : QVariant() });
    }
    QList<QPair<QString, QString>> counts;
    counts.append({ tr("Comuni"), QLocale().toString(int(rows->size())) });
    for (PlanStatus s : statuses)
        counts.append({ PlanText::status(s), QLocale().toString(byStatus.value(int(s))) });
    counts.append({ tr("Entered in the regional portal"), QLocale().toString(inPortal) });
    counts.append({ tr("COC open"), QLocale().toString(cocOpen) });
    doc.addKeyValues(counts);
    doc.addParagraph(tr("A plan is due for revision on its revision date; within %n day(s) of it the revision is due "
                        "soon, after it overdue. Without a revision date a plan is due three years after its last "
                        "revision.",
        nullptr, planDueWindowDays));
    if (map) {
        mapRequest.legendTitle = tr("Emergency plan");
        const QImage image = map(db, mapRequest);
        if (!image.isNull())
            doc.addImage(image, 80);
    }
    doc.addTable(table);
    return doc;
}

} // namespace room
