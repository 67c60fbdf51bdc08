#pragma once

#include "core/db/demo.h"

#include <QDate>

namespace tutoring {

// The published figures of ConosciAMO (slides of 19/03/2021) that the demo
// database reproduces from its records.
struct PublishedTutoring {
    static constexpr int pupils = 89;
    static constexpr int pupilsPlatform = 73; // 42 middle + 31 high, in tutoring_by_comune.csv
    static constexpr int pupilsBes = 16;
    static constexpr int pupilComuni = 26;
    static constexpr int hoursBooked = 1545;
    static constexpr int hoursBookedPlatform = 905;
    static constexpr int hoursBookedBes = 640;
    static constexpr int hoursGiven = 1063;
    static constexpr int hoursStandIn = 7;
    static constexpr int assistants = 111;
    static constexpr int assistantComuni = 34;
    static constexpr int assistantsSafetyDone = 58;
    static constexpr int assistantsSafetyEnrolled = 53;
    static constexpr int tutors = 6;
    static QDate asOf() { return QDate(2021, 3, 19); }
};

// The demo step of ConosciAMO. For the published edition (04/02/2021 -
// 09/04/2021) it creates 6 tutors, 111 study assistants living in 34
// comuni (58 with the safety course done, 53 enrolled), 73 pupils booking
// on the calendar exactly as tutoring_by_comune.csv says (comune names
// resolved as published through core::ComuneMatcher), and 16 BES pupils
// living in the same 26 comuni with a stable assistant and 640 hours. Every
// booking obeys the booking rules (checked with BookingRules while
// planning). Outcomes are recorded up to 19/03/2021, the day the figures
// were published: 1,063 hours given (7 by a tutor standing in), some
// pupils absent, the rest still to come; a few extra bookings were
// cancelled (not counted as booked) and a few outcomes corrected, so the
// ledgers show their history. `--years N` adds N later school years of
// invented activity for performance work. Deterministic (seeded).
core::DemoStep tutoringDemoStep();

} // namespace tutoring
