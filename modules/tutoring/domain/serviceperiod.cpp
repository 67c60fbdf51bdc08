#include "tutoring/domain/serviceperiod.h"

#include <QStringList>

#include <algorithm>

namespace tutoring {

int ServicePeriod::serviceDays() const
{
    if (!isValid())
        return 0;
    int days = 0;
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(1))
        days += servesWeekday(d) ? 1 : 0;
    return days;
}

QString ServicePeriod::weekdaysText() const
{
    QString text;
    for (int d : weekdays)
        text += QString::number(d);
    return text;
}

QString ServicePeriod::slotHoursText() const
{
    QStringList parts;
    for (int h : slotHours)
        parts.append(QString::number(h));
    return parts.join(QLatin1Char(','));
}

QList<int> ServicePeriod::parseWeekdays(const QString &text)
{
    QList<int> days;
    for (const QChar c : text)
        if (c >= QLatin1Char('1') && c <= QLatin1Char('7') && !days.contains(c.digitValue()))
            days.append(c.digitValue());
    std::sort(days.begin(), days.end());
    return days;
}

QList<int> ServicePeriod::parseSlotHours(const QString &text)
{
    QList<int> hours;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int h = part.trimmed().toInt(&ok);
        if (ok && h >= 0 && h <= 23 && !hours.contains(h))
            hours.append(h);
    }
    std::sort(hours.begin(), hours.end());
    return hours;
}

core::Status ServicePeriod::validate() const
{
    if (name.trimmed().isEmpty())
        return core::Error(QStringLiteral("tutoring.period_name"));
    if (!isValid())
        return core::Error(QStringLiteral("tutoring.period_dates"));
    if (weekdays.isEmpty() || std::any_of(weekdays.begin(), weekdays.end(), [](int d) { return d < 1 || d > 7; }))
        return core::Error(QStringLiteral("tutoring.period_weekdays"));
    if (slotHours.isEmpty() || std::any_of(slotHours.begin(), slotHours.end(), [](int h) { return h < 0 || h > 23; }))
        return core::Error(QStringLiteral("tutoring.period_hours"));
    return {};
}

ServicePeriod publishedServicePeriod()
{
    ServicePeriod p;
    p.name = QStringLiteral("ConosciAMO 2021");
    p.firstDay = QDate(2021, 2, 4);
    p.lastDay = QDate(2021, 4, 9);
    return p;
}

} // namespace tutoring
