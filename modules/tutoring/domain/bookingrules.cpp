#include "tutoring/domain/bookingrules.h"

#include "core/domain/dates.h"
#include <algorithm>

namespace tutoring {

using core::Error;

namespace {

QString num(qint64 v)
{
    return QString::number(v);
}

Error rule(const char *code, QStringList args = {})
{
    return Error(QStringLiteral("tutoring.") + QLatin1String(code), std::move(args));
}

QDateTime slotStart(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0));
}

} // namespace

// --- BookingWorld -----------------------------------------------------------

void BookingWorld::index(const BookedSlot &b, int delta)
{
    const qint64 day = b.day.toJulianDay();
    auto bump = [delta](QHash<Key, int> &map, const Key &k) {
        int &v = map[k];
        v += delta;
        if (v <= 0)
            map.remove(k);
    };
    bump(m_pupilSlot, { b.pupilId, day, b.hour });
    bump(m_pupilSubject, { b.pupilId, day, b.subjectId });
    bump(m_assistantSlot, { b.assistantId, day, b.hour });
    bump(m_subjectSlot, { b.subjectId, day, b.hour });
}

void BookingWorld::addBooking(const BookedSlot &booking)
{
    m_bookings.append(booking);
    index(booking, +1);
}

void BookingWorld::removeBooking(qint64 bookingId)
{
    for (qsizetype i = 0; i < m_bookings.size(); ++i)
        if (m_bookings.at(i).bookingId == bookingId) {
            index(m_bookings.at(i), -1);
            m_bookings.removeAt(i);
            return;
        }
}

const ServicePeriod *BookingWorld::periodOf(const QDate &day) const
{
    for (const ServicePeriod &p : periods)
        if (p.contains(day))
            return &p;
    return nullptr;
}

bool BookingWorld::pupilBusy(qint64 pupilId, const QDate &day, int hour) const
{
    return m_pupilSlot.contains({ pupilId, day.toJulianDay(), hour });
}

bool BookingWorld::pupilHasSubjectOn(qint64 pupilId, int subjectId, const QDate &day) const
{
    return m_pupilSubject.contains({ pupilId, day.toJulianDay(), subjectId });
}

bool BookingWorld::assistantBusy(qint64 assistantId, const QDate &day, int hour) const
{
    return m_assistantSlot.contains({ assistantId, day.toJulianDay(), hour });
}

int BookingWorld::bookedForSubject(int subjectId, const QDate &day, int hour) const
{
    return m_subjectSlot.value({ subjectId, day.toJulianDay(), hour });
}

// --- Rules ------------------------------------------------------------------

QList<Error> BookingRules::violations(const BookingWorld &world, const BookingRequest &r)
{
    QList<Error> out;
    const auto pupilIt = world.pupils.constFind(r.pupilId);
    const auto subjectIt = world.subjects.constFind(r.subjectId);
    const auto assistantIt = world.assistants.constFind(r.assistantId);
    if (pupilIt == world.pupils.constEnd())
        out.append(rule("unknown_pupil", { num(r.pupilId) }));
    if (subjectIt == world.subjects.constEnd())
        out.append(rule("unknown_subject", { num(r.subjectId) }));
    if (assistantIt == world.assistants.constEnd())
        out.append(rule("unknown_assistant", { num(r.assistantId) }));
    if (!out.isEmpty())
        return out;
    const PupilFacts &pupil = *pupilIt;
    const SubjectFacts &subject = *subjectIt;
    const AssistantFacts &assistant = *assistantIt;

    // The pupil and the subject.
    if (!pupil.active)
        out.append(rule("pupil_inactive", { pupil.label }));
    if (!pupil.consent)
        out.append(rule("no_consent", { pupil.label }));
    if (subject.order != pupil.order)
        out.append(
            rule("subject_school_order", { subject.name, toSql(subject.order), pupil.label, toSql(pupil.order) }));
    if (r.channel == Channel::Platform && pupil.bes)
        out.append(rule("bes_outside_calendar", { pupil.label }));
    if (r.channel == Channel::Bes) {
        if (!pupil.bes)
            out.append(rule("not_bes", { pupil.label }));
        const auto a = world.besAssignments.constFind(r.besAssignmentId);
        if (a == world.besAssignments.constEnd() || a->pupilId != r.pupilId || a->assistantId != r.assistantId
            || !a->covers(r.day))
            out.append(rule("bes_assignment", { pupil.label, assistant.label, core::toSqlDate(r.day) }));
    }

    // The slot.
    const ServicePeriod *period = world.periodOf(r.day);
    if (!r.day.isValid() || !period) {
        const ServicePeriod *nearest = nullptr;
        for (const ServicePeriod &p : world.periods)
            if (!nearest || qAbs(p.firstDay.daysTo(r.day)) < qAbs(nearest->firstDay.daysTo(r.day)))
                nearest = &p;
        out.append(rule("outside_period",
            { core::toSqlDate(r.day), nearest ? core::toSqlDate(nearest->firstDay) : QString(),
                nearest ? core::toSqlDate(nearest->lastDay) : QString() }));
    } else {
        if (!period->servesWeekday(r.day))
            out.append(rule("closed_day", { core::toSqlDate(r.day), period->weekdaysText() }));
        if (!period->isSlotHour(r.hour))
            out.append(rule("outside_hours", { num(r.hour), period->slotHoursText() }));
    }
    if (world.notBefore.isValid() && r.day.isValid() && slotStart(r.day, qMax(0, r.hour)) < world.notBefore)
        out.append(rule("slot_past", { core::toSqlDate(r.day), num(r.hour) }));

    // The pupil's day.
    if (world.pupilBusy(r.pupilId, r.day, r.hour))
        out.append(rule("pupil_double_booking", { pupil.label, core::toSqlDate(r.day), num(r.hour) }));
    if (world.pupilHasSubjectOn(r.pupilId, r.subjectId, r.day))
        out.append(rule("same_subject_same_day", { pupil.label, subject.name, core::toSqlDate(r.day) }));

    // The assistant.
    if (!assistant.active)
        out.append(rule("assistant_inactive", { assistant.label }));
    if (assistant.course != SafetyCourse::Done)
        out.append(rule("assistant_no_course", { assistant.label, toSql(assistant.course) }));
    else if (r.day.isValid() && assistant.courseOn > r.day)
        out.append(rule("assistant_course_later",
            { assistant.label, core::toSqlDate(assistant.courseOn), core::toSqlDate(r.day) }));
    if (!assistant.subjects.contains(r.subjectId))
        out.append(rule("assistant_subject", { assistant.label, subject.name }));
    if (r.channel == Channel::Platform && r.day.isValid()
        && !assistant.availability.contains(availabilityKey(r.day.dayOfWeek(), r.hour)))
        out.append(rule("assistant_unavailable", { assistant.label, core::toSqlDate(r.day), num(r.hour) }));
    if (world.assistantBusy(r.assistantId, r.day, r.hour))
        out.append(rule("assistant_busy", { assistant.label, core::toSqlDate(r.day), num(r.hour) }));
    return out;
}

core::Status BookingRules::check(const BookingWorld &world, const BookingRequest &request)
{
    const QList<Error> v = violations(world, request);
    if (v.isEmpty())
        return {};
    return v.first();
}

bool BookingRules::isAssistantRule(const QString &code)
{
    static const QStringList codes = {
        QStringLiteral("tutoring.assistant_inactive"),
        QStringLiteral("tutoring.assistant_no_course"),
        QStringLiteral("tutoring.assistant_course_later"),
        QStringLiteral("tutoring.assistant_subject"),
        QStringLiteral("tutoring.assistant_unavailable"),
        QStringLiteral("tutoring.assistant_busy"),
    };
    return codes.contains(code);
}

bool BookingRules::isSlotRule(const QString &code)
{
    static const QStringList codes = {
        QStringLiteral("tutoring.outside_period"),
        QStringLiteral("tutoring.closed_day"),
        QStringLiteral("tutoring.outside_hours"),
        QStringLiteral("tutoring.slot_past"),
        QStringLiteral("tutoring.pupil_double_booking"),
        QStringLiteral("tutoring.same_subject_same_day"),
    };
    return codes.contains(code) || isAssistantRule(code);
}

bool BookingRules::assistantCanTake(
    const BookingWorld &world, const AssistantFacts &a, int subjectId, const QDate &day, int hour, Channel channel)
{
    return a.active && a.course == SafetyCourse::Done && a.courseOn <= day && a.subjects.contains(subjectId)
        && (channel == Channel::Bes || a.availability.contains(availabilityKey(day.dayOfWeek(), hour)))
        && !world.assistantBusy(a.id, day, hour);
}

QList<qint64> BookingRules::freeAssistants(
    const BookingWorld &world, int subjectId, const QDate &day, int hour, Channel channel)
{
    QList<const AssistantFacts *> found;
    for (const AssistantFacts &a : world.assistants)
        if (assistantCanTake(world, a, subjectId, day, hour, channel))
            found.append(&a);
    // Plain comparison, not the locale's: this runs for every slot of a
    // month view and every step of a search, and names sort the same.
    std::sort(found.begin(), found.end(), [](const AssistantFacts *x, const AssistantFacts *y) {
        return x->label < y->label || (x->label == y->label && x->id < y->id);
    });
    QList<qint64> ids;
    for (const AssistantFacts *a : found)
        ids.append(a->id);
    return ids;
}

QList<FreeSlot> BookingRules::nextFreeSlots(const BookingWorld &world, const BookingRequest &request, int count)
{
    QList<FreeSlot> offered;
    if (count <= 0 || world.periods.isEmpty())
        return offered;
    // Start from the requested day, or the first day of service after it.
    QDate from = request.day.isValid() ? request.day : world.periods.first().firstDay;
    QDate last;
    for (const ServicePeriod &p : world.periods)
        if (!last.isValid() || p.lastDay > last)
            last = p.lastDay;
    if (world.notBefore.isValid() && world.notBefore.date() > from)
        from = world.notBefore.date();
    // Only one assistant is possible for a BES assignment.
    const bool fixedAssistant = request.channel == Channel::Bes;
    for (QDate day = from; day.isValid() && day <= last && offered.size() < count; day = day.addDays(1)) {
        const ServicePeriod *period = world.periodOf(day);
        if (!period || !period->servesWeekday(day))
            continue;
        for (int hour : period->slotHours) {
            if (offered.size() >= count)
                break;
            BookingRequest candidate = request;
            candidate.day = day;
            candidate.hour = hour;
            if (violations(world, candidate).isEmpty()) {
                offered.append({ day, hour, request.assistantId, world.assistants.value(request.assistantId).label });
                continue;
            }
            if (fixedAssistant)
                continue;
            for (qint64 other : freeAssistants(world, request.subjectId, day, hour, request.channel)) {
                candidate.assistantId = other;
                if (violations(world, candidate).isEmpty()) {
                    offered.append({ day, hour, other, world.assistants.value(other).label });
                    break;
                }
            }
        }
    }
    return offered;
}

// --- Month view ---------------------------------------------------------------

bool DayAvailability::hasFreeSlot() const
{
    return std::any_of(
        hourSlots.begin(), hourSlots.end(), [](const SlotAvailability &s) { return s.state == SlotState::Free; });
}

QList<DayAvailability> monthAvailability(const BookingWorld &world, int subjectId, const QDate &month, qint64 pupilId)
{
    QList<DayAvailability> days;
    if (!month.isValid())
        return days;
    const QDate first(month.year(), month.month(), 1);
    for (QDate day = first; day.month() == first.month(); day = day.addDays(1)) {
        DayAvailability d;
        d.day = day;
        const ServicePeriod *period = world.periodOf(day);
        d.serviceDay = period && period->servesWeekday(day);
        if (d.serviceDay) {
            for (int hour : period->slotHours) {
                SlotAvailability s;
                s.hour = hour;
                s.booked = world.bookedForSubject(subjectId, day, hour);
                s.freeAssistants = int(BookingRules::freeAssistants(world, subjectId, day, hour).size());
                if (world.notBefore.isValid() && QDateTime(day, QTime(hour, 0)) < world.notBefore)
                    s.state = SlotState::Past;
                else if (pupilId && world.pupilBusy(pupilId, day, hour))
                    s.state = SlotState::PupilBusy;
                else if (pupilId && world.pupilHasSubjectOn(pupilId, subjectId, day))
                    s.state = SlotState::SubjectTaken;
                else
                    s.state = s.freeAssistants > 0 ? SlotState::Free : SlotState::Full;
                d.hourSlots.append(s);
            }
        }
        days.append(d);
    }
    return days;
}

} // namespace tutoring
