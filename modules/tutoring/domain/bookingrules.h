#pragma once

#include "core/domain/result.h"
#include "tutoring/domain/serviceperiod.h"
#include "tutoring/domain/tutoringtypes.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace tutoring {

// What the rules need to know about a pupil, an assistant, a subject.
struct PupilFacts {
    qint64 id = 0;
    QString label; // "Rossi M."
    SchoolOrder order = SchoolOrder::Middle;
    bool bes = false;
    bool consent = true;
    bool active = true;
};

struct AssistantFacts {
    qint64 id = 0;
    QString label;
    SafetyCourse course = SafetyCourse::None;
    QDate courseOn;
    bool active = true;
    QSet<int> subjects;
    QSet<int> availability; // availabilityKey(weekday, hour)
};

struct SubjectFacts {
    int id = 0;
    QString name;
    SchoolOrder order = SchoolOrder::Middle;
};

// A booking in force (not cancelled): it holds its slot.
struct BookedSlot {
    qint64 bookingId = 0;
    qint64 pupilId = 0;
    qint64 assistantId = 0;
    int subjectId = 0;
    QDate day;
    int hour = 0;
};

// One hour someone asks for.
struct BookingRequest {
    qint64 pupilId = 0;
    int subjectId = 0;
    qint64 assistantId = 0;
    QDate day;
    int hour = -1;
    Channel channel = Channel::Platform;
    qint64 besAssignmentId = 0; // Channel::Bes only
};

// A slot the same booking could take instead.
struct FreeSlot {
    QDate day;
    int hour = 0;
    qint64 assistantId = 0;
    QString assistantLabel;

    bool operator==(const FreeSlot &o) const { return day == o.day && hour == o.hour && assistantId == o.assistantId; }
};

// A snapshot of everything the booking rules look at: service periods,
// pupils, assistants, subjects, BES assignments and the bookings in force
// over the days in question. Filled by BookingRepository from the database
// (or by tests and the demo by hand); then every check is pure and fast.
class BookingWorld {
public:
    QList<ServicePeriod> periods;
    QHash<qint64, PupilFacts> pupils;
    QHash<qint64, AssistantFacts> assistants;
    QHash<int, SubjectFacts> subjects;
    QHash<qint64, BesAssignment> besAssignments;
    // Slots that start before this moment are refused (the calendar passes
    // the clock; imports of past platform bookings leave it invalid).
    QDateTime notBefore;

    void addBooking(const BookedSlot &booking);
    void removeBooking(qint64 bookingId);
    const QList<BookedSlot> &bookings() const { return m_bookings; }

    const ServicePeriod *periodOf(const QDate &day) const;
    bool pupilBusy(qint64 pupilId, const QDate &day, int hour) const;
    bool pupilHasSubjectOn(qint64 pupilId, int subjectId, const QDate &day) const;
    bool assistantBusy(qint64 assistantId, const QDate &day, int hour) const;
    int bookedForSubject(int subjectId, const QDate &day, int hour) const;

private:
    struct Key {
        qint64 who;
        qint64 day;
        int extra;
        bool operator==(const Key &o) const { return who == o.who && day == o.day && extra == o.extra; }
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.who, k.day, k.extra); }
    };
    void index(const BookedSlot &b, int delta);

    QList<BookedSlot> m_bookings;
    QHash<Key, int> m_pupilSlot; // (pupil, day, hour)
    QHash<Key, int> m_pupilSubject; // (pupil, day, subject)
    QHash<Key, int> m_assistantSlot; // (assistant, day, hour)
    QHash<Key, int> m_subjectSlot; // (subject, day, hour)
};

// The booking rules of ConosciAMO, pure functions of a BookingWorld.
// Each refusal is a core::Error whose code names the rule:
//   tutoring.unknown_pupil / unknown_subject / unknown_assistant
//   tutoring.pupil_inactive, tutoring.no_consent
//   tutoring.subject_school_order   the subject does not fit the pupil's order
//   tutoring.bes_outside_calendar   a BES pupil's hours go on the assignment
//   tutoring.not_bes, tutoring.bes_assignment  (BES channel)
//   tutoring.outside_period, tutoring.closed_day, tutoring.outside_hours
//   tutoring.slot_past
//   tutoring.pupil_double_booking   the pupil already has a lesson then
//   tutoring.same_subject_same_day  one hour of the same subject a day
//   tutoring.assistant_inactive, tutoring.assistant_no_course,
//   tutoring.assistant_course_later, tutoring.assistant_subject,
//   tutoring.assistant_unavailable (weekly availability, platform only),
//   tutoring.assistant_busy
// Dates in the arguments are ISO (yyyy-MM-dd); the UI formats them.
class BookingRules {
public:
    // Every rule the request breaks, most fundamental first; empty: allowed.
    static QList<core::Error> violations(const BookingWorld &world, const BookingRequest &request);
    // The first broken rule, or success.
    static core::Status check(const BookingWorld &world, const BookingRequest &request);

    // Whether another day, hour or assistant could satisfy the rule (so
    // that suggesting free slots makes sense).
    static bool isSlotRule(const QString &code);
    static bool isAssistantRule(const QString &code);

    // Whether an assistant could give this subject at this slot (course,
    // subject, weekly availability for the platform, not busy).
    static bool assistantCanTake(const BookingWorld &world, const AssistantFacts &assistant, int subjectId,
        const QDate &day, int hour, Channel channel);
    // The assistants who could take the slot, by label.
    static QList<qint64> freeAssistants(
        const BookingWorld &world, int subjectId, const QDate &day, int hour, Channel channel = Channel::Platform);

    // The next `count` slots, from the request's day (or the start of the
    // service) onwards, where the same pupil and subject could be booked:
    // with the requested assistant where possible, otherwise with another
    // free one (never another one for a BES assignment).
    static QList<FreeSlot> nextFreeSlots(const BookingWorld &world, const BookingRequest &request, int count = 5);
};

// The month view of the calendar, per subject: each day with its slots.
enum class SlotState {
    Free, // at least one assistant can take it
    Full, // no assistant free
    PupilBusy, // the chosen pupil already has a lesson at that hour
    SubjectTaken, // the chosen pupil already has this subject that day
    Past, // already started
};

struct SlotAvailability {
    int hour = 0;
    SlotState state = SlotState::Full;
    int freeAssistants = 0;
    int booked = 0; // bookings in force for this subject at this slot
};

struct DayAvailability {
    QDate day;
    bool serviceDay = false;
    QList<SlotAvailability> hourSlots; // empty when not a service day
    bool hasFreeSlot() const;
};

// Every day of the month of `month` (any day of it). `pupilId` (optional)
// marks the slots that pupil cannot take.
QList<DayAvailability> monthAvailability(
    const BookingWorld &world, int subjectId, const QDate &month, qint64 pupilId = 0);

} // namespace tutoring
