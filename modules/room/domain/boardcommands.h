#pragma once

#include "core/commands/command.h"
#include "room/domain/boardtypes.h"

#include <QSet>

namespace room {

// The Cabina di regia's writes, one command per action (permission
// room.edit): roles, members and delegates, the day's meeting with its
// attendance and the requests examined, decisions, actions and the changes
// of their state (a ledger). check() holds the rules; apply() writes
// through BoardRepository inside the runner's transaction. Error codes:
// room.*.

class SaveBoardRole : public core::Command {
public:
    explicit SaveBoardRole(BoardRole role)
        : m_role(std::move(role))
    {
    }
    QString code() const override { return QStringLiteral("room.board.role_save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }
    qint64 roleId() const { return m_id; }

private:
    BoardRole m_role;
    qint64 m_id = 0;
};

class SaveBoardMember : public core::Command {
public:
    explicit SaveBoardMember(BoardMember member)
        : m_member(std::move(member))
    {
    }
    QString code() const override { return QStringLiteral("room.board.member_save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }
    qint64 memberId() const { return m_id; }

private:
    BoardMember m_member;
    qint64 m_id = 0;
};

// Opens (or updates) the meeting of a day with who attended and the
// requests examined: the sets are written member by member.
struct MeetingInput {
    QDate day;
    MeetingMode mode = MeetingMode::Remote;
    QString notes;
    QSet<qint64> attendees;
    QSet<qint64> examinedRequests;
};

class SaveMeeting : public core::Command {
public:
    explicit SaveMeeting(MeetingInput input)
        : m_input(std::move(input))
    {
    }
    QString code() const override { return QStringLiteral("room.board.meeting_save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    qint64 meetingId() const { return m_id; }

private:
    MeetingInput m_input;
    qint64 m_id = 0;
};

class AddDecision : public core::Command {
public:
    AddDecision(qint64 meetingId, QString text)
        : m_meetingId(meetingId)
        , m_text(std::move(text))
    {
    }
    QString code() const override { return QStringLiteral("room.board.decision_add"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }
    qint64 decisionId() const { return m_id; }

private:
    qint64 m_meetingId;
    QString m_text;
    qint64 m_id = 0;
};

// A new action (state "open"): title, owner (a member), due date; the
// meeting and decision it comes from, if any.
class AddAction : public core::Command {
public:
    explicit AddAction(BoardAction action)
        : m_action(std::move(action))
    {
    }
    QString code() const override { return QStringLiteral("room.board.action_add"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }
    qint64 actionId() const { return m_id; }

private:
    BoardAction m_action;
    qint64 m_id = 0;
};

// A change of an action's state: a new row of the state ledger, refused
// when the transition is not allowed (actionTransitionAllowed).
class ChangeActionState : public core::Command {
public:
    ChangeActionState(qint64 actionId, ActionState to, QString note = {})
        : m_actionId(actionId)
        , m_to(to)
        , m_note(std::move(note))
    {
    }
    QString code() const override { return QStringLiteral("room.board.action_state"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

private:
    qint64 m_actionId;
    ActionState m_to;
    QString m_note;
    qint64 m_id = 0;
};

} // namespace room
