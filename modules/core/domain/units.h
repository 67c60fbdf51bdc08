#pragma once

#include <QLocale>
#include <QString>

namespace core {

// Quantities are integers: grams for weight, pieces for the rest
// (Subsurface's units.h lesson: no float drift in balances). They stay
// integers until printed: kg are written from the grams by integer
// arithmetic, never through a double (32205850 g is 32205.85 kg, which a
// double holds as 32205.849999... and prints as 32205.8).
using Grams = qint64;
using Pieces = qint64;

constexpr Grams gramsPerKg = 1000;

// For charts and maps only (a bar's height): never for a figure people read.
inline double gramsToKg(Grams g) { return double(g) / double(gramsPerKg); }

// Exact kg for files (CSV, open data): every gram kept, trailing zeros and a
// bare decimal point dropped, no grouping: 32205850 -> "32205.85",
// 1000 -> "1", -1 -> "-0.001". The decimal point is '.' unless given
// (',' for Italian spreadsheets).
QString kgExact(Grams grams, QChar decimalPoint = QLatin1Char('.'));

// kg for people (screen, paper): rounded half away from zero to `decimals`
// (0..3), with the locale's grouping (unless the locale omits it), decimal
// separator and minus sign: 32205850 at 1 decimal -> "32.205,9" in Italian.
// A value that rounds to zero has no minus sign.
QString kgRounded(Grams grams, const QLocale &locale = QLocale(), int decimals = 1);

// Every gram for people: as kgRounded at 3 decimals, trailing zeros
// dropped ("32.205,85", "12", "0,001"). For fields people edit and for
// messages that must not hide a gram.
QString kgFull(Grams grams, const QLocale &locale = QLocale());

// "1.234,5 kg" in Italian; decimals are dropped when they are all zero up to
// the requested precision.
QString formatKg(Grams grams, const QLocale &locale = QLocale(), int decimals = 1);

// Parses a weight in kg typed by a person ("12,5", "1.234,25", "12.5") into
// grams. Returns -1 on bad input, and on a weight too large to count in
// grams (over about 9.2 million tonnes).
Grams parseKgToGrams(const QString &text, const QLocale &locale = QLocale());

} // namespace core
