#pragma once

#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"

#include <QList>
#include <QString>

namespace deliveries {

// ---------------------------------------------------------------------------
// The equitable allocation ("in modo equo"): how `available` whole units of
// one kind of goods (kg of a category, pieces of an item) are shared among
// claims (the request lines waiting for it). Pure and deterministic: the
// same claims in any order give the same shares.
//
// 1. Enough for everyone (sum of requests <= available): every claim gets
//    exactly what it asked. Reason Full.
// 2. Short: the available units are shared in proportion to a weight,
//    never more than a claim asked:
//    - Weighting::Request: the weight is the request itself, so everyone
//      gets the same fill rate (available / requested), up to rounding;
//    - Weighting::Population: the weight is the residents of the
//      recipient's comune (a share per resident); a claim whose share would
//      exceed its request gets its request (Capped) and what it leaves is
//      shared again among the others in the same way, until nobody exceeds
//      ("water filling").
//    The exact share of claim i is R * w_i / W (R: units left after the
//    capped claims, W: sum of the weights of the others); it is computed in
//    integers, so there is no floating-point drift.
// 3. Whole units by the largest remainder (Hamilton's method): everyone
//    gets the integer part of the exact share; the units left (fewer than
//    the claims) go one each to the largest fractional parts. Ties are
//    broken by the larger weight, then by the smaller key (the request
//    number), so the result never depends on the order of the input.
//    Everything available is given: sum of shares = min(available, sum of
//    requests), and no share exceeds its request.
//
// Refused input: a negative available quantity, a negative request, a
// population weight that is not positive, requests (or weights) that add up
// to more than a 64-bit count holds (codes deliveries.allocation_*; the
// total's real value is in the error). Sums and products are computed in
// 128 bits, so nothing wraps around.
// ---------------------------------------------------------------------------

struct AllocationClaim {
    QString key; // tie-breaker and identity: the request number (and line)
    qint64 requested = 0; // whole units, >= 0
    qint64 weight = 0; // residents, for Weighting::Population
};

enum class ShareReason {
    Full, // enough stock: what was asked
    Share, // the integer part of the proportional share
    LargestRemainder, // the integer part plus one unit for a large remainder
    Capped, // the population share exceeded the request: the request
    Nothing, // nothing asked, or a share below one unit not rounded up
};
QString shareReasonCode(ShareReason reason); // as stored: full, share, largest_remainder, capped, nothing
ShareReason shareReasonFromCode(const QString &code);

struct ClaimShare {
    qint64 requested = 0;
    qint64 allocated = 0;
    double exactShare = 0; // the proportional share before rounding, in units
    double remainder = 0; // its fractional part (0 when Full or Capped)
    int remainderRank = 0; // 1-based place in the largest-remainder order (0: not ranked)
    ShareReason reason = ShareReason::Nothing;

    double fillRate() const { return requested > 0 ? double(allocated) / double(requested) : 1.0; }
};

struct AllocationOutcome {
    QList<ClaimShare> shares; // in the order of the claims
    qint64 available = 0;
    qint64 requested = 0;
    qint64 allocated = 0; // min(available, requested)
    bool scarce = false; // requested > available
    int roundedUp = 0; // claims that received a remainder unit
};

// The decimal text of a 128-bit integer (a total too large for 64 bits, in
// an error message).
QString wideIntegerText(__int128 value);

class EquitableAllocation {
public:
    static core::Result<AllocationOutcome> allocate(
        const QList<AllocationClaim> &claims, qint64 available, Weighting weighting);
};

} // namespace deliveries
