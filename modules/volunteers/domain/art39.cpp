#include "volunteers/domain/art39.h"

#include <algorithm>

namespace volunteers {

QString eventTypeCode(EventType type)
{
    switch (type) {
    case EventType::Ordinary:
        return QStringLiteral("ordinary");
    case EventType::NationalEmergency:
        return QStringLiteral("national_emergency");
    case EventType::Covid19:
        return QStringLiteral("covid19");
    case EventType::Training:
        return QStringLiteral("training");
    }
    return {};
}

bool eventTypeFromCode(const QString &code, EventType *type)
{
    for (EventType t : allEventTypes())
        if (eventTypeCode(t) == code) {
            *type = t;
            return true;
        }
    return false;
}

QList<EventType> allEventTypes()
{
    return { EventType::Ordinary, EventType::NationalEmergency, EventType::Covid19, EventType::Training };
}

const QList<Art39Rule> &art39Rules()
{
    static const QList<Art39Rule> rules = {
        { EventType::Ordinary, 30, 90, 0, "art. 39 c. 1 D.Lgs 1/2018" },
        { EventType::NationalEmergency, 60, 180, 0, "art. 39 c. 2 D.Lgs 1/2018" },
        { EventType::Covid19, 180, 180, 0, "art. 35-bis DL 34/2020" },
        { EventType::Training, 10, 30, 1, "art. 39 c. 3 D.Lgs 1/2018" },
    };
    return rules;
}

const Art39Rule &art39Rule(EventType type)
{
    for (const Art39Rule &r : art39Rules())
        if (r.type == type)
            return r;
    return art39Rules().constFirst();
}

QList<QDate> LimitAssessment::daysOver() const
{
    QList<QDate> days;
    for (const LimitExcess &e : excesses)
        if (days.isEmpty() || days.constLast() != e.day)
            days.append(e.day);
    return days;
}

QList<QDate> LimitAssessment::daysOverBetween(const QDate &from, const QDate &to) const
{
    QList<QDate> days;
    for (const QDate &d : daysOver())
        if ((!from.isValid() || d >= from) && (!to.isValid() || d <= to))
            days.append(d);
    return days;
}

LimitAssessment assessArt39(QList<ActivatedDay> days)
{
    std::stable_sort(
        days.begin(), days.end(), [](const ActivatedDay &a, const ActivatedDay &b) { return a.day < b.day; });
    struct Budget {
        QDate lastDay;
        int run = 0;
        int year = 0;
        int yearCount = 0;
        int longestRun = 0;
    };
    Budget budgets[2];
    LimitAssessment result;
    QDate previous;
    for (const ActivatedDay &d : days) {
        if (!d.day.isValid() || d.day == previous)
            continue;
        previous = d.day;
        const Art39Rule &rule = art39Rule(d.type);
        Budget &b = budgets[rule.budget];
        b.run = (b.lastDay.isValid() && b.lastDay.daysTo(d.day) == 1) ? b.run + 1 : 1;
        if (b.year != d.day.year()) {
            b.year = d.day.year();
            b.yearCount = 0;
        }
        ++b.yearCount;
        b.lastDay = d.day;
        b.longestRun = std::max(b.longestRun, b.run);
        if (b.run > rule.maxConsecutiveDays)
            result.excesses.append({ d.day, d.type, LimitExcess::Kind::Consecutive, b.run, rule.maxConsecutiveDays });
        if (b.yearCount > rule.maxDaysPerYear)
            result.excesses.append({ d.day, d.type, LimitExcess::Kind::Yearly, b.yearCount, rule.maxDaysPerYear });
    }
    result.longestRun = budgets[0].longestRun;
    result.longestTrainingRun = budgets[1].longestRun;
    return result;
}

QDate reimbursementDeadline(const QDate &lastDayOfIntervention)
{
    return lastDayOfIntervention.addYears(2);
}

bool reimbursementWindowClosed(const QDate &deadline, const QDate &on)
{
    return deadline.isValid() && on.isValid() && on > deadline;
}

} // namespace volunteers
