#include "tutoring/domain/lessoncommands.h"

#include "core/auth/permissions.h"
#include "core/domain/dates.h"

#include <QCoreApplication>

namespace tutoring {

using core::Error;
using core::Status;

namespace {

struct LessonTexts {
    Q_DECLARE_TR_FUNCTIONS(tutoring::LessonCommands)
};

Error missing(const QString &field)
{
    Error e(QStringLiteral("tutoring.missing_field"), { field });
    e.where.field = field;
    return e;
}

Error hasOutcome(const Lesson &lesson)
{
    return Error(
        QStringLiteral("tutoring.outcome_exists"), { core::toSqlDate(lesson.day), QString::number(lesson.hour) });
}

// Cancels lessons that have no outcome yet: all of them, or none.
Status cancelAll(BookingService &service, const QList<qint64> &bookingIds)
{
    for (qint64 id : bookingIds) {
        auto lesson = service.lesson(id);
        if (!lesson)
            return lesson.error();
        if (lesson->outcomeId != 0)
            return hasOutcome(*lesson);
    }
    for (qint64 id : bookingIds) {
        OutcomeRequest cancel;
        cancel.bookingId = id;
        cancel.state = LessonState::Cancelled;
        if (auto s = service.recordOutcome(cancel); !s)
            return s.error();
    }
    return {};
}

QString lessonSlotText(const QDate &day, int hour)
{
    return QStringLiteral("%1 %2:00")
        .arg(day.toString(QStringLiteral("dd/MM/yyyy")))
        .arg(hour, 2, 10, QLatin1Char('0'));
}

} // namespace

// --- BookLesson ------------------------------------------------------------

QString BookLesson::permission() const
{
    return core::Permission::TutoringEdit;
}

Status BookLesson::check(const core::CommandContext &) const
{
    if (m_request.pupilId <= 0)
        return missing(QStringLiteral("pupil"));
    if (m_request.subjectId <= 0)
        return missing(QStringLiteral("subject"));
    if (m_request.assistantId <= 0)
        return missing(QStringLiteral("assistant"));
    if (!m_request.day.isValid())
        return missing(QStringLiteral("day"));
    if (m_request.hour < 0 || m_request.hour > 23)
        return missing(QStringLiteral("hour"));
    return {};
}

Status BookLesson::apply(const core::CommandContext &context)
{
    BookingOptions options;
    options.note = m_note;
    m_alternatives.clear();
    auto id = BookingService(context.db, context.clock).book(m_request, options, &m_alternatives);
    if (!id)
        return id.error();
    m_bookingId = *id;
    return {};
}

Status BookLesson::revert(const core::CommandContext &context)
{
    BookingService service(context.db, context.clock);
    return cancelAll(service, { m_bookingId });
}

QString BookLesson::text() const
{
    return LessonTexts::tr("booking of the lesson of %1").arg(lessonSlotText(m_request.day, m_request.hour));
}

// --- BookBesHours ------------------------------------------------------------

QString BookBesHours::permission() const
{
    return core::Permission::TutoringEdit;
}

Status BookBesHours::check(const core::CommandContext &) const
{
    if (m_assignmentId <= 0)
        return missing(QStringLiteral("assignment"));
    if (m_subjectId <= 0)
        return missing(QStringLiteral("subject"));
    if (m_hours.isEmpty())
        return Error(QStringLiteral("tutoring.series_empty"));
    return {};
}

Status BookBesHours::apply(const core::CommandContext &context)
{
    m_refusals.clear();
    auto ids = BookingService(context.db, context.clock)
                   .bookBesSeries(m_assignmentId, m_subjectId, m_hours, {}, &m_refusals);
    if (!ids)
        return ids.error();
    m_bookingIds = *ids;
    return {};
}

QString BookBesHours::auditDetail() const
{
    return QStringLiteral("%1 hours=%2").arg(m_assignmentId).arg(m_bookingIds.size());
}

Status BookBesHours::revert(const core::CommandContext &context)
{
    BookingService service(context.db, context.clock);
    return cancelAll(service, m_bookingIds);
}

QString BookBesHours::text() const
{
    return LessonTexts::tr("booking of %n BES hour(s)", nullptr, int(m_hours.size()));
}

// --- RecordOutcome -----------------------------------------------------------

QString RecordOutcome::permission() const
{
    return core::Permission::TutoringEdit;
}

Status RecordOutcome::check(const core::CommandContext &context) const
{
    if (m_request.state == LessonState::Booked)
        return Error(QStringLiteral("tutoring.bad_outcome"));
    if (m_request.state == LessonState::Given && m_request.taughtBy == TaughtBy::Tutor && m_request.tutorId <= 0)
        return Error(QStringLiteral("tutoring.tutor_required"));
    if (auto lesson = BookingService(context.db, context.clock).lesson(m_request.bookingId); !lesson)
        return lesson.error();
    return {};
}

Status RecordOutcome::apply(const core::CommandContext &context)
{
    BookingService service(context.db, context.clock);
    auto lesson = service.lesson(m_request.bookingId);
    if (!lesson)
        return lesson.error();
    auto id = lesson->outcomeId ? service.correctOutcome(m_request) : service.recordOutcome(m_request);
    if (!id)
        return id.error();
    m_before = *lesson;
    m_outcomeId = *id;
    return {};
}

QString RecordOutcome::auditDetail() const
{
    return QStringLiteral("%1 %2").arg(m_request.bookingId).arg(toSql(m_request.state));
}

bool RecordOutcome::undoable() const
{
    return m_before.outcomeId != 0 || m_request.state == LessonState::Cancelled;
}

Status RecordOutcome::revert(const core::CommandContext &context)
{
    BookingService service(context.db, context.clock);
    auto current = service.lesson(m_request.bookingId);
    if (!current)
        return current.error();
    if (current->outcomeId != m_outcomeId)
        return Error(QStringLiteral("tutoring.outcome_changed_since"),
            { core::toSqlDate(current->day), QString::number(current->hour) });
    if (m_before.outcomeId == 0) {
        // Cancelled from "booked": the ledger has no way back for that
        // booking, so the same slot is booked again, if still free.
        BookingRequest again;
        again.pupilId = m_before.pupilId;
        again.subjectId = m_before.subjectId;
        again.assistantId = m_before.assistantId;
        again.day = m_before.day;
        again.hour = m_before.hour;
        again.channel = m_before.channel;
        again.besAssignmentId = m_before.besAssignmentId;
        auto id = service.book(again);
        if (!id)
            return id.error();
        m_request.bookingId = *id; // Redo cancels the new booking.
        return {};
    }
    OutcomeRequest back;
    back.bookingId = m_request.bookingId;
    back.state = m_before.state;
    back.taughtBy = m_before.taughtBy;
    back.tutorId = m_before.taughtBy == TaughtBy::Tutor ? m_before.tutorId : 0;
    if (auto id = service.correctOutcome(back); !id)
        return id.error();
    return {};
}

QString RecordOutcome::text() const
{
    return LessonTexts::tr("outcome of lesson %1").arg(m_request.bookingId);
}

// --- CancelLesson ------------------------------------------------------------

CancelLesson::CancelLesson(qint64 bookingId, const QString &reason)
    : RecordOutcome([&] {
        OutcomeRequest r;
        r.bookingId = bookingId;
        r.state = LessonState::Cancelled;
        r.note = reason.trimmed();
        return r;
    }())
{
}

Status CancelLesson::check(const core::CommandContext &context) const
{
    if (m_request.note.isEmpty())
        return missing(QStringLiteral("reason"));
    auto lesson = BookingService(context.db, context.clock).lesson(m_request.bookingId);
    if (!lesson)
        return lesson.error();
    if (lesson->outcomeId != 0)
        return hasOutcome(*lesson);
    return {};
}

QString CancelLesson::text() const
{
    return LessonTexts::tr("cancellation of lesson %1").arg(m_request.bookingId);
}

} // namespace tutoring
