#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace tutoring {

// The headline numbers of ConosciAMO, always computed from the records
// (bookings, outcomes, people), never stored. Hours booked are the
// bookings in force (not cancelled); hours given are lessons whose outcome
// in force is "given", by the assistant or by a tutor standing in.
struct TutoringFigures {
    int hoursBooked = 0; // platform + BES
    int hoursBookedPlatform = 0;
    int hoursBookedBes = 0;
    int hoursGiven = 0;
    int hoursStandIn = 0; // given by a tutor
    int hoursNoShow = 0;
    int hoursAwaitingOutcome = 0;
    int hoursCancelled = 0; // not counted as booked
    int pupils = 0; // with at least one hour booked
    int pupilsBes = 0;
    int pupilComuni = 0;
    int assistants = 0; // registered
    int assistantsSafetyDone = 0;
    int assistantsSafetyEnrolled = 0;
    int assistantComuni = 0;
    int tutors = 0;
};

// Figures for lessons on from..to (either may be invalid: open).
core::Result<TutoringFigures> tutoringFigures(const QSqlDatabase &db, const QDate &from = {}, const QDate &to = {});

// Lessons before `today` still without an outcome, and lessons on `today`.
struct TutoringToday {
    int lessonsToday = 0;
    int awaitingOutcome = 0;
};
core::Result<TutoringToday> tutoringToday(const QSqlDatabase &db, const QDate &today);

// " AND l.day >= ? AND l.day <= ?" for the dates that are valid, with
// their binds appended: the period filter every report shares.
QString lessonPeriodFilter(
    const QDate &from, const QDate &to, QVariantList &binds, const QString &alias = QStringLiteral("l"));

} // namespace tutoring
