#pragma once

#include "core/reporting/reportcatalog.h"

#include <QCoreApplication>

namespace stock {

// The Magazzino's reports, built from the database as pure documents
// (print preview, PDF, CSV; `cisiamo report NAME`):
//   stock-by-category  [--at D]        category,kg  (food; other goods in a second table)
//   stock-by-lot       [--at D]        item_code,item,category,lot,expiry,location,donor,pieces,kg
//   stock-expiring     [--at D]        expiry,days_left,item,lot,location,pieces,kg,donor
//   stock-movements    --from D --to D date,kind,item,category,lot,expiry,location,pieces,kg,reason,reference,operator
//   stock-donations    --from D --to D donor,donor_kind,receipts,kg,pieces
// and two documents printed from the tab: the donation receipt for the
// donor and the stock count sheet (before and after counting).
class StockReports {
    Q_DECLARE_TR_FUNCTIONS(stock::StockReports)
public:
    static QList<core::ReportDefinition> definitions();

    static core::Result<core::ReportDocument> byCategory(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> byLot(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> expiring(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> movements(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> donations(const QSqlDatabase &db, const core::ReportRequest &request);

    // A movement's reference as the operator knows it: "carico 2021/0012,
    // riga 3", "DDT 2020/0001", "inventario del 05/03/2021", "assemblaggio
    // kit"; never an id. Unknown kinds are named as stored.
    static QString movementReference(const QString &refType, const QString &receiptNumber, qint64 line,
        const QString &ddtNumber, const QDate &countedOn);

    // Ricevuta di donazione: what the donor gave with one receipt.
    static core::Result<core::ReportDocument> donationReceipt(const QSqlDatabase &db, qint64 receiptId,
                                                              const core::ReportRequest &request);
    // The count sheet: blank counted column while open, differences once closed.
    static core::Result<core::ReportDocument> countSheet(const QSqlDatabase &db, qint64 countId, const core::ReportRequest &request);
};

} // namespace stock
