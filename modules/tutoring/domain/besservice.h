#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "tutoring/domain/tutoringtypes.h"

#include <QSqlDatabase>

namespace tutoring {

// The stable assistants of BES pupils, assigned by hand outside the
// calendar. One assignment in force per pupil at a time; changing the
// assistant ends the assignment and opens a new one. The hours themselves
// are booked by BookingService on the assignment (Channel::Bes).
//
// Codes: tutoring.not_bes [pupil], tutoring.assistant_no_course [assistant,
// state], tutoring.bes_overlap [first day of the other assignment],
// tutoring.bes_lessons_after [count], tutoring.period_dates.
class BesService {
public:
    explicit BesService(QSqlDatabase db, const core::Clock &clock = core::SystemClock::instance())
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    core::Result<qint64> assign(qint64 pupilId, qint64 assistantId, const QDate &firstDay, const QString &note = {});
    // Ends the assignment on lastDay (inclusive). Refused while lessons in
    // force are booked on it after that day.
    core::Status end(qint64 assignmentId, const QDate &lastDay);
    // Undoes end(): the assignment runs again until `lastDay` (invalid:
    // open). Refused when it no longer ends on `endedOn`
    // (tutoring.bes_changed_since [first day]) and when another assignment
    // of the pupil started meanwhile (tutoring.bes_overlap).
    core::Status reopen(qint64 assignmentId, const QDate &endedOn, const QDate &lastDay);

    core::Result<QList<BesAssignment>> assignments(qint64 pupilId = 0) const;
    // The assignment in force for the pupil on `day`; id 0 when none.
    core::Result<BesAssignment> assignmentOn(qint64 pupilId, const QDate &day) const;

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace tutoring
