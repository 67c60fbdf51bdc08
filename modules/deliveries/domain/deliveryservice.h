#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"
#include "stock/domain/stocktypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace deliveries {

struct DeliveryDraft {
    qint64 id = 0; // 0: a new delivery
    QString number; // past records only: the number written on the paper note (empty: "yyyy/S-NNNN")
    qint64 recipientId = 0;
    QDate date; // the day of transport
    QTime time; // optional
    QString vehicle;
    QString driver;
    QString organisation;
    TransportReason reason = TransportReason::FreeTransfer;
    qint64 locationId = 0; // 0: the default warehouse (Idroscalo)
    int packages = 0; // 0: the sum of the lines' packages
    QString notes;
    qint64 requestId = 0;
    qint64 allocationId = 0;
    DeliveryOrigin origin = DeliveryOrigin::Manual;
    // categoryId + grams, or itemId + quantity in its unit; packages; requestLineId
    QList<DeliveryLine> lines;
};

// A delivery's editable part as a draft (lines as asked for: quantity,
// packages, request line), to save it again or plan it anew.
DeliveryDraft draftFrom(const Delivery &delivery);

// ---------------------------------------------------------------------------
// Deliveries and their states. Each public write is one transaction: when
// it fails, nothing is written (the stock service's savepoints roll back
// with it).
//
//   planned --load()--> loaded --deliver()--> delivered --returnDelivery()--> returned
//      |                   \------------returnDelivery()-----------------/
//      +--cancel()--> cancelled        (deliver() on a planned one loads it first)
//
// - save(): creates or edits a planned delivery (a delivery that has left
//   cannot be edited; a delivered one only reversed by a return).
// - load(): the goods leave the warehouse. Every line is issued through
//   stock::StockService, first-expired-first-out, on the day of transport
//   (today if that is later), with the reference {"delivery", id, line}:
//   an item line asks for its quantity; a category line asks for its
//   grams of any item of the category, whole pieces first without going
//   over, then the rest (under one piece) with one more piece if no goods
//   by weight can make it up. The lots picked are recorded on the line;
//   the line's weight and pieces become those issued. Short stock refuses
//   the whole loading, naming the goods and what is missing.
// - deliver(): the recipient signs (name and time).
// - returnDelivery(): the goods come back into the lots they left
//   (StockService::returnToStock), with the reason.
// - cancel(): a planned delivery is called off, with the reason.
// The request a delivery was made for follows: scheduled while a delivery
// is planned or on the road, delivered when its deliveries are, allocated
// again when they are returned or cancelled.
//
// Error codes: deliveries.unknown_delivery (id), deliveries.unknown_recipient (id),
// deliveries.inactive_recipient (name), deliveries.bad_date (), deliveries.no_lines (),
// deliveries.bad_quantity (q), deliveries.bad_packages (n), deliveries.unknown_category (id),
// deliveries.unknown_item (id), deliveries.inactive_item (name), deliveries.unknown_location (id),
// deliveries.not_editable (number, status), deliveries.not_planned (number, status),
// deliveries.not_loaded (number, status), deliveries.not_returnable (number, status),
// deliveries.history_no_return (number), deliveries.missing_signature (),
// deliveries.missing_reason (), deliveries.return_before_issue (date, issued),
// and the stock service's (stock.insufficient names the goods and the shortfall).
// ---------------------------------------------------------------------------
class DeliveryService {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveryService)
public:
    explicit DeliveryService(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    core::Status validate(const DeliveryDraft &draft) const;
    core::Result<qint64> save(const DeliveryDraft &draft);
    core::Status load(qint64 deliveryId);
    core::Status deliver(qint64 deliveryId, const QString &signedBy, const QDateTime &at = {});
    core::Status returnDelivery(qint64 deliveryId, const QDate &date, const QString &reason);
    core::Status cancel(qint64 deliveryId, const QString &reason);
    // Plans a new delivery like `deliveryId` (a cancelled or returned one):
    // same recipient, request, day, transport and lines as they were asked
    // for. The compensating entry of a cancellation, and the new entry of a
    // Redo after a return. Refused when the request was cancelled or
    // delivered, or has another open delivery since (deliveries.request_closed (number, status),
    // deliveries.request_has_deliveries (number)).
    core::Result<qint64> replan(qint64 deliveryId);

    // Records a delivery made in the past without touching the stock
    // (origin Import or History): delivered on the draft's date, lines with
    // their weight (grams) and pieces as given, numbered in the series of
    // past records ("yyyy/S-NNNN") unless the draft carries the number of
    // the paper note. Inside the caller's transaction; validated like
    // save() except for the stock (deliveries.duplicate_number (number)).
    core::Result<qint64> recordPast(const DeliveryDraft &draft, const QString &signedBy);

    core::Result<QString> nextNumber(int year) const;
    core::Result<QString> nextPastNumber(int year) const;

private:
    core::Result<Recipient> checked(const DeliveryDraft &draft);
    core::Status loadInTransaction(const Delivery &delivery);
    core::Status event(qint64 deliveryId, const QString &event, const QString &note = {}, qint64 id = 0);
    core::Status syncRequest(qint64 requestId);
    core::Status writeLines(qint64 deliveryId, const QList<DeliveryLine> &lines, bool past, qint64 firstId);
    core::Result<stock::Item> item(qint64 itemId);

    QSqlDatabase m_db;
    const core::Clock &m_clock;
    QHash<qint64, stock::Item> m_items; // read once per service
};

} // namespace deliveries
