#pragma once

#include "core/commands/command.h"
#include "room/domain/roomtypes.h"

#include <QCoreApplication>

namespace room {

// Creates (base.id 0) or edits an event of the room: the activation event,
// its scenario and its comuni; a new event starts in event.phase.
// Permission::RoomEdit. Not undoable: events are never deleted, and an edit
// is corrected by another edit.
class SaveRoomEvent : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(room::SaveRoomEvent)
public:
    explicit SaveRoomEvent(RoomEvent event)
        : m_event(std::move(event))
    {
    }
    QString code() const override { return QStringLiteral("room.event.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_event.base.id); }
    QString text() const override;
    qint64 eventId() const { return m_event.base.id; }
    bool created() const { return m_created; }

private:
    RoomEvent m_event;
    bool m_created = false;
};

// Moves an event to another phase (RoomEventRepository::changePhase),
// Permission::RoomEdit. Not undoable: the phase ledger is append-only; the
// way back is another change of phase.
class ChangeEventPhase : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(room::ChangeEventPhase)
public:
    // `at` invalid: now.
    ChangeEventPhase(qint64 eventId, Phase to, QDateTime at = {}, QString note = {})
        : m_eventId(eventId)
        , m_to(to)
        , m_at(std::move(at))
        , m_note(std::move(note))
    {
    }
    QString code() const override { return QStringLiteral("room.event.phase"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    qint64 changeId() const { return m_changeId; }

private:
    qint64 m_eventId;
    Phase m_to;
    QDateTime m_at;
    QString m_note;
    qint64 m_changeId = 0;
};

// Writes an entry of the room diary by the signed-in person (a correction
// when entry.correctsId is set), Permission::RoomEdit. Not undoable: the
// diary is append-only, a mistake is corrected by a new entry.
class AppendDiaryEntry : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(room::AppendDiaryEntry)
public:
    explicit AppendDiaryEntry(NewDiaryEntry entry)
        : m_entry(std::move(entry))
    {
    }
    QString code() const override
    {
        return m_entry.correctsId != 0 ? QStringLiteral("room.diary.correct") : QStringLiteral("room.diary.append");
    }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    qint64 entryId() const { return m_entryId; }

private:
    NewDiaryEntry m_entry;
    qint64 m_entryId = 0;
};

} // namespace room
