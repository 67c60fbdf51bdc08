#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QSize>

#include <functional>

namespace room {

// What the plans' map in the printed report shows: a category per comune
// id (an index into `categories`: colour 0xRRGGBB and legend text).
struct PlanMapRequest {
    QHash<int, int> categoryOf;
    QList<QPair<quint32, QString>> categories;
    QString legendTitle;
    QSize size { 1500, 1250 };
};
// Draws the comuni map for the report; the module's UI library provides it
// (core::ComuniMapWidget). Without it the report has no map.
using PlanMapProvider = std::function<QImage(const QSqlDatabase &, const PlanMapRequest &)>;

// The report of the emergency plans, `cisiamo report emergency-plans [--at D]
// [--zone Z]`: one row per comune of the metropolitan city (or of one zona
// omogenea) with its plan, the status on the day (default today), the
// risks and its COC; the counts by status and the map coloured by status.
// Permission::RoomView (no personal data).
class PlanReports {
    Q_DECLARE_TR_FUNCTIONS(room::PlanReports)
public:
    static core::ReportDefinition definition(const PlanMapProvider &map = {});
    static core::Result<core::ReportDocument> emergencyPlans(
        const QSqlDatabase &db, const core::ReportRequest &request, const PlanMapProvider &map = {});
    // The zone as the database spells it, from a name typed in any case;
    // empty when unknown (and `zone` not empty).
    static QString zoneNamed(const QString &zone);
};

} // namespace room
