#include "core/reporting/niceaxis.h"

#include <cmath>

namespace core {

int NiceAxis::intervals() const
{
    return step > 0 ? int(std::lround(top / step)) : 0;
}

NiceAxis niceAxis(double maxValue, int maxIntervals, bool integers)
{
    if (!(maxValue > 0) || !std::isfinite(maxValue))
        maxValue = 1; // nothing to show: a plain 0..1
    if (maxIntervals < 1)
        maxIntervals = 1;
    const double raw = maxValue / maxIntervals;
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    NiceAxis axis;
    axis.step = 0;
    while (axis.step == 0) {
        for (double m : { 1.0, 2.0, 2.5, 5.0 }) {
            const double step = m * magnitude;
            if (integers && (step < 1 || std::abs(step - std::round(step)) > 1e-9))
                continue; // "2,5 volunteers" is no tick
            if (step >= raw * (1 - 1e-12)) {
                axis.step = step;
                break;
            }
        }
        magnitude *= 10;
    }
    // Whole multiples of the step, so that the ticks do not drift (0.1 * 3).
    axis.top = std::ceil(maxValue / axis.step - 1e-9) * axis.step;
    axis.decimals = 0;
    while (axis.decimals < 9) {
        const double scaled = axis.step * std::pow(10.0, axis.decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++axis.decimals;
    }
    return axis;
}

QString niceAxisLabel(double value, const NiceAxis &axis, const QLocale &locale)
{
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return grouped.toString(value, 'f', axis.decimals);
}

} // namespace core
