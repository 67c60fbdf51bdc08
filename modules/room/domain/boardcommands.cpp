#include "room/domain/boardcommands.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "room/domain/boardrepository.h"

#include <QRegularExpression>

namespace room {

using core::Error;
using core::Status;

namespace {

constexpr int maxNameLength = 120;
constexpr int maxTextLength = 4000;

bool plausibleAddress(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    return email.isEmpty() || pattern.match(email).hasMatch();
}

Status exists(const QSqlDatabase &db, const QString &sql, qint64 id, const QString &errorCode)
{
    auto v = core::queryValue(db, sql, { id });
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error(errorCode, { QString::number(id) });
    return {};
}

Status meetingExists(const QSqlDatabase &db, qint64 id)
{
    return exists(db, QStringLiteral("SELECT 1 FROM room_board_meeting WHERE id = ?"), id, QStringLiteral("room.unknown_meeting"));
}

Status keep(core::Result<qint64> id, qint64 *into)
{
    if (!id)
        return id.error();
    *into = *id;
    return {};
}

} // namespace

QString SaveBoardRole::permission() const
{
    return core::Permission::RoomEdit;
}

Status SaveBoardRole::check(const core::CommandContext &context) const
{
    const QString name = m_role.name.simplified();
    if (name.size() < 2 || name.size() > maxNameLength)
        return Error(QStringLiteral("room.bad_role_name"));
    auto clash = core::queryValue(context.db,
        QStringLiteral("SELECT id FROM room_board_role WHERE name = ? COLLATE NOCASE AND id <> ?"), { name, m_role.id });
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return Error(QStringLiteral("room.duplicate_role"), { name });
    if (m_role.id)
        return exists(context.db, QStringLiteral("SELECT 1 FROM room_board_role WHERE id = ?"), m_role.id,
            QStringLiteral("room.unknown_role"));
    return {};
}

Status SaveBoardRole::apply(const core::CommandContext &context)
{
    return keep(BoardRepository(context.db).saveRole(m_role), &m_id);
}

QString SaveBoardMember::permission() const
{
    return core::Permission::RoomEdit;
}

Status SaveBoardMember::check(const core::CommandContext &context) const
{
    const QString name = m_member.name.simplified();
    if (name.size() < 2 || name.size() > maxNameLength)
        return Error(QStringLiteral("room.bad_member_name"));
    if (!plausibleAddress(m_member.email.trimmed()))
        return Error(QStringLiteral("reference.bad_email"), { m_member.email.trimmed() });
    if (auto s = exists(context.db, QStringLiteral("SELECT 1 FROM room_board_role WHERE id = ?"), m_member.roleId,
            QStringLiteral("room.unknown_role"));
        !s)
        return s;
    BoardRepository repository(context.db);
    if (m_member.id) {
        auto current = repository.member(m_member.id);
        if (!current)
            return current.error();
        if (current->id == 0)
            return Error(QStringLiteral("room.unknown_member"), { QString::number(m_member.id) });
    }
    if (m_member.delegateOf) {
        // A delegate stands in for a member (not for another delegate) of
        // the same role.
        auto principal = repository.member(m_member.delegateOf);
        if (!principal)
            return principal.error();
        if (principal->id == 0)
            return Error(QStringLiteral("room.unknown_member"), { QString::number(m_member.delegateOf) });
        if (principal->delegateOf != 0 || principal->id == m_member.id || principal->roleId != m_member.roleId)
            return Error(QStringLiteral("room.bad_delegate"));
    }
    if (m_member.accountId)
        return exists(context.db, QStringLiteral("SELECT 1 FROM operator_account WHERE id = ?"), m_member.accountId,
            QStringLiteral("auth.unknown_account"));
    return {};
}

Status SaveBoardMember::apply(const core::CommandContext &context)
{
    return keep(BoardRepository(context.db).saveMember(m_member), &m_id);
}

QString SaveMeeting::permission() const
{
    return core::Permission::RoomEdit;
}

Status SaveMeeting::check(const core::CommandContext &context) const
{
    if (!m_input.day.isValid())
        return Error(QStringLiteral("room.bad_date"));
    if (m_input.day > context.clock.today())
        return Error(QStringLiteral("room.meeting_in_future"), { core::toSqlDate(m_input.day) });
    if (m_input.notes.size() > maxTextLength)
        return Error(QStringLiteral("room.text_too_long"));
    for (qint64 id : m_input.attendees)
        if (auto s = exists(context.db, QStringLiteral("SELECT 1 FROM room_board_member WHERE id = ?"), id,
                QStringLiteral("room.unknown_member"));
            !s)
            return s;
    for (qint64 id : m_input.examinedRequests)
        if (auto s = exists(context.db, QStringLiteral("SELECT 1 FROM delivery_request WHERE id = ?"), id,
                QStringLiteral("room.unknown_request"));
            !s)
            return s;
    return {};
}

Status SaveMeeting::apply(const core::CommandContext &context)
{
    BoardRepository repository(context.db);
    auto id = repository.saveMeeting(m_input.day, m_input.mode, m_input.notes);
    if (!id)
        return id.error();
    m_id = *id;
    if (auto s = repository.setAttendance(m_id, m_input.attendees); !s)
        return s;
    return repository.setExamined(m_id, m_input.examinedRequests);
}

QString SaveMeeting::auditDetail() const
{
    return QStringLiteral("%1 attendees %2 requests %3")
        .arg(m_id)
        .arg(m_input.attendees.size())
        .arg(m_input.examinedRequests.size());
}

QString AddDecision::permission() const
{
    return core::Permission::RoomEdit;
}

Status AddDecision::check(const core::CommandContext &context) const
{
    if (m_text.trimmed().isEmpty())
        return Error(QStringLiteral("room.empty_decision"));
    if (m_text.size() > maxTextLength)
        return Error(QStringLiteral("room.text_too_long"));
    return meetingExists(context.db, m_meetingId);
}

Status AddDecision::apply(const core::CommandContext &context)
{
    return keep(BoardRepository(context.db).addDecision(m_meetingId, m_text, context.clock.nowMs()), &m_id);
}

QString AddAction::permission() const
{
    return core::Permission::RoomEdit;
}

Status AddAction::check(const core::CommandContext &context) const
{
    const QString title = m_action.title.simplified();
    if (title.isEmpty())
        return Error(QStringLiteral("room.empty_action"));
    if (title.size() > 300)
        return Error(QStringLiteral("room.text_too_long"));
    if (!m_action.dueOn.isValid())
        return Error(QStringLiteral("room.bad_date"));
    auto owner = BoardRepository(context.db).member(m_action.ownerId);
    if (!owner)
        return owner.error();
    if (owner->id == 0)
        return Error(QStringLiteral("room.unknown_member"), { QString::number(m_action.ownerId) });
    if (!owner->active)
        return Error(QStringLiteral("room.inactive_member"), { owner->name });
    if (m_action.meetingId) {
        if (auto s = meetingExists(context.db, m_action.meetingId); !s)
            return s;
        // An action cannot be due before the meeting that decided it.
        auto meeting = BoardRepository(context.db).meeting(m_action.meetingId);
        if (!meeting)
            return meeting.error();
        if (m_action.dueOn < meeting->heldOn)
            return Error(QStringLiteral("room.due_before_meeting"), { core::toSqlDate(m_action.dueOn) });
    }
    if (m_action.decisionId) {
        auto v = core::queryValue(context.db, QStringLiteral("SELECT meeting_id FROM room_board_decision WHERE id = ?"),
            { m_action.decisionId });
        if (!v)
            return v.error();
        if (!v->isValid() || (m_action.meetingId && v->toLongLong() != m_action.meetingId))
            return Error(QStringLiteral("room.unknown_decision"), { QString::number(m_action.decisionId) });
    }
    return {};
}

Status AddAction::apply(const core::CommandContext &context)
{
    return keep(BoardRepository(context.db).addAction(m_action, context.clock.nowMs()), &m_id);
}

QString ChangeActionState::permission() const
{
    return core::Permission::RoomEdit;
}

Status ChangeActionState::check(const core::CommandContext &context) const
{
    auto action = BoardRepository(context.db).action(m_actionId);
    if (!action)
        return action.error();
    if (action->id == 0)
        return Error(QStringLiteral("room.unknown_action"), { QString::number(m_actionId) });
    if (!actionTransitionAllowed(action->state, m_to))
        return Error(QStringLiteral("room.bad_transition"), { actionStateCode(action->state), actionStateCode(m_to) });
    if (m_note.size() > maxTextLength)
        return Error(QStringLiteral("room.text_too_long"));
    return {};
}

Status ChangeActionState::apply(const core::CommandContext &context)
{
    return keep(BoardRepository(context.db).addActionState(m_actionId, m_to, m_note, context.clock.nowMs()), &m_id);
}

QString ChangeActionState::auditDetail() const
{
    return QStringLiteral("%1 %2").arg(m_actionId).arg(actionStateCode(m_to));
}

} // namespace room
