#pragma once

#include <QLocale>
#include <QString>

namespace core {

// Quantities are integers: grams for weight, pieces for the rest
// (Subsurface's units.h lesson: no float drift in balances).
using Grams = qint64;
using Pieces = qint64;

constexpr Grams gramsPerKg = 1000;

inline double gramsToKg(Grams g) { return double(g) / double(gramsPerKg); }

// "1.234,5 kg" in Italian; decimals are dropped when they are all zero up to
// the requested precision.
QString formatKg(Grams grams, const QLocale &locale = QLocale(), int decimals = 1);

// Parses a weight in kg typed by a person ("12,5", "1.234,25", "12.5") into
// grams. Returns -1 on bad input.
Grams parseKgToGrams(const QString &text, const QLocale &locale = QLocale());

} // namespace core
