#pragma once

#include "core/commands/command.h"
#include "tutoring/domain/bookingservice.h"

namespace tutoring {

// Books one hour (the calendar's or a BES pupil's) through BookingService,
// every booking rule checked inside the transaction. Undo cancels the
// booking (a "cancelled" outcome: the ledger keeps both rows) and refuses
// with tutoring.outcome_exists once the lesson has an outcome. Redo books
// the same slot again, as a new booking, if it is still free.
class BookLesson : public core::Command {
public:
    BookLesson(const BookingRequest &request, const QString &note = {})
        : m_request(request)
        , m_note(note)
    {
    }

    QString code() const override { return QStringLiteral("tutoring.lesson.book"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_bookingId); }
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    qint64 bookingId() const { return m_bookingId; }
    // After a refusal for the slot or the assistant: the next free slots.
    const QList<FreeSlot> &alternatives() const { return m_alternatives; }

private:
    BookingRequest m_request;
    QString m_note;
    qint64 m_bookingId = 0;
    QList<FreeSlot> m_alternatives;
};

// The hours of a BES assignment on several slots, all or nothing. Undo
// cancels every one of them, refused (nothing cancelled) when any already
// has an outcome.
class BookBesHours : public core::Command {
public:
    BookBesHours(qint64 assignmentId, int subjectId, const QList<QPair<QDate, int>> &hours)
        : m_assignmentId(assignmentId)
        , m_subjectId(subjectId)
        , m_hours(hours)
    {
    }

    QString code() const override { return QStringLiteral("tutoring.bes.book"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    const QList<qint64> &bookingIds() const { return m_bookingIds; }
    // After tutoring.series_refused: each slot refused and why.
    const QList<SlotRefusal> &refusals() const { return m_refusals; }

private:
    qint64 m_assignmentId = 0;
    int m_subjectId = 0;
    QList<QPair<QDate, int>> m_hours;
    QList<qint64> m_bookingIds;
    QList<SlotRefusal> m_refusals;
};

// What happened to a lesson: its first outcome, or a correction (a new
// entry replacing the one in force) when it has one. Undo is a correcting
// entry back to the outcome before; a lesson that had none can only come
// back from "cancelled" (its slot is booked again, as a new booking, when
// still free): a "given" or "absent" first outcome is corrected, not
// undone. Undo refuses with tutoring.outcome_changed_since when another
// outcome was recorded since.
class RecordOutcome : public core::Command {
public:
    explicit RecordOutcome(const OutcomeRequest &request)
        : m_request(request)
    {
    }

    QString code() const override { return QStringLiteral("tutoring.lesson.outcome"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override;
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    qint64 outcomeId() const { return m_outcomeId; }
    // The booking the latest apply() recorded on (a new one after an undo
    // that booked the slot again).
    qint64 bookingId() const { return m_request.bookingId; }

protected:
    OutcomeRequest m_request;

private:
    Lesson m_before; // the lesson before the latest apply()
    qint64 m_outcomeId = 0;
};

// Cancels a booked lesson, saying why: a "cancelled" outcome with the
// reason as its note (tutoring.missing_field [reason] without one).
class CancelLesson : public RecordOutcome {
public:
    CancelLesson(qint64 bookingId, const QString &reason);

    QString code() const override { return QStringLiteral("tutoring.lesson.cancel"); }
    core::Status check(const core::CommandContext &context) const override;
    QString text() const override;
};

} // namespace tutoring
