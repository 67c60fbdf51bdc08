#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace volunteers {

// The type of an activation event: it sets the limits of art. 39.
enum class EventType { Ordinary, NationalEmergency, Covid19, Training };

QString eventTypeCode(EventType type); // "ordinary", "national_emergency", "covid19", "training"
bool eventTypeFromCode(const QString &code, EventType *type);
QList<EventType> allEventTypes();

// The limits of art. 39 D.Lgs 1/2018 for one event type: how many
// consecutive days and how many days in a calendar year a volunteer may be
// away from work. `budget` groups the types whose days add up together:
// operational activity (ordinary, emergency, COVID-19) is one budget whose
// ceiling is raised during emergencies; training, exercises and planning
// (comma 3) have a budget of their own.
struct Art39Rule {
    EventType type;
    int maxConsecutiveDays;
    int maxDaysPerYear;
    int budget; // 0 operational, 1 training
    const char *source;
};

// The rule table (data, not code): ordinary 30/90; declared national
// emergency 60/180; COVID-19 (DL 34/2020 art. 35-bis) 180 consecutive and
// 180 a year; training, exercises and planning 10/30.
const QList<Art39Rule> &art39Rules();
const Art39Rule &art39Rule(EventType type);

// One day a volunteer was activated, and the type of its event.
struct ActivatedDay {
    QDate day;
    EventType type = EventType::Ordinary;
};

// A day beyond a limit.
struct LimitExcess {
    enum class Kind { Consecutive, Yearly };
    QDate day;
    EventType type = EventType::Ordinary;
    Kind kind = Kind::Consecutive;
    int count = 0; // the day's position in its run, or in its year
    int limit = 0;

    bool operator==(const LimitExcess &o) const
    {
        return day == o.day && type == o.type && kind == o.kind && count == o.count && limit == o.limit;
    }
};

// What the rules say about one volunteer's days.
struct LimitAssessment {
    QList<LimitExcess> excesses; // in day order; a day may exceed both limits
    int longestRun = 0; // longest run of consecutive days (operational budget)
    int longestTrainingRun = 0;

    bool isOverLimit() const { return !excesses.isEmpty(); }
    // The distinct days beyond a limit, in order.
    QList<QDate> daysOver() const;
    QList<QDate> daysOverBetween(const QDate &from, const QDate &to) const;
};

// Applies the rules to a volunteer's activated days (any order; a day seen
// twice counts once, keeping the first). Within a budget, a day's position
// in its run of consecutive calendar days and its count in its calendar
// year are compared with the limits of the day's own event type: day 31 of
// an ordinary run exceeds, day 31 of a COVID-19 run does not. Runs go on
// across the new year; yearly counts start again on 1 January. Pure.
LimitAssessment assessArt39(QList<ActivatedDay> days);

// The employer may ask for reimbursement within two years of the end of
// the intervention (art. 39 c. 4): the last day it may be asked.
QDate reimbursementDeadline(const QDate &lastDayOfIntervention);
// Whether that window has closed on `on`: the deadline itself is still open.
bool reimbursementWindowClosed(const QDate &deadline, const QDate &on);

} // namespace volunteers
