#include "core/domain/units.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace core {

namespace {

// |grams| without overflow (INT64_MIN has no positive counterpart in qint64).
quint64 magnitude(Grams grams)
{
    return grams < 0 ? quint64(0) - quint64(grams) : quint64(grams);
}

constexpr quint64 powerOfTen(int n)
{
    quint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

} // namespace

QString kgExact(Grams grams, QChar decimalPoint)
{
    const quint64 m = magnitude(grams);
    QString text = QString::number(m / quint64(gramsPerKg));
    quint64 fraction = m % quint64(gramsPerKg);
    if (fraction != 0) {
        int digits = 3;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        text += decimalPoint + QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
    }
    return grams < 0 ? QLatin1Char('-') + text : text;
}

QString kgRounded(Grams grams, const QLocale &locale, int decimals)
{
    decimals = std::clamp(decimals, 0, 3);
    const quint64 unit = powerOfTen(3 - decimals); // grams per last shown digit
    const quint64 scale = powerOfTen(decimals);
    const quint64 rounded = (magnitude(grams) + unit / 2) / unit; // half away from zero; cannot overflow (|g| <= 2^63)
    QString text = locale.toString(qulonglong(rounded / scale));
    if (decimals > 0) {
        const QString fraction = locale.toString(qulonglong(rounded % scale));
        text += locale.decimalPoint() + QString(decimals - fraction.size(), locale.zeroDigit().at(0)) + fraction;
    }
    return grams < 0 && rounded != 0 ? locale.negativeSign() + text : text;
}

QString kgFull(Grams grams, const QLocale &locale)
{
    const quint64 fraction = magnitude(grams) % quint64(gramsPerKg);
    const int decimals = fraction == 0 ? 0 : fraction % 100 == 0 ? 1 : fraction % 10 == 0 ? 2 : 3;
    return kgRounded(grams, locale, decimals);
}

QString formatKg(Grams grams, const QLocale &locale, int decimals)
{
    decimals = std::clamp(decimals, 0, 3);
    const quint64 unit = powerOfTen(3 - decimals);
    const quint64 rounded = (magnitude(grams) + unit / 2) / unit;
    const bool whole = rounded % powerOfTen(decimals) == 0;
    return kgRounded(grams, locale, whole ? 0 : decimals) + QStringLiteral(" kg");
}

Grams parseKgToGrams(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    t.remove(QRegularExpression(QStringLiteral("\\s*kg$"), QRegularExpression::CaseInsensitiveOption));
    if (t.isEmpty())
        return -1;
    bool ok = false;
    double kg = locale.toDouble(t, &ok);
    if (!ok) {
        // Accept the other convention too: "12.5" typed on an Italian locale.
        const QLocale c = QLocale::c();
        kg = c.toDouble(t, &ok);
        if (!ok) {
            QString swapped = t;
            swapped.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
            kg = c.toDouble(swapped, &ok);
        }
    }
    // Below 2^53 g a double holds every gram exactly; above it the grams
    // would be guessed (and past 2^63 they would wrap).
    constexpr double largest = double(qint64(1) << 53) / double(gramsPerKg);
    if (!ok || kg < 0 || !std::isfinite(kg) || kg > largest)
        return -1;
    return Grams(std::llround(kg * gramsPerKg));
}

} // namespace core
