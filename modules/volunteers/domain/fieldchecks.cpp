#include "volunteers/domain/fieldchecks.h"

#include "volunteers/domain/codicefiscale.h"

#include <QRegularExpression>

namespace volunteers {

bool isPlausibleEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.isEmpty() || re.match(text).hasMatch();
}

bool isValidPartitaIva(const QString &text)
{
    if (text.size() != 11)
        return false;
    int sum = 0;
    for (int i = 0; i < 11; ++i) {
        if (!text.at(i).isDigit())
            return false;
        int d = text.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

core::Status checkEmployerTaxCode(const QString &text)
{
    const QString code = CodiceFiscale::normalise(text);
    if (code.isEmpty() || isValidPartitaIva(code) || CodiceFiscale::isValid(code))
        return {};
    return core::Error(QStringLiteral("volunteers.bad_employer_tax_code"), { text });
}

} // namespace volunteers
