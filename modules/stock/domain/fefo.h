#pragma once

#include "stock/domain/stocktypes.h"

#include <QCoreApplication>

namespace stock {

// A lot that could be picked: what is left of it at one location on the
// issue date (see StockLedger::candidates), with what FEFO orders by.
struct LotCandidate {
    qint64 lotId = 0;
    qint64 itemId = 0;
    QString itemName;
    QString lotCode;
    QDate expiry;     // invalid: does not expire
    QDate receivedOn;
    qint64 available = 0; // in the item's unit, never negative
    Unit unit = Unit::Grams;
    qint64 gramsPerPiece = 0;

    core::Grams gramsOf(qint64 quantity) const { return unit == Unit::Grams ? quantity : quantity * gramsPerPiece; }
};

struct LotPick {
    LotCandidate lot;
    qint64 quantity = 0;   // in the item's unit, > 0
    core::Grams grams = 0; // its weight (0 when unknown)
};

// How a weight request is met from lots counted by the piece: Up completes
// the weight with one more piece (the issue may exceed the request by less
// than one piece); Down never exceeds the request (a remainder smaller than
// a piece may stay unfilled, see FefoPlan::unfilledGrams).
enum class PieceRounding { Up, Down };

struct FefoPlan {
    QList<LotPick> picks;
    qint64 picked = 0;          // in the unit of the request (item's unit, or grams)
    qint64 shortfall = 0;       // > 0: not enough stock; nothing may be issued
    qint64 totalAvailable = 0;  // what the usable lots hold, in the unit of the request
    core::Grams unfilledGrams = 0; // Down rounding only: remainder smaller than a piece
};

// First-expired-first-out, as pure functions (no database), so that the
// rules are tested on their own.
//
// Order: earliest expiry first; lots without expiry after every dated lot;
// ties broken by the earlier receipt date, then by the lower lot id, so the
// same stock always gives the same picks. A lot is usable up to and
// including its expiry date: a lot whose expiry is before the issue date is
// expired and never picked (it can only be written off).
class Fefo {
    Q_DECLARE_TR_FUNCTIONS(stock::Fefo)
public:
    static bool isExpiredOn(const QDate &expiry, const QDate &date) { return expiry.isValid() && expiry < date; }
    static bool lessThan(const LotCandidate &a, const LotCandidate &b);
    static void sort(QList<LotCandidate> &lots);

    // `quantity` of one item, in its unit.
    static FefoPlan planItem(QList<LotCandidate> lots, qint64 quantity, const QDate &date);
    // `grams` of any of the lots' items (a category): lots by weight give
    // grams, lots by the piece whole pieces of their known weight (lots
    // whose piece weight is unknown are not usable).
    static FefoPlan planWeight(QList<LotCandidate> lots, core::Grams grams, const QDate &date,
                               PieceRounding rounding = PieceRounding::Up);
};

} // namespace stock
