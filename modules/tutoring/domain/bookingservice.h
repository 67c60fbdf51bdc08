#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "tutoring/domain/bookingrules.h"

#include <QSqlDatabase>

namespace tutoring {

// A booking with the outcome in force (Booked while none is recorded).
struct Lesson {
    qint64 bookingId = 0;
    qint64 pupilId = 0;
    int subjectId = 0;
    qint64 assistantId = 0;
    QDate day;
    int hour = 0;
    Channel channel = Channel::Platform;
    qint64 besAssignmentId = 0;
    LessonState state = LessonState::Booked;
    qint64 outcomeId = 0;
    TaughtBy taughtBy = TaughtBy::Assistant;
    qint64 tutorId = 0;
};

// One entry of a booking's outcome chain, oldest first.
struct OutcomeEntry {
    qint64 id = 0;
    LessonState state = LessonState::Booked;
    TaughtBy taughtBy = TaughtBy::Assistant;
    qint64 tutorId = 0;
    qint64 correctsId = 0;
    qint64 recordedAt = 0; // ms UTC
    QString recordedBy;
    QString note;
};

struct OutcomeRequest {
    qint64 bookingId = 0;
    LessonState state = LessonState::Given;
    TaughtBy taughtBy = TaughtBy::Assistant;
    qint64 tutorId = 0; // the tutor who stood in (TaughtBy::Tutor)
    QString note;
};

// A lesson as the calendar's day panel lists it (pupil by short name).
struct LessonLine {
    qint64 bookingId = 0;
    int hour = 0;
    int subjectId = 0;
    QString pupil;
    QString assistant;
    LessonState state = LessonState::Booked;
    Channel channel = Channel::Platform;
};

// A slot of a BES series that the rules refused.
struct SlotRefusal {
    QDate day;
    int hour = 0;
    core::Error error;
};

struct BookingOptions {
    // The calendar refuses slots that already started; the import of
    // bookings made on the platform in the past does not.
    bool refusePast = true;
    QString note;
};

// Books hours and records what happened to them, keeping the two ledgers
// append-only: a booking is one row that never changes; its outcome is a
// separate row; a correction is a new outcome row pointing at the one it
// replaces. Each call is one transaction (a savepoint inside an import),
// checked against the database inside the transaction, so two
// workstations' writes on one file cannot double-book a slot. A refused
// booking leaves the database unchanged and can report the next free slots.
class BookingService {
public:
    explicit BookingService(QSqlDatabase db, const core::Clock &clock = core::SystemClock::instance())
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    // A calendar (platform) booking, or an hour on a BES assignment when
    // request.channel is Bes. On refusal, `alternatives` (when given)
    // receives up to five free slots for the same pupil and subject.
    core::Result<qint64> book(
        const BookingRequest &request, const BookingOptions &options = {}, QList<FreeSlot> *alternatives = nullptr);

    // The same, checked against a world the caller loaded inside its own
    // open transaction (an import of many bookings reads the database once);
    // the world is kept current: an accepted booking is added to it.
    // Alternatives come from the bookings the world holds.
    core::Result<qint64> bookIn(BookingWorld &world, const BookingRequest &request, const BookingOptions &options = {},
        QList<FreeSlot> *alternatives = nullptr);

    // The hours of a BES assignment on several slots, all or nothing: when
    // any slot is refused nothing is booked and `refusals` lists them all.
    core::Result<QList<qint64>> bookBesSeries(qint64 assignmentId, int subjectId, const QList<QPair<QDate, int>> &hours,
        const BookingOptions &options = {}, QList<SlotRefusal> *refusals = nullptr);

    // The first outcome of a lesson (tutoring.outcome_exists when there is
    // one: correct it instead). Given and no-show only once the lesson has
    // started (tutoring.outcome_too_early); cancelled at any time.
    core::Result<qint64> recordOutcome(const OutcomeRequest &request);
    // Replaces the outcome in force with a new entry (tutoring.no_outcome,
    // tutoring.outcome_unchanged, tutoring.slot_taken_meanwhile when a
    // cancelled lesson is restored after its slot was given to another).
    core::Result<qint64> correctOutcome(const OutcomeRequest &request);

    core::Result<Lesson> lesson(qint64 bookingId) const;
    // The lessons of a day (all subjects when subjectId is 0), cancelled ones included.
    core::Result<QList<LessonLine>> lessonsOn(const QDate &day, int subjectId = 0) const;
    core::Result<QList<OutcomeEntry>> outcomeHistory(qint64 bookingId) const;

    // The month view of the calendar for one subject (and optionally marks
    // what one pupil cannot take), with the clock's "now" as the past.
    core::Result<QList<DayAvailability>> month(int subjectId, const QDate &month, qint64 pupilId = 0) const;
    // Assistants who could take a slot now (id, label), for the booking dialog.
    core::Result<QList<QPair<qint64, QString>>> freeAssistants(int subjectId, const QDate &day, int hour) const;
    // The next free slots for a request (from its day onwards).
    core::Result<QList<FreeSlot>> nextFreeSlots(
        const BookingRequest &request, int count = 5, bool refusePast = true) const;

private:
    core::Result<qint64> insertBooking(const BookingRequest &request, const QString &note);
    core::Status checkOutcome(const OutcomeRequest &request, const Lesson &lesson) const;
    core::Result<qint64> insertOutcome(const OutcomeRequest &request, qint64 correctsId);
    core::Result<BookingWorld> worldFor(const QDate &day, bool withFuture, bool refusePast) const;

    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace tutoring
