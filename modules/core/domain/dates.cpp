#include "core/domain/dates.h"

#include <QRegularExpression>

namespace core {

QString toSqlDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromSqlDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString toItalianDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QDate parseUserDate(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression italian(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = italian.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

namespace {

int fullYear(const QString &digits, int referenceYear)
{
    const int y = digits.toInt();
    if (digits.size() == 4)
        return y;
    int year = referenceYear / 100 * 100 + y;
    if (year > referenceYear + 19)
        year -= 100;
    else if (year < referenceYear - 80)
        year += 100;
    return year;
}

TypedDate typed(int year, int month, int day, bool mayGrow)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2099)
        return { TypedDate::Invalid, {} };
    return { TypedDate::Valid, date, mayGrow };
}

} // namespace

TypedDate parseTypedDate(const QString &text, int referenceYear)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // The same separator twice: "15/03-2021" is more likely a slip than a date.
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2}|\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = separated.match(t); m.hasMatch())
        return typed(fullYear(m.captured(4), referenceYear), m.captured(3).toInt(), m.captured(1).toInt(),
            m.captured(4).size() == 2);
    if (const auto m = packed.match(t); m.hasMatch())
        return typed(fullYear(m.captured(3), referenceYear), m.captured(2).toInt(), m.captured(1).toInt(),
            m.captured(3).size() == 2);
    if (const auto m = iso.match(t); m.hasMatch())
        return typed(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(3).size() == 1);
    return { TypedDate::Invalid, {} };
}

TypedTime parseTypedTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    static const QRegularExpression packed(QStringLiteral("^\\d{1,4}$"));
    int hour = -1;
    int minute = 0;
    bool mayGrow = false;
    if (const auto m = separated.match(t); m.hasMatch()) {
        hour = m.captured(1).toInt();
        minute = m.captured(2).toInt();
    } else if (packed.match(t).hasMatch()) {
        // "9" and "09" are hours; "905" is 9:05, "0905" 09:05.
        if (t.size() <= 2) {
            hour = t.toInt();
        } else {
            hour = t.left(t.size() - 2).toInt();
            minute = t.right(2).toInt();
        }
        mayGrow = t.size() < 4;
    } else {
        return { TypedTime::Invalid, {} };
    }
    if (hour > 23 || minute > 59)
        return { TypedTime::Invalid, {} };
    return { TypedTime::Valid, QTime(hour, minute), mayGrow };
}

} // namespace core
