#include "core/domain/units.h"

#include <QRegularExpression>
#include <cmath>

namespace core {

QString formatKg(Grams grams, const QLocale &locale, int decimals)
{
    const double kg = gramsToKg(grams);
    const double scale = std::pow(10.0, decimals);
    const bool whole = std::fmod(std::round(kg * scale), scale) == 0.0;
    return locale.toString(kg, 'f', whole ? 0 : decimals) + QStringLiteral(" kg");
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
    if (!ok || kg < 0 || !std::isfinite(kg))
        return -1;
    return Grams(std::llround(kg * gramsPerKg));
}

} // namespace core
