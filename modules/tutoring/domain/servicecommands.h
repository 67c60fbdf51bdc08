#pragma once

#include "core/commands/command.h"
#include "tutoring/domain/serviceperiod.h"

namespace tutoring {

// Saves a service period and its slots (a new one when the id is 0)
// through ServiceRepository, which refuses overlaps and changes that would
// leave lessons in force outside the period. Undo of an edit writes the
// previous values back (refused with tutoring.changed_since when the
// period was changed since, or by the same rules); a new period cannot be
// undone (periods are never deleted).
class SavePeriod : public core::Command {
public:
    explicit SavePeriod(const ServicePeriod &period)
        : m_period(period)
    {
    }

    QString code() const override { return QStringLiteral("tutoring.period.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_written.id); }
    bool undoable() const override { return m_before.id != 0; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    qint64 id() const { return m_written.id; }

private:
    ServicePeriod m_period;
    ServicePeriod m_before; // id 0: the command created the period
    ServicePeriod m_written;
};

// Gives a BES pupil a stable assistant from a day on (BesService::assign).
// Not undoable: an assignment is ended (EndBes), and its history stays.
class AssignBes : public core::Command {
public:
    AssignBes(qint64 pupilId, qint64 assistantId, const QDate &firstDay, const QString &note = {})
        : m_pupilId(pupilId)
        , m_assistantId(assistantId)
        , m_firstDay(firstDay)
        , m_note(note)
    {
    }

    QString code() const override { return QStringLiteral("tutoring.bes.assign"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_assignmentId); }

    qint64 assignmentId() const { return m_assignmentId; }

private:
    qint64 m_pupilId = 0;
    qint64 m_assistantId = 0;
    QDate m_firstDay;
    QString m_note;
    qint64 m_assignmentId = 0;
};

// Ends a BES assignment on its last day (BesService::end): refused while
// lessons in force are booked on it after that day. Undo lets it run again
// as before (BesService::reopen), refused when it was changed since or
// another assignment of the pupil started meanwhile.
class EndBes : public core::Command {
public:
    EndBes(qint64 assignmentId, const QDate &lastDay)
        : m_assignmentId(assignmentId)
        , m_lastDay(lastDay)
    {
    }

    QString code() const override { return QStringLiteral("tutoring.bes.end"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_assignmentId); }
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    qint64 m_assignmentId = 0;
    QDate m_lastDay;
    QDate m_before; // the last day before apply(); invalid: open
};

} // namespace tutoring
