#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>

namespace fleet {

// The Colonna Mobile's reports (Print menu and `cisiamo report NAME`):
// - vehicles-due [--at D]: the revisions and insurances overdue or due
//   within 30 days of D (default today), earliest first;
// - equipment-by-organisation [--at D] [--option organisation=ID]: per
//   organisation, the vehicles it owns and the equipment on loan to it on
//   D ("elenco delle attrezzature e dei mezzi in capo alla organizzazione").
// - readiness [--at D]: each active module, whether it could leave on D and
//   why not;
// - departure-checklist [--module ID] [--at D]: the module's vehicles,
//   equipment and skills with their state on D, boxes to tick, blank lines
//   for the volunteers who leave and signatures (without a module, from the
//   Print menu: every active module, one after the other).
// - deployments [--from D] [--to D]: the deployments running on some day
//   of the period (either end open), earliest first: event, scope, who
//   asked, where, modules, vehicles (plates), how many pieces and
//   volunteers, person-days and km; totals.
// All name vehicles and equipment, never people: Permission::FleetView.
class FleetReports {
    Q_DECLARE_TR_FUNCTIONS(fleet::FleetReports)
public:
    static QList<core::ReportDefinition> definitions();
    static core::Result<core::ReportDocument> vehiclesDue(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> equipmentByOrganisation(
        const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> readiness(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> departureChecklist(
        const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> deployments(const QSqlDatabase &db, const core::ReportRequest &request);
};

} // namespace fleet
