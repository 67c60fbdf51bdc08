#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "stock/domain/stocktypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace stock {

struct ReceiptLine {
    qint64 itemId = 0;
    QString lotCode;
    QDate expiry;          // invalid: no expiry (only for items that do not track it)
    qint64 quantity = 0;   // item's unit (grams or pieces), > 0
    qint64 locationId = 0; // 0: the default location
};

struct ReceiptDraft {
    qint64 donorId = 0;
    QDate date;
    QString documentRef; // the donor's DDT or letter
    QString notes;
    QList<ReceiptLine> lines;
};

// What to do with lines already expired on arrival (expiry before the
// receipt date): refuse them, or receive them and write them off at once.
enum class ExpiredOnArrival { Refuse, WriteOff };

struct RecordedReceipt {
    qint64 receiptId = 0;
    QString number;
    qint64 operationId = 0;
    QList<qint64> lotIds;       // one per line, in order
    int writtenOff = 0;         // lines expired on arrival, written off
};

struct ReceiptProblem {
    int line = 0; // 1-based line of the draft; 0: the header
    core::Error error;
};

// Donations coming in: a receipt with a donor and a date, one lot and one
// 'receipt' movement per line (ref_type "receipt", ref_id the receipt,
// ref_line the line number). One transaction per receipt.
//
// Error codes: stock.unknown_donor (id), stock.bad_date (), stock.future_date (date),
// stock.no_lines (), stock.bad_quantity (q), stock.expiry_required (item),
// stock.expired_on_arrival (item, expiry, date), stock.inactive_item (item),
// stock.unknown_location (id), stock.inactive_location (name).
class ReceiptService {
    Q_DECLARE_TR_FUNCTIONS(stock::ReceiptService)
public:
    explicit ReceiptService(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    // Every problem of the draft, by line (empty: it can be recorded).
    // Expired lines are problems only when `expired` is Refuse.
    core::Result<QList<ReceiptProblem>> validate(const ReceiptDraft &draft, ExpiredOnArrival expired);
    core::Result<RecordedReceipt> record(const ReceiptDraft &draft, ExpiredOnArrival expired = ExpiredOnArrival::Refuse);
    // Cancels a whole receipt (reverses all its movements). Refused when
    // some of its goods have already left.
    core::Status cancel(qint64 receiptId, const QString &reason);

    // "2021/0007" (workstation 1) or "2021/3-0007" (workstation 3).
    core::Result<QString> nextNumber(int year);

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace stock
