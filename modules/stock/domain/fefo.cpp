#include "stock/domain/fefo.h"

#include <algorithm>

namespace stock {

bool Fefo::lessThan(const LotCandidate &a, const LotCandidate &b)
{
    if (a.expiry.isValid() != b.expiry.isValid())
        return a.expiry.isValid(); // dated lots before lots that never expire
    if (a.expiry != b.expiry)
        return a.expiry < b.expiry;
    if (a.receivedOn != b.receivedOn)
        return a.receivedOn < b.receivedOn;
    return a.lotId < b.lotId;
}

void Fefo::sort(QList<LotCandidate> &lots)
{
    std::sort(lots.begin(), lots.end(), &Fefo::lessThan);
}

FefoPlan Fefo::planItem(QList<LotCandidate> lots, qint64 quantity, const QDate &date)
{
    sort(lots);
    FefoPlan plan;
    qint64 remaining = quantity;
    for (const LotCandidate &lot : lots) {
        if (lot.available <= 0 || isExpiredOn(lot.expiry, date))
            continue;
        plan.totalAvailable += lot.available;
        if (remaining <= 0)
            continue;
        const qint64 take = std::min(remaining, lot.available);
        plan.picks.append({ lot, take, lot.gramsOf(take) });
        plan.picked += take;
        remaining -= take;
    }
    plan.shortfall = std::max<qint64>(0, remaining);
    if (plan.shortfall > 0)
        plan.picks.clear();
    return plan;
}

FefoPlan Fefo::planWeight(QList<LotCandidate> lots, core::Grams grams, const QDate &date, PieceRounding rounding)
{
    sort(lots);
    FefoPlan plan;
    core::Grams remaining = grams;
    for (const LotCandidate &lot : lots) {
        if (lot.available <= 0 || isExpiredOn(lot.expiry, date))
            continue;
        const bool byPiece = lot.unit == Unit::Pieces;
        if (byPiece && lot.gramsPerPiece <= 0)
            continue; // weight unknown: cannot serve a request in kg
        plan.totalAvailable += lot.gramsOf(lot.available);
        if (remaining <= 0)
            continue;
        qint64 take = 0;
        if (!byPiece)
            take = std::min(remaining, lot.available);
        else if (rounding == PieceRounding::Up)
            take = std::min((remaining + lot.gramsPerPiece - 1) / lot.gramsPerPiece, lot.available);
        else
            take = std::min(remaining / lot.gramsPerPiece, lot.available);
        if (take <= 0)
            continue;
        const core::Grams weight = lot.gramsOf(take);
        plan.picks.append({ lot, take, weight });
        plan.picked += weight;
        remaining -= weight;
    }
    if (remaining > 0) {
        if (plan.totalAvailable < grams) {
            plan.shortfall = grams - plan.totalAvailable;
            plan.picks.clear();
            plan.picked = 0;
        } else {
            plan.unfilledGrams = remaining; // Down rounding: pieces too big for the rest
        }
    }
    return plan;
}

} // namespace stock
