#include "volunteers/domain/codicefiscale.h"

namespace volunteers {

namespace {

const QString monthLetters = QStringLiteral("ABCDEHLMPRST");
const QString omocodiaLetters = QStringLiteral("LMNPQRSTUV");

// Positions (0-based) that hold digits, which omocodia may turn into letters.
constexpr int digitPositions[] = { 6, 7, 9, 10, 12, 13, 14 };

bool isDigitPosition(int i)
{
    for (int p : digitPositions)
        if (p == i)
            return true;
    return false;
}

// Value of a character in an odd position (1st, 3rd, ... 15th), per the decree.
int oddValue(QChar c)
{
    static const int table[]
        = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 };
    const int index = c.isDigit() ? c.digitValue() : c.unicode() - 'A';
    return table[index];
}

int evenValue(QChar c)
{
    return c.isDigit() ? c.digitValue() : c.unicode() - 'A';
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

// The digit a position stands for, undoing omocodia; -1 when not a digit.
int digitAt(const QString &code, int i)
{
    const QChar c = code.at(i);
    if (c.isDigit())
        return c.digitValue();
    const qsizetype k = omocodiaLetters.indexOf(c);
    return k >= 0 ? int(k) : -1;
}

int numberAt(const QString &code, int from, int count)
{
    int n = 0;
    for (int i = from; i < from + count; ++i)
        n = n * 10 + digitAt(code, i);
    return n;
}

QString lettersOf(const QString &text, bool consonants)
{
    static const QString vowels = QStringLiteral("AEIOU");
    QString out;
    const QString folded = text.normalized(QString::NormalizationForm_D).toUpper();
    for (const QChar c : folded) {
        if (!isAsciiUpper(c))
            continue;
        if (vowels.contains(c) != consonants)
            out.append(c);
    }
    return out;
}

} // namespace

QString CodiceFiscale::normalise(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c.toUpper());
    return out;
}

QChar CodiceFiscale::checkCharacter(const QString &first15)
{
    int sum = 0;
    for (int i = 0; i < 15 && i < first15.size(); ++i)
        sum += (i % 2 == 0) ? oddValue(first15.at(i)) : evenValue(first15.at(i));
    return QChar(u'A' + sum % 26);
}

core::Result<CodiceFiscaleInfo> CodiceFiscale::parse(const QString &text, const QDate &today)
{
    const QString code = normalise(text);
    if (code.isEmpty())
        return core::Error(QStringLiteral("volunteers.cf_empty"));
    if (code.size() != 16)
        return core::Error(QStringLiteral("volunteers.cf_length"), { code, QString::number(code.size()) });
    for (int i = 0; i < 16; ++i) {
        const QChar c = code.at(i);
        bool ok = false;
        if (isDigitPosition(i))
            ok = c.isDigit() || omocodiaLetters.contains(c);
        else if (i == 8)
            ok = monthLetters.contains(c);
        else
            ok = isAsciiUpper(c);
        if (!ok)
            return core::Error(i == 8 && isAsciiUpper(c) ? QStringLiteral("volunteers.cf_month")
                                                         : QStringLiteral("volunteers.cf_format"),
                { code, QString::number(i + 1) });
    }
    const QChar expected = checkCharacter(code.left(15));
    if (code.at(15) != expected)
        return core::Error(QStringLiteral("volunteers.cf_check"), { code, QString(expected) });

    CodiceFiscaleInfo info;
    info.code = code;
    for (int p : digitPositions)
        if (!code.at(p).isDigit())
            info.omocodia = true;
    const int yy = numberAt(code, 6, 2);
    const int month = int(monthLetters.indexOf(code.at(8))) + 1;
    int day = numberAt(code, 9, 2);
    info.sex = QLatin1Char('M');
    if (day > 40) {
        day -= 40;
        info.sex = QLatin1Char('F');
    }
    int year = 2000 + yy;
    if (year > today.year())
        year -= 100;
    info.birthDate = QDate(year, month, day);
    if (!info.birthDate.isValid() && year >= 2000)
        info.birthDate = QDate(year - 100, month, day); // 29 February of a non-leap year 20yy
    if (!info.birthDate.isValid())
        return core::Error(QStringLiteral("volunteers.cf_day"), { code, QString::number(10) });
    info.cadastralCode = QString(code.at(11));
    for (int i = 12; i < 15; ++i)
        info.cadastralCode.append(QChar(u'0' + digitAt(code, i)));
    return info;
}

QString CodiceFiscale::surnameLetters(const QString &surname)
{
    return (lettersOf(surname, true) + lettersOf(surname, false) + QStringLiteral("XXX")).left(3);
}

QString CodiceFiscale::nameLetters(const QString &name)
{
    const QString consonants = lettersOf(name, true);
    if (consonants.size() >= 4)
        return QString(consonants.at(0)) + consonants.at(2) + consonants.at(3);
    return (consonants + lettersOf(name, false) + QStringLiteral("XXX")).left(3);
}

bool CodiceFiscale::matchesName(const QString &code, const QString &surname, const QString &name)
{
    const QString c = normalise(code);
    return c.size() >= 6 && c.left(3) == surnameLetters(surname) && c.mid(3, 3) == nameLetters(name);
}

QString CodiceFiscale::build(
    const QString &surname, const QString &name, const QDate &birthDate, QChar sex, const QString &cadastralCode)
{
    QString code = surnameLetters(surname) + nameLetters(name);
    code += QStringLiteral("%1").arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'));
    code += monthLetters.at(birthDate.month() - 1);
    const int day = birthDate.day() + (sex == QLatin1Char('F') ? 40 : 0);
    code += QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0'));
    code += cadastralCode.toUpper();
    code += checkCharacter(code);
    return code;
}

} // namespace volunteers
