#pragma once

#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"

#include <QSqlDatabase>

namespace deliveries {

// Reads deliveries whole (header, recipient, lines with their lots, history)
// for the screens, the delivery notes and the daily plan. Read-only; one
// instance per connection.
class DeliveryRepository {
public:
    // The audit log's names of the Consegne rows ("DDT 2020/0001 a COC di
    // Rho", "richiesta R2020/0001 di ..."): registered with core::AuditText.
    static void declareAuditNames();

    explicit DeliveryRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // The whole delivery; `withHistory` also reads its events.
    core::Result<Delivery> delivery(qint64 id, bool withHistory = true) const;
    // A delivery's id from its id or its DDT number ("2026/0012"), as
    // people write it on the command line.
    core::Result<qint64> idOf(const QString &idOrNumber) const;
    // The deliveries of a day that are not cancelled, by time then number.
    core::Result<QList<Delivery>> deliveriesOn(const QDate &date, bool includeReturned = false) const;
    // Vehicles, drivers and organisations already used, for completion.
    core::Result<QStringList> usedValues(const QString &column) const;

private:
    core::Status readLines(Delivery &delivery) const;
    QSqlDatabase m_db;
};

} // namespace deliveries
