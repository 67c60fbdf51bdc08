#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tutoring {

// When hours can be booked: the days of the service (04/02/2021 -
// 09/04/2021 in the published edition), the weekdays served (Monday to
// Saturday) and the start hours of the one-hour slots (15, 16, 17 for the
// 15:00-18:30 window). Pure value; stored in tutoring_period.
struct ServicePeriod {
    qint64 id = 0;
    QString name;
    QDate firstDay;
    QDate lastDay;
    QList<int> weekdays { 1, 2, 3, 4, 5, 6 }; // ISO: 1 = Monday
    QList<int> slotHours { 15, 16, 17 };

    bool isValid() const { return firstDay.isValid() && lastDay.isValid() && firstDay <= lastDay; }
    bool contains(const QDate &day) const { return day.isValid() && day >= firstDay && day <= lastDay; }
    bool servesWeekday(const QDate &day) const { return weekdays.contains(day.dayOfWeek()); }
    bool isServiceDay(const QDate &day) const { return contains(day) && servesWeekday(day); }
    bool isSlotHour(int hour) const { return slotHours.contains(hour); }
    // How many service days the period has.
    int serviceDays() const;

    // The stored forms: '123456' and '15,16,17'.
    QString weekdaysText() const;
    QString slotHoursText() const;
    static QList<int> parseWeekdays(const QString &text);
    static QList<int> parseSlotHours(const QString &text);

    // Checks name, dates, weekdays (1-7) and slot hours (0-23, at least one
    // each). Codes: tutoring.period_name, tutoring.period_dates,
    // tutoring.period_weekdays, tutoring.period_hours.
    core::Status validate() const;
};

// The demo edition, as published: 04/02/2021 - 09/04/2021, Monday to
// Saturday, slots at 15, 16 and 17.
ServicePeriod publishedServicePeriod();

} // namespace tutoring
