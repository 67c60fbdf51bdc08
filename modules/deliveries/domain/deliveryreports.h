#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QSize>

#include <functional>

namespace deliveries {

// What the distribution map in a printed report shows: a value per comune
// id, the legend's title and how values are written.
struct MapImageRequest {
    QHash<int, double> values;
    QString legendTitle;
    std::function<QString(double)> format;
    QSize size { 1500, 1250 };
};
// Draws the comuni map for a report. The module's UI library provides it
// (core::ComuniMapWidget, which needs a QApplication: the command line runs
// one, offscreen), so that this library stays free of widgets. Reports built
// without it simply have no map.
using MapImageProvider = std::function<QImage(const QSqlDatabase &, const MapImageRequest &)>;

// The Consegne's reports, built from the database as pure documents
// (print preview, PDF, CSV; `cisiamo report NAME`):
//   distributions-by-category        --from D --to D   category,kg,distributions (food; DPI and kits in a second table)
//   distributions-by-comune          --from D --to D   istat_code,comune,kg,distributions (food; with the map)
//   distributions-by-recipient-type  --from D --to D recipient_type,recipients,deliveries,food_kg,dpi_pieces,kit_pieces
//   comune-statement                 --from D --to D --by COMUNE   the statement for the mayor
//   deliveries-register              --from D --to D
//   date,number,recipient,recipient_type,comune,status,goods,packages,kg,vehicle,driver delivery-notes --at D the day's
//   DDTs, one per page (CSV: their goods) trip-sheet                       --at D            the day's rounds from the
//   Idroscalo (CSV: the stops)
// A "distribution" is a delivered delivery; returned and cancelled ones do
// not count. Every figure is summed from the delivery lines.
class DeliveryReports {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveryReports)
public:
    static QList<core::ReportDefinition> definitions(const MapImageProvider &map = {});

    static core::Result<core::ReportDocument> byCategory(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> byComune(
        const QSqlDatabase &db, const core::ReportRequest &request, const MapImageProvider &map = {});
    static core::Result<core::ReportDocument> byRecipientType(
        const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> comuneStatement(
        const QSqlDatabase &db, const core::ReportRequest &request, const MapImageProvider &map = {});
    static core::Result<core::ReportDocument> deliveriesRegister(
        const QSqlDatabase &db, const core::ReportRequest &request);
    // A confirmed allocation: every share, why, and the overrides (printed from the tab).
    static core::Result<core::ReportDocument> allocationSheet(
        const QSqlDatabase &db, qint64 allocationId, const core::ReportRequest &request);

    // The comuni a statement can be asked for (--by): the 133, by name.
    static QStringList comuneChoices();
};

} // namespace deliveries
