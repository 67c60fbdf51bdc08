#pragma once

#include <QLocale>
#include <QString>

namespace core {

// The value axis of a bar chart from 0: a round step (1, 2, 2.5 or 5 times
// a power of ten) giving at most `maxIntervals` intervals up to a round top
// at or above the largest value, and the decimals that keep every tick's
// label distinct ("0,25", not "0"). An empty or all-zero chart gets 0..1
// (never the "1, 0, 0, 0, 0, 0" of a zero range written without decimals).
// Counts (`integers`) get whole steps only.
struct NiceAxis {
    double top = 1;
    double step = 1;
    int decimals = 0;

    int intervals() const;
    double tick(int i) const { return i * step; } // 0..intervals()
};

NiceAxis niceAxis(double maxValue, int maxIntervals = 5, bool integers = false);

// A tick's label as the language writes it, with thousands separators
// ("12.500", "0,25").
QString niceAxisLabel(double value, const NiceAxis &axis, const QLocale &locale = QLocale());

} // namespace core
