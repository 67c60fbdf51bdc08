#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "stock/domain/stockservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace stock {

struct AssemblyRequest {
    qint64 kitItemId = 0;
    qint64 kits = 0;       // how many kits to assemble
    QDate date;
    qint64 locationId = 0; // where components are taken and kits put (0: default)
    QString lotCode;       // of the new kits (empty: "KIT-<date>")
    QString reason;
};

struct Assembly {
    qint64 operationId = 0;
    qint64 kitLotId = 0;
    QDate kitExpiry;            // the earliest expiry among the components used
    QList<IssuedLot> consumed;  // component lots, FEFO
};

// Kit assembly: N kits consume N times the recipe's components
// (first-expired-first-out, 'kit_consume' rows) and add one lot of N kits
// ('kit_produce'), all in one transaction with one operation id; the kits
// expire with their first-expiring component. Undo with
// StockService::reverseOperation (refused once kits have left).
//
// Error codes: stock.kit_without_recipe (kit), stock.insufficient (component...),
// stock.bad_quantity (n), stock.bad_date ().
class KitService {
    Q_DECLARE_TR_FUNCTIONS(stock::KitService)
public:
    explicit KitService(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    core::Result<Assembly> assemble(const AssemblyRequest &request);
    // How many kits the stock of components allows on the date.
    core::Result<qint64> assemblable(qint64 kitItemId, qint64 locationId, const QDate &date);

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace stock
