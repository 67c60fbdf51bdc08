#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"

#include <QSqlDatabase>

namespace deliveries {

struct RequestDraft {
    qint64 recipientId = 0;
    QDate requestedOn;
    QDate neededBy; // optional
    QString externalRef; // the booking platform's id (optional, unique)
    QString notes;
    QList<RequestLine> lines; // category lines in grams, whole kg; item lines in the item's unit
};

// Requests of goods: recorded by hand or by the importer, cancelled with a
// reason. Their state follows the allocation and the deliveries made from
// them (AllocationService, DeliveryService): received -> allocated ->
// scheduled -> delivered, or cancelled. Numbered "yyyy/R-NNNN" (workstation
// 1) or "yyyy/R3-NNNN" (workstation 3). Every write is one transaction.
//
// Error codes: deliveries.unknown_recipient (id), deliveries.inactive_recipient (name),
// deliveries.bad_date (), deliveries.future_date (date), deliveries.needed_before_request (),
// deliveries.no_lines (), deliveries.bad_quantity (q), deliveries.whole_kg (label),
// deliveries.unknown_category (id), deliveries.unknown_item (id), deliveries.inactive_item (name),
// deliveries.duplicate_line (label), deliveries.duplicate_external_ref (ref),
// deliveries.unknown_request (id), deliveries.missing_reason (),
// deliveries.request_not_cancellable (number, status), deliveries.request_has_deliveries (number),
// deliveries.request_not_editable (number, status).
class RequestService {
public:
    explicit RequestService(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    // requestId: the request being edited (its own external ref is no duplicate).
    core::Status validate(const RequestDraft &draft, qint64 requestId = 0) const;
    core::Result<qint64> create(const RequestDraft &draft);
    // Changes a request still waiting for an allocation (received): its
    // recipient, dates, reference, notes and lines; inside the caller's
    // transaction when there is one.
    core::Status edit(qint64 requestId, const RequestDraft &draft);
    core::Status cancel(qint64 requestId, const QString &reason);

    core::Result<Request> request(qint64 requestId) const;
    core::Result<QString> nextNumber(int year) const;

    // Writes one request (number, lines) inside the caller's transaction,
    // without validation: for the importer and the allocation's carry-over.
    core::Result<qint64> insert(const RequestDraft &draft, const QString &source, qint64 carriedFromId = 0);

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

// "yyyy/PREFIX-NNNN" numbers per workstation, shared by requests ("R") and
// delivery notes (no prefix): the next free one in `table`.
core::Result<QString> nextDocumentNumber(const QSqlDatabase &db, const QString &table, int year, const QString &prefix);

} // namespace deliveries
