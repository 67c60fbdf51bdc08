#include "deliveries/domain/equitableallocation.h"

#include <algorithm>
#include <limits>

namespace deliveries {

using core::Error;

QString shareReasonCode(ShareReason reason)
{
    switch (reason) {
    case ShareReason::Full:
        return QStringLiteral("full");
    case ShareReason::Share:
        return QStringLiteral("share");
    case ShareReason::LargestRemainder:
        return QStringLiteral("largest_remainder");
    case ShareReason::Capped:
        return QStringLiteral("capped");
    case ShareReason::Nothing:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("nothing");
}

ShareReason shareReasonFromCode(const QString &code)
{
    for (ShareReason r : { ShareReason::Full, ShareReason::Share, ShareReason::LargestRemainder, ShareReason::Capped })
        if (shareReasonCode(r) == code)
            return r;
    return ShareReason::Nothing;
}

QString wideIntegerText(__int128 value)
{
    if (value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max())
        return QString::number(qint64(value));
    const bool negative = value < 0;
    unsigned __int128 m = negative ? -static_cast<unsigned __int128>(value) : static_cast<unsigned __int128>(value);
    QString digits;
    do {
        digits.prepend(QLatin1Char(char('0' + int(m % 10))));
        m /= 10;
    } while (m != 0);
    return negative ? QLatin1Char('-') + digits : digits;
}

core::Result<AllocationOutcome> EquitableAllocation::allocate(
    const QList<AllocationClaim> &claims, qint64 available, Weighting weighting)
{
    if (available < 0)
        return Error(QStringLiteral("deliveries.allocation_negative_available"), { QString::number(available) });
    AllocationOutcome outcome;
    outcome.available = available;
    constexpr __int128 largest = std::numeric_limits<qint64>::max();
    __int128 requested = 0; // 2^31 claims of 2^63 still fit: no overflow while adding
    __int128 weights = 0;
    for (const AllocationClaim &c : claims) {
        if (c.requested < 0)
            return Error(
                QStringLiteral("deliveries.allocation_negative_request"), { c.key, QString::number(c.requested) });
        if (weighting == Weighting::Population && c.requested > 0 && c.weight <= 0)
            return Error(QStringLiteral("deliveries.allocation_bad_weight"), { c.key, QString::number(c.weight) });
        requested += c.requested;
        if (weighting == Weighting::Population && c.requested > 0)
            weights += c.weight;
    }
    // Below 2^63 every product below (units x weight) fits in 128 bits.
    if (requested > largest)
        return Error(QStringLiteral("deliveries.allocation_total_too_large"),
            { wideIntegerText(requested), QString::number(std::numeric_limits<qint64>::max()) });
    if (weights > largest)
        return Error(QStringLiteral("deliveries.allocation_weights_too_large"),
            { wideIntegerText(weights), QString::number(std::numeric_limits<qint64>::max()) });
    outcome.requested = qint64(requested);
    outcome.shares.resize(claims.size());
    for (int i = 0; i < claims.size(); ++i)
        outcome.shares[i].requested = claims.at(i).requested;

    // 1. Enough for everyone.
    if (outcome.requested <= available) {
        for (ClaimShare &s : outcome.shares) {
            s.allocated = s.requested;
            s.exactShare = double(s.requested);
            s.reason = s.requested > 0 ? ShareReason::Full : ShareReason::Nothing;
        }
        outcome.allocated = outcome.requested;
        return outcome;
    }
    outcome.scarce = true;
    outcome.allocated = available;

    // 2. Proportional shares, capped at the request (water filling).
    using Wide = __int128; // units x residents can exceed 64 bits on absurd input
    auto weightOf = [&](int i) -> Wide {
        return weighting == Weighting::Population ? Wide(claims.at(i).weight) : Wide(claims.at(i).requested);
    };
    QList<int> open;
    for (int i = 0; i < claims.size(); ++i)
        if (claims.at(i).requested > 0)
            open.append(i);
    Wide left = available;
    Wide totalWeight = 0;
    for (bool capped = true; capped;) {
        capped = false;
        totalWeight = 0;
        for (int i : open)
            totalWeight += weightOf(i);
        QList<int> stillOpen;
        for (int i : open) {
            if (left * weightOf(i) >= Wide(claims.at(i).requested) * totalWeight) {
                ClaimShare &s = outcome.shares[i];
                s.allocated = s.requested;
                s.exactShare = double(s.requested);
                s.reason = ShareReason::Capped;
                capped = true;
            } else {
                stillOpen.append(i);
            }
        }
        if (capped) {
            for (int i : open)
                if (!stillOpen.contains(i))
                    left -= claims.at(i).requested;
            open = stillOpen;
        }
    }
    if (open.isEmpty())
        return outcome;

    // 3. Integer parts, then one unit each to the largest remainders.
    struct Part {
        int index;
        Wide remainder; // numerator over totalWeight
    };
    QList<Part> parts;
    Wide given = 0;
    for (int i : open) {
        const Wide numerator = left * weightOf(i);
        ClaimShare &s = outcome.shares[i];
        s.allocated = qint64(numerator / totalWeight);
        s.exactShare = double(numerator) / double(totalWeight);
        s.remainder = double(numerator % totalWeight) / double(totalWeight);
        s.reason = s.allocated > 0 ? ShareReason::Share : ShareReason::Nothing;
        given += s.allocated;
        parts.append({ i, numerator % totalWeight });
    }
    std::sort(parts.begin(), parts.end(), [&](const Part &a, const Part &b) {
        if (a.remainder != b.remainder)
            return a.remainder > b.remainder;
        if (weightOf(a.index) != weightOf(b.index))
            return weightOf(a.index) > weightOf(b.index);
        if (claims.at(a.index).key != claims.at(b.index).key)
            return claims.at(a.index).key < claims.at(b.index).key;
        return a.index < b.index;
    });
    qint64 units = qint64(left - given); // < open.size(), because each remainder < 1
    for (int rank = 0; rank < parts.size(); ++rank) {
        ClaimShare &s = outcome.shares[parts.at(rank).index];
        if (parts.at(rank).remainder > 0)
            s.remainderRank = rank + 1;
        if (units > 0) {
            ++s.allocated; // never above the request: the exact share is below it
            s.reason = ShareReason::LargestRemainder;
            ++outcome.roundedUp;
            --units;
        }
    }
    return outcome;
}

} // namespace deliveries
