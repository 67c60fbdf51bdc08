#include "core/ui/mapclasses.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

// Two significant digits: 143.7 → 140, 2632 → 2600, 0.0472 → 0.047.
double roundToTwoDigits(double v)
{
    if (v <= 0)
        return v;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)) - 1);
    return std::round(v / magnitude) * magnitude;
}

} // namespace

QList<double> mapClassBreaks(QList<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !(v > 0); }), values.end());
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const double largest = values.last();
    QList<double> breaks;
    for (int k = 1; k <= 4; ++k) {
        const double quantile = values.at(std::min<qsizetype>(values.size() - 1, values.size() * k / 5));
        const double rounded = roundToTwoDigits(quantile);
        // Every class holds a value: some above the break, some between it
        // and the previous one.
        const double previous = breaks.isEmpty() ? 0 : breaks.last();
        const bool holdsOne = std::upper_bound(values.cbegin(), values.cend(), rounded)
            != std::upper_bound(values.cbegin(), values.cend(), previous);
        if (rounded < largest && rounded > previous && holdsOne)
            breaks.append(rounded);
    }
    return breaks;
}

} // namespace core
