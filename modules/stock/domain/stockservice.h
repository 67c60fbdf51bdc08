#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "stock/domain/fefo.h"
#include "stock/domain/stockledger.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace stock {

// ---------------------------------------------------------------------------
// The stock issuing service: the domain API other modules call (deliveries
// issue food, DPI and kits through it). Every write method opens a
// core::Transaction, so it commits on its own when called alone and becomes
// a SAVEPOINT inside the caller's transaction: the delivery and its stock
// movements commit or fail together. A refused call leaves the database
// unchanged (its savepoint is rolled back) and returns a core::Error.
//
// Quantities are integers in the item's unit: grams for items by weight,
// pieces for items by the piece. A category is asked for in grams.
//
// Rules:
// - First expired, first out. Lots are taken by earliest expiry (lots
//   without expiry last), then earliest receipt, then lowest lot id. A lot is
//   usable up to and including its expiry date; lots expired on the issue
//   date are skipped (they can only be written off: writeOff()).
// - Dates: an issue on date D sees the stock at the end of D and never
//   takes what a later-dated row already took (see StockLedger). Lots
//   received after D are not available on D. Issues may be backdated.
// - Never negative: a request larger than what is available fails with
//   stock.insufficient and nothing is written. The schema refuses it too
//   (trigger on stock_movement), as a last line of defence.
// - Location: 0 means the default location (the Idroscalo warehouse).
//
// Error codes (args):
//   stock.insufficient      (name, unit "g"|"pcs", requested, available, shortfall, date yyyy-MM-dd)
//                            name is the item's, or the category's for a category request
//   stock.bad_quantity      (quantity)              zero or negative quantity
//   stock.bad_date          ()                      missing date
//   stock.unknown_item      (id)      stock.unknown_category (id)    stock.unknown_location (id)
//   stock.inactive_location (name)
//   stock.missing_reason    ()                      write-offs and adjustments need one
//   stock.unknown_movement  (id)
//   stock.already_reversed  (id)      stock.reversal_of_reversal (id)
//   stock.would_go_negative (item, lot, shortfall)  a correction would take what is gone
//   stock.nothing_to_return (item)    stock.return_too_large (item, returnable)
//   stock.same_location     ()
// ---------------------------------------------------------------------------

struct IssueRequest {
    qint64 itemId = 0;     // an item ...
    qint64 categoryId = 0; // ... or a goods category (any of its items; quantity in grams)
    qint64 quantity = 0;   // item's unit; grams for a category
    QDate date;            // the day the goods leave
    qint64 locationId = 0; // 0: the default location
    QString reason;        // free text shown in the ledger (optional for issues)
    Reference reference;   // the caller's document and line: {"delivery", deliveryId, lineId}
    PieceRounding rounding = PieceRounding::Up; // category requests served by lots by the piece
};

// One lot taken by an issue (or put back by a return).
struct IssuedLot {
    qint64 movementId = 0;
    qint64 lotId = 0;
    qint64 itemId = 0;
    QString itemName;
    QString lotCode;
    QDate expiry;          // invalid: does not expire
    qint64 locationId = 0;
    qint64 quantity = 0;   // > 0, in the item's unit
    core::Grams grams = 0; // its weight (0 when the item's piece weight is unknown)
};

struct IssueResult {
    qint64 operationId = 0;   // groups the movements (reverseOperation() undoes them all)
    QList<IssuedLot> lots;    // in FEFO order
    qint64 quantity = 0;      // total, in the unit of the request
    core::Grams grams = 0;    // total weight
    core::Grams unfilledGrams = 0; // category requests with PieceRounding::Down only
};

// Goods coming back after an issue (a delivery refused, goods left over):
// they go back into the lots the reference took them from, latest expiry
// first, never more than was issued to that reference net of earlier returns.
struct ReturnRequest {
    Reference reference;   // the same reference the issue carried
    qint64 itemId = 0;
    qint64 quantity = 0;   // item's unit
    QDate date;
    QString reason;
};

struct TransferRequest {
    qint64 lotId = 0;
    qint64 fromLocationId = 0;
    qint64 toLocationId = 0;
    qint64 quantity = 0;
    QDate date;
    QString reason;
};

struct WriteOffRequest {
    qint64 lotId = 0;
    qint64 locationId = 0; // 0: the default location
    qint64 quantity = 0;   // 0: everything the lot holds there on the date
    QDate date;
    QString reason;        // required ("scaduto", "danneggiato"...)
    Reference reference;
};

// What can be issued, by lot, for the Magazzino screens and for callers
// that want to show the choice before issuing.
struct AvailabilityQuery {
    qint64 itemId = 0;     // an item, or
    qint64 categoryId = 0; // a category, or neither: everything
    qint64 locationId = 0; // 0: every location
    QDate date;
};

class StockService {
    Q_DECLARE_TR_FUNCTIONS(stock::StockService)
public:
    explicit StockService(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    // Issues first-expired-first-out. See the rules above.
    core::Result<IssueResult> issue(const IssueRequest &request);
    // Puts issued goods back (kind 'return', positive, same lots).
    core::Result<IssueResult> returnToStock(const ReturnRequest &request);
    // Reverses one movement: a row of the same kind, lot, location and date
    // with the opposite quantity, pointing at the original. Refused when the
    // original was already reversed, is itself a reversal, or when taking
    // the goods back out would make a balance negative.
    core::Result<qint64> reverseMovement(qint64 movementId, const QString &reason);
    // Reverses every movement of an operation (a whole issue, a transfer, a
    // kit assembly, a receipt) in one transaction.
    core::Result<QList<qint64>> reverseOperation(qint64 operationId, const QString &reason);
    // Moves a lot between locations (two 'transfer' rows, one operation).
    core::Result<qint64> transfer(const TransferRequest &request);
    // Writes a lot off (expired, damaged): the only way expired goods leave.
    core::Result<IssuedLot> writeOff(const WriteOffRequest &request);

    // What can leave on the date, in the item's unit (grams for a category:
    // lots by the piece of unknown weight do not count). Expired lots and
    // lots received after the date are excluded.
    core::Result<qint64> available(const AvailabilityQuery &query);
    // The usable lots in FEFO order (expired ones excluded), each with what
    // can leave on the date.
    core::Result<QList<LotCandidate>> availableLots(const AvailabilityQuery &query);

    // The weight of a quantity of an item (0 when unknown): food reports in kg.
    core::Result<core::Grams> toGrams(qint64 itemId, qint64 quantity);

    StockLedger &ledger() { return m_ledger; }

private:
    core::Result<qint64> resolveLocation(qint64 locationId);
    core::Result<QString> categoryName(qint64 categoryId);
    core::Result<IssueResult> writeIssue(const IssueRequest &request, qint64 locationId, const FefoPlan &plan);
    core::Status checkCanTake(qint64 lotId, qint64 locationId, const QDate &date, qint64 quantity, const QString &itemName,
                              const QString &lotCode);

    QSqlDatabase m_db;
    const core::Clock &m_clock;
    StockLedger m_ledger;
};

} // namespace stock
