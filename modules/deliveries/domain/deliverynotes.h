#pragma once

#include "core/reporting/reportcatalog.h"
#include "deliveries/domain/deliverytypes.h"

#include <QCoreApplication>

namespace deliveries {

// The documento di trasporto (DDT) that travels with the goods: sender
// (CCV-MI, Idroscalo warehouse), recipient (name, address or a blank to
// fill in when none is recorded, CAP and comune, contact, phone), reason
// for transport (free transfer or donation), goods by item, lot and
// quantity as loaded ("Pasta di semola – lot L21049B – 34 kg"; before
// loading, what is planned and that it is not loaded yet), packages and
// weight, who transports them and with what,
// date and time of the start of transport, signature boxes for sender,
// driver and recipient; once delivered, who signed and when. One DDT per
// page; a day's DDTs make one document, so they print in one job.
class DeliveryNotes {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveryNotes)
public:
    static core::ReportDocument note(const Delivery &delivery, const core::ReportRequest &request);
    // "delivery-notes --at D": every delivery of the day that is not cancelled.
    static core::Result<core::ReportDocument> day(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::Result<core::ReportDocument> notes(
        const QSqlDatabase &db, const QList<qint64> &deliveryIds, const core::ReportRequest &request);

    // Appends one DDT (on a new page unless it is the first block).
    static void append(core::ReportDocument &document, const Delivery &delivery, const QLocale &locale);
    // The goods table of a DDT (also the CSV of a single note).
    static core::ReportTable goodsTable(const Delivery &delivery);
};

} // namespace deliveries
