#include "tutoring/domain/bookingservice.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "tutoring/domain/bookingworldloader.h"

#include <algorithm>

namespace tutoring {

using core::Error;
using core::Result;
using core::Status;

namespace {

QDate lastServiceDay(const BookingWorld &world, const QDate &from)
{
    QDate last = from;
    for (const ServicePeriod &p : world.periods)
        if (p.lastDay > last)
            last = p.lastDay;
    return last;
}

} // namespace

Result<BookingWorld> BookingService::worldFor(const QDate &day, bool withFuture, bool refusePast) const
{
    auto world = loadBookingWorld(m_db, day, day);
    if (!world)
        return world;
    if (refusePast)
        world->notBefore = m_clock.now();
    if (withFuture && day.isValid())
        if (auto s = loadBookingsInto(m_db, *world, day.addDays(1), lastServiceDay(*world, day)); !s)
            return s.error();
    return world;
}

Result<qint64> BookingService::insertBooking(const BookingRequest &r, const QString &note)
{
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO tutoring_booking(id, pupil_id, subject_id, assistant_id, day, start_hour, channel, "
                       "bes_assignment_id, "
                       "booked_at, booked_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, r.pupilId, r.subjectId, r.assistantId, core::toSqlDate(r.day), r.hour, toSql(r.channel),
            r.channel == Channel::Bes ? QVariant(r.besAssignmentId) : QVariant(), m_clock.nowMs(),
            core::sessionOperator(m_db), note.trimmed() });
    if (!q)
        return q.error();
    return *id;
}

Result<qint64> BookingService::book(
    const BookingRequest &request, const BookingOptions &options, QList<FreeSlot> *alternatives)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto world = worldFor(request.day, false, options.refusePast);
    if (!world)
        return world.error();
    const QList<Error> broken = BookingRules::violations(*world, request);
    if (!broken.isEmpty()) {
        tx.rollback();
        if (alternatives && BookingRules::isSlotRule(broken.first().code)) {
            // Only the slot or the assistant is wrong: look further ahead.
            if (loadBookingsInto(m_db, *world, request.day.addDays(1), lastServiceDay(*world, request.day)))
                *alternatives = BookingRules::nextFreeSlots(*world, request, 5);
        }
        return broken.first();
    }
    auto id = insertBooking(request, options.note);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> BookingService::bookIn(
    BookingWorld &world, const BookingRequest &request, const BookingOptions &options, QList<FreeSlot> *alternatives)
{
    world.notBefore = options.refusePast ? m_clock.now() : QDateTime();
    const QList<Error> broken = BookingRules::violations(world, request);
    if (!broken.isEmpty()) {
        if (alternatives && BookingRules::isSlotRule(broken.first().code))
            *alternatives = BookingRules::nextFreeSlots(world, request, 5);
        return broken.first();
    }
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = insertBooking(request, options.note);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    world.addBooking({ *id, request.pupilId, request.assistantId, request.subjectId, request.day, request.hour });
    return id;
}

Result<QList<qint64>> BookingService::bookBesSeries(qint64 assignmentId, int subjectId,
    const QList<QPair<QDate, int>> &hours, const BookingOptions &options, QList<SlotRefusal> *refusals)
{
    if (hours.isEmpty())
        return Error(QStringLiteral("tutoring.series_empty"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    QDate first = hours.first().first, last = first;
    for (const auto &s : hours) {
        first = std::min(first, s.first);
        last = std::max(last, s.first);
    }
    auto world = loadBookingWorld(m_db, first, last);
    if (!world)
        return world.error();
    if (options.refusePast)
        world->notBefore = m_clock.now();
    const auto assignment = world->besAssignments.constFind(assignmentId);
    if (assignment == world->besAssignments.constEnd())
        return Error(QStringLiteral("tutoring.not_found"), { QString::number(assignmentId) });

    QList<SlotRefusal> refused;
    QList<BookingRequest> accepted;
    qint64 provisional = -1;
    for (const auto &slot : hours) {
        BookingRequest r;
        r.pupilId = assignment->pupilId;
        r.assistantId = assignment->assistantId;
        r.subjectId = subjectId;
        r.day = slot.first;
        r.hour = slot.second;
        r.channel = Channel::Bes;
        r.besAssignmentId = assignmentId;
        const QList<Error> broken = BookingRules::violations(*world, r);
        if (!broken.isEmpty()) {
            refused.append({ r.day, r.hour, broken.first() });
            continue;
        }
        // Later slots of the series see this one as taken.
        world->addBooking({ provisional--, r.pupilId, r.assistantId, r.subjectId, r.day, r.hour });
        accepted.append(r);
    }
    if (!refused.isEmpty()) {
        if (refusals)
            *refusals = refused;
        return Error(QStringLiteral("tutoring.series_refused"),
            { QString::number(refused.size()), QString::number(hours.size()) });
    }
    QList<qint64> ids;
    for (const BookingRequest &r : accepted) {
        auto id = insertBooking(r, options.note);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<Lesson> BookingService::lesson(qint64 bookingId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, pupil_id, subject_id, assistant_id, day, start_hour, channel, "
                       "coalesce(bes_assignment_id, 0), state, "
                       "coalesce(outcome_id, 0), coalesce(taught_by, 'assistant'), coalesce(tutor_id, 0) FROM "
                       "tutoring_lesson WHERE id = ?"),
        { bookingId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("tutoring.not_found"), { QString::number(bookingId) });
    Lesson l;
    l.bookingId = q->value(0).toLongLong();
    l.pupilId = q->value(1).toLongLong();
    l.subjectId = q->value(2).toInt();
    l.assistantId = q->value(3).toLongLong();
    l.day = core::fromSqlDate(q->value(4).toString());
    l.hour = q->value(5).toInt();
    l.channel = channelFromSql(q->value(6).toString());
    l.besAssignmentId = q->value(7).toLongLong();
    l.state = lessonStateFromSql(q->value(8).toString());
    l.outcomeId = q->value(9).toLongLong();
    l.taughtBy = taughtByFromSql(q->value(10).toString());
    l.tutorId = q->value(11).toLongLong();
    return l;
}

Result<QList<LessonLine>> BookingService::lessonsOn(const QDate &day, int subjectId) const
{
    QVariantList binds { core::toSqlDate(day) };
    QString sql = QStringLiteral(
        "SELECT l.id, l.start_hour, l.subject_id, p.family_name || ' ' || substr(p.given_name, 1, 1) || '.', "
        "a.family_name || ' ' || a.given_name, l.state, l.channel FROM tutoring_lesson l "
        "JOIN tutoring_pupil p ON p.id = l.pupil_id JOIN tutoring_assistant a ON a.id = l.assistant_id WHERE l.day = "
        "?");
    if (subjectId > 0) {
        sql += QStringLiteral(" AND l.subject_id = ?");
        binds.append(subjectId);
    }
    auto q = core::runQuery(m_db, sql + QStringLiteral(" ORDER BY l.start_hour, a.family_name, l.id"), binds);
    if (!q)
        return q.error();
    QList<LessonLine> lines;
    while (q->next())
        lines.append({ q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toString(),
            q->value(4).toString(), lessonStateFromSql(q->value(5).toString()),
            channelFromSql(q->value(6).toString()) });
    return lines;
}

Result<QList<OutcomeEntry>> BookingService::outcomeHistory(qint64 bookingId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, outcome, coalesce(taught_by, 'assistant'), coalesce(tutor_id, 0), "
                       "coalesce(corrects_id, 0), recorded_at, "
                       "recorded_by, note FROM tutoring_outcome WHERE booking_id = ?"),
        { bookingId });
    if (!q)
        return q.error();
    QHash<qint64, OutcomeEntry> byCorrected; // corrects_id -> entry
    OutcomeEntry first;
    bool hasFirst = false;
    while (q->next()) {
        OutcomeEntry e;
        e.id = q->value(0).toLongLong();
        e.state = lessonStateFromSql(q->value(1).toString());
        e.taughtBy = taughtByFromSql(q->value(2).toString());
        e.tutorId = q->value(3).toLongLong();
        e.correctsId = q->value(4).toLongLong();
        e.recordedAt = q->value(5).toLongLong();
        e.recordedBy = q->value(6).toString();
        e.note = q->value(7).toString();
        if (e.correctsId == 0) {
            first = e;
            hasFirst = true;
        } else {
            byCorrected.insert(e.correctsId, e);
        }
    }
    // Follow the chain: ids are global, not chronological, so order by links.
    QList<OutcomeEntry> chain;
    if (!hasFirst)
        return chain;
    chain.append(first);
    while (byCorrected.contains(chain.last().id) && chain.size() < 10000)
        chain.append(byCorrected.value(chain.last().id));
    return chain;
}

Status BookingService::checkOutcome(const OutcomeRequest &r, const Lesson &lesson) const
{
    if (r.state == LessonState::Booked)
        return Error(QStringLiteral("tutoring.bad_outcome"));
    if (r.state != LessonState::Cancelled && QDateTime(lesson.day, QTime(lesson.hour, 0)) > m_clock.now())
        return Error(QStringLiteral("tutoring.outcome_too_early"),
            { core::toSqlDate(lesson.day), QString::number(lesson.hour) });
    if (r.state == LessonState::Given && r.taughtBy == TaughtBy::Tutor) {
        if (r.tutorId <= 0)
            return Error(QStringLiteral("tutoring.tutor_required"));
        auto known = core::queryValue(m_db, QStringLiteral("SELECT 1 FROM tutoring_tutor WHERE id = ?"), { r.tutorId });
        if (!known)
            return known.error();
        if (!known->isValid())
            return Error(QStringLiteral("tutoring.not_found"), { QString::number(r.tutorId) });
    }
    return {};
}

Result<qint64> BookingService::insertOutcome(const OutcomeRequest &r, qint64 correctsId)
{
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    const bool given = r.state == LessonState::Given;
    const bool tutor = given && r.taughtBy == TaughtBy::Tutor;
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO tutoring_outcome(id, booking_id, outcome, taught_by, tutor_id, corrects_id, "
                       "recorded_at, recorded_by, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, r.bookingId, toSql(r.state), given ? QVariant(toSql(r.taughtBy)) : QVariant(),
            tutor ? QVariant(r.tutorId) : QVariant(), correctsId > 0 ? QVariant(correctsId) : QVariant(),
            m_clock.nowMs(), core::sessionOperator(m_db), r.note.trimmed() });
    if (!q)
        return q.error();
    return *id;
}

Result<qint64> BookingService::recordOutcome(const OutcomeRequest &r)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto current = lesson(r.bookingId);
    if (!current)
        return current.error();
    if (current->outcomeId != 0)
        return Error(QStringLiteral("tutoring.outcome_exists"),
            { core::toSqlDate(current->day), QString::number(current->hour) });
    if (auto s = checkOutcome(r, *current); !s)
        return s.error();
    auto id = insertOutcome(r, 0);
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> BookingService::correctOutcome(const OutcomeRequest &r)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto current = lesson(r.bookingId);
    if (!current)
        return current.error();
    if (current->outcomeId == 0)
        return Error(QStringLiteral("tutoring.no_outcome"));
    const bool sameTeacher = r.state != LessonState::Given
        || (current->taughtBy == r.taughtBy && (r.taughtBy == TaughtBy::Assistant || current->tutorId == r.tutorId));
    if (current->state == r.state && sameTeacher)
        return Error(QStringLiteral("tutoring.outcome_unchanged"));
    if (auto s = checkOutcome(r, *current); !s)
        return s.error();
    if (current->state == LessonState::Cancelled) {
        // The slot was freed when the lesson was cancelled: restoring it must
        // not double-book the pupil or the assistant.
        auto world = loadBookingWorld(m_db, current->day, current->day);
        if (!world)
            return world.error();
        if (world->pupilBusy(current->pupilId, current->day, current->hour)
            || world->assistantBusy(current->assistantId, current->day, current->hour)
            || world->pupilHasSubjectOn(current->pupilId, current->subjectId, current->day))
            return Error(QStringLiteral("tutoring.slot_taken_meanwhile"),
                { core::toSqlDate(current->day), QString::number(current->hour) });
    }
    auto id = insertOutcome(r, current->outcomeId);
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<DayAvailability>> BookingService::month(int subjectId, const QDate &month, qint64 pupilId) const
{
    const QDate first(month.year(), month.month(), 1);
    auto world = loadBookingWorld(m_db, first, first.addMonths(1).addDays(-1));
    if (!world)
        return world.error();
    world->notBefore = m_clock.now();
    return monthAvailability(*world, subjectId, first, pupilId);
}

Result<QList<QPair<qint64, QString>>> BookingService::freeAssistants(int subjectId, const QDate &day, int hour) const
{
    auto world = worldFor(day, false, true);
    if (!world)
        return world.error();
    QList<QPair<qint64, QString>> list;
    for (qint64 id : BookingRules::freeAssistants(*world, subjectId, day, hour))
        list.append({ id, world->assistants.value(id).label });
    return list;
}

Result<QList<FreeSlot>> BookingService::nextFreeSlots(const BookingRequest &request, int count, bool refusePast) const
{
    auto world = worldFor(request.day, true, refusePast);
    if (!world)
        return world.error();
    return BookingRules::nextFreeSlots(*world, request, count);
}

} // namespace tutoring
