#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>

namespace comuni {

// Reports about the comuni of the metropolitan city.
class ComuniReports {
    Q_DECLARE_TR_FUNCTIONS(comuni::ComuniReports)
public:
    static QList<core::ReportDefinition> definitions();

    // "comuni": one row per comune, istat_code,name,lat,lon,population.
    static core::Result<core::ReportDocument> comuniList(const QSqlDatabase &db, const core::ReportRequest &request);
    // "comuni-contacts": town hall and COC contacts, by zona omogenea.
    static core::Result<core::ReportDocument> contacts(const QSqlDatabase &db, const core::ReportRequest &request);
};

// Figures for the Cruscotto.
struct ComuniFigures {
    int comuni = 0;
    qint64 residents = 0;
    int withCocContact = 0;
    int withZone = 0;
};
core::Result<ComuniFigures> comuniFigures(const QSqlDatabase &db);

} // namespace comuni
