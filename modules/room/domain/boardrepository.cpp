#include "room/domain/boardrepository.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"

namespace room {

using core::Error;
using core::Result;
using core::Status;

namespace {

// The current state of an action: its latest state row.
const char *const currentStateSql
    = "(SELECT s.state FROM room_board_action_state s WHERE s.action_id = a.id ORDER BY s.changed_at DESC, s.id DESC "
      "LIMIT 1)";
const char *const currentStateAtSql
    = "(SELECT s.changed_at FROM room_board_action_state s WHERE s.action_id = a.id ORDER BY s.changed_at DESC, "
      "s.id DESC LIMIT 1)";

QString actionSelect()
{
    return QStringLiteral("SELECT a.id, coalesce(a.meeting_id, 0), coalesce(m.held_on, ''), coalesce(a.decision_id, 0), "
                          "a.title, a.owner_id, o.name, a.due_on, %1, %2 "
                          "FROM room_board_action a JOIN room_board_member o ON o.id = a.owner_id "
                          "LEFT JOIN room_board_meeting m ON m.id = a.meeting_id ")
        .arg(QLatin1String(currentStateSql), QLatin1String(currentStateAtSql));
}

BoardAction readAction(const QSqlQuery &q)
{
    BoardAction a;
    a.id = q.value(0).toLongLong();
    a.meetingId = q.value(1).toLongLong();
    a.meetingDay = core::fromSqlDate(q.value(2).toString());
    a.decisionId = q.value(3).toLongLong();
    a.title = q.value(4).toString();
    a.ownerId = q.value(5).toLongLong();
    a.owner = q.value(6).toString();
    a.dueOn = core::fromSqlDate(q.value(7).toString());
    actionStateFromCode(q.value(8).toString(), &a.state);
    a.stateChangedAtMs = q.value(9).toLongLong();
    return a;
}

QString memberSelect()
{
    return QStringLiteral(
        "SELECT p.id, p.role_id, r.name, coalesce(p.delegate_of, 0), coalesce(d.name, ''), coalesce(p.account_id, 0), "
        "coalesce(acc.username, ''), p.name, p.organisation, p.phone, p.email, p.active "
        "FROM room_board_member p JOIN room_board_role r ON r.id = p.role_id "
        "LEFT JOIN room_board_member d ON d.id = p.delegate_of "
        "LEFT JOIN operator_account acc ON acc.id = p.account_id ");
}

BoardMember readMember(const QSqlQuery &q)
{
    BoardMember m;
    m.id = q.value(0).toLongLong();
    m.roleId = q.value(1).toLongLong();
    m.role = q.value(2).toString();
    m.delegateOf = q.value(3).toLongLong();
    m.delegateOfName = q.value(4).toString();
    m.accountId = q.value(5).toLongLong();
    m.accountUsername = q.value(6).toString();
    m.name = q.value(7).toString();
    m.organisation = q.value(8).toString();
    m.phone = q.value(9).toString();
    m.email = q.value(10).toString();
    m.active = q.value(11).toInt() != 0;
    return m;
}

QString meetingSelect()
{
    return QStringLiteral(
        "SELECT m.id, m.held_on, m.mode, m.notes, "
        "(SELECT count(*) FROM room_board_attendance x WHERE x.meeting_id = m.id), "
        "(SELECT count(*) FROM room_board_decision x WHERE x.meeting_id = m.id), "
        "(SELECT count(*) FROM room_board_action x WHERE x.meeting_id = m.id), "
        "(SELECT count(*) FROM room_board_examined x WHERE x.meeting_id = m.id) FROM room_board_meeting m ");
}

BoardMeeting readMeeting(const QSqlQuery &q)
{
    BoardMeeting m;
    m.id = q.value(0).toLongLong();
    m.heldOn = core::fromSqlDate(q.value(1).toString());
    meetingModeFromCode(q.value(2).toString(), &m.mode);
    m.notes = q.value(3).toString();
    m.attendees = q.value(4).toInt();
    m.decisions = q.value(5).toInt();
    m.actions = q.value(6).toInt();
    m.examined = q.value(7).toInt();
    return m;
}

QString requestSelect()
{
    return QStringLiteral("SELECT r.id, r.number, p.name, c.name, r.requested_on, r.status FROM delivery_request r "
                          "JOIN delivery_recipient p ON p.id = r.recipient_id JOIN comune c ON c.id = p.comune_id ");
}

ExaminedRequest readRequest(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        core::fromSqlDate(q.value(4).toString()), q.value(5).toString() };
}

Result<QSet<qint64>> idSet(const QSqlDatabase &db, const QString &sql, qint64 key)
{
    auto q = core::runQuery(db, sql, { key });
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

// A set per meeting: inserts the members added, deletes those removed.
Status writeSet(const QSqlDatabase &db, const QString &table, const QString &column, qint64 meetingId,
    const QSet<qint64> &wanted)
{
    // table and column are this file's own names, never user text.
    auto current
        = idSet(db, QStringLiteral("SELECT %1 FROM %2 WHERE meeting_id = ?").arg(column, table), meetingId);
    if (!current)
        return current.error();
    for (qint64 id : *current)
        if (!wanted.contains(id)) {
            auto q = core::runQuery(db, QStringLiteral("DELETE FROM %1 WHERE meeting_id = ? AND %2 = ?").arg(table, column),
                { meetingId, id });
            if (!q)
                return q.error();
        }
    QList<qint64> added;
    for (qint64 id : wanted)
        if (!current->contains(id))
            added.append(id);
    std::sort(added.begin(), added.end());
    for (qint64 id : std::as_const(added)) {
        const qint64 rowId = core::keyedRowId(table, { meetingId, id });
        auto q = core::runQuery(db, QStringLiteral("INSERT INTO %1(id, meeting_id, %2) VALUES (?, ?, ?)").arg(table, column),
            { rowId, meetingId, id });
        if (!q)
            return q.error();
    }
    return {};
}

} // namespace

BoardRepository::BoardRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 BoardRepository::meetingIdFor(const QDate &day)
{
    return core::keyedRowId(QStringLiteral("room_board_meeting"), { core::toSqlDate(day) });
}

Result<QList<BoardRole>> BoardRepository::roles(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, name, position, active FROM room_board_role %1 ORDER BY position, name, id")
            .arg(activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    if (!q)
        return q.error();
    QList<BoardRole> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toInt() != 0 });
    return list;
}

Result<QList<BoardMember>> BoardRepository::members(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        memberSelect()
            + QStringLiteral("%1 ORDER BY r.position, r.id, coalesce(p.delegate_of, p.id), p.delegate_of IS NOT NULL, "
                             "p.name COLLATE NOCASE, p.id")
                  .arg(activeOnly ? QStringLiteral("WHERE p.active = 1") : QString()));
    if (!q)
        return q.error();
    QList<BoardMember> list;
    while (q->next())
        list.append(readMember(*q));
    return list;
}

Result<BoardMember> BoardRepository::member(qint64 id) const
{
    auto q = core::runQuery(m_db, memberSelect() + QStringLiteral("WHERE p.id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? readMember(*q) : BoardMember();
}

Result<QList<QPair<qint64, QString>>> BoardRepository::accounts() const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, display_name || ' (' || username || ')' FROM operator_account WHERE active = 1 "
                       "AND role <> 'service' ORDER BY display_name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString() });
    return list;
}

Result<QList<BoardMeeting>> BoardRepository::meetings(const QDate &from, const QDate &to) const
{
    auto q = core::runQuery(m_db, meetingSelect() + QStringLiteral("WHERE m.held_on BETWEEN ? AND ? ORDER BY m.held_on DESC"),
        { core::toSqlDate(from), core::toSqlDate(to) });
    if (!q)
        return q.error();
    QList<BoardMeeting> list;
    while (q->next())
        list.append(readMeeting(*q));
    return list;
}

Result<BoardMeeting> BoardRepository::meetingOn(const QDate &day) const
{
    auto q = core::runQuery(m_db, meetingSelect() + QStringLiteral("WHERE m.held_on = ?"), { core::toSqlDate(day) });
    if (!q)
        return q.error();
    return q->next() ? readMeeting(*q) : BoardMeeting();
}

Result<BoardMeeting> BoardRepository::meeting(qint64 id) const
{
    auto q = core::runQuery(m_db, meetingSelect() + QStringLiteral("WHERE m.id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? readMeeting(*q) : BoardMeeting();
}

Result<QSet<qint64>> BoardRepository::attendance(qint64 meetingId) const
{
    return idSet(m_db, QStringLiteral("SELECT member_id FROM room_board_attendance WHERE meeting_id = ?"), meetingId);
}

Result<QList<ExaminedRequest>> BoardRepository::examined(qint64 meetingId) const
{
    auto q = core::runQuery(m_db,
        requestSelect()
            + QStringLiteral("JOIN room_board_examined e ON e.request_id = r.id WHERE e.meeting_id = ? "
                             "ORDER BY r.requested_on, r.number"),
        { meetingId });
    if (!q)
        return q.error();
    QList<ExaminedRequest> list;
    while (q->next())
        list.append(readRequest(*q));
    return list;
}

Result<QList<ExaminedRequest>> BoardRepository::pendingRequests(const QDate &day, int limit) const
{
    auto q = core::runQuery(m_db,
        requestSelect()
            + QStringLiteral("WHERE r.status IN ('received', 'allocated', 'scheduled') AND r.requested_on <= ? "
                             "ORDER BY r.requested_on, r.number LIMIT ?"),
        { core::toSqlDate(day), limit });
    if (!q)
        return q.error();
    QList<ExaminedRequest> list;
    while (q->next())
        list.append(readRequest(*q));
    return list;
}

Result<QList<BoardDecision>> BoardRepository::decisions(qint64 meetingId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, meeting_id, text, created_at, operator FROM room_board_decision WHERE meeting_id = ? "
                       "ORDER BY created_at, id"),
        { meetingId });
    if (!q)
        return q.error();
    QList<BoardDecision> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
            q->value(3).toLongLong(), q->value(4).toString() });
    return list;
}

Result<QList<BoardAction>> BoardRepository::actions(qint64 meetingId, bool openOnly) const
{
    QString where;
    QVariantList binds;
    if (meetingId) {
        where = QStringLiteral("WHERE a.meeting_id = ? ");
        binds.append(meetingId);
    } else if (openOnly) {
        where = QStringLiteral("WHERE %1 IN ('open', 'in_progress') ").arg(QLatin1String(currentStateSql));
    }
    auto q = core::runQuery(m_db, actionSelect() + where + QStringLiteral("ORDER BY a.due_on, a.id"), binds);
    if (!q)
        return q.error();
    QList<BoardAction> list;
    while (q->next())
        list.append(readAction(*q));
    return list;
}

Result<BoardAction> BoardRepository::action(qint64 id) const
{
    auto q = core::runQuery(m_db, actionSelect() + QStringLiteral("WHERE a.id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? readAction(*q) : BoardAction();
}

Result<QList<ActionStateChange>> BoardRepository::actionHistory(qint64 actionId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, state, changed_at, note, operator FROM room_board_action_state WHERE action_id = ? "
                       "ORDER BY changed_at, id"),
        { actionId });
    if (!q)
        return q.error();
    QList<ActionStateChange> list;
    while (q->next()) {
        ActionStateChange c;
        c.id = q->value(0).toLongLong();
        actionStateFromCode(q->value(1).toString(), &c.state);
        c.changedAtMs = q->value(2).toLongLong();
        c.note = q->value(3).toString();
        c.operatorName = q->value(4).toString();
        list.append(c);
    }
    return list;
}

Result<int> BoardRepository::overdueCount(const QDate &today) const
{
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM room_board_action a WHERE a.due_on < ? AND %1 IN ('open', 'in_progress')")
            .arg(QLatin1String(currentStateSql)),
        { core::toSqlDate(today) });
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<BoardAction>> BoardRepository::openActionsOn(const QDate &day) const
{
    const qint64 end = day.addDays(1).startOfDay().toMSecsSinceEpoch();
    const QString stateAt = QStringLiteral(
        "(SELECT s.%1 FROM room_board_action_state s WHERE s.action_id = a.id AND s.changed_at < %2 "
        "ORDER BY s.changed_at DESC, s.id DESC LIMIT 1)");
    const QString sql
        = QStringLiteral("SELECT * FROM (SELECT a.id, coalesce(a.meeting_id, 0), coalesce(m.held_on, ''), "
                         "coalesce(a.decision_id, 0), a.title, a.owner_id, o.name, a.due_on, "
                         "coalesce(%1, 'open') AS state, coalesce(%2, a.created_at) "
                         "FROM room_board_action a JOIN room_board_member o ON o.id = a.owner_id "
                         "LEFT JOIN room_board_meeting m ON m.id = a.meeting_id WHERE a.created_at < %3) "
                         "WHERE state IN ('open', 'in_progress') ORDER BY 8, 1")
              .arg(stateAt.arg(QStringLiteral("state"), QString::number(end)),
                  stateAt.arg(QStringLiteral("changed_at"), QString::number(end)), QString::number(end));
    auto q = core::runQuery(m_db, sql);
    if (!q)
        return q.error();
    QList<BoardAction> list;
    while (q->next())
        list.append(readAction(*q));
    return list;
}

Result<int> BoardRepository::openCount() const
{
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM room_board_action a WHERE %1 IN ('open', 'in_progress')")
            .arg(QLatin1String(currentStateSql)));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<qint64> BoardRepository::saveRole(const BoardRole &role)
{
    qint64 id = role.id;
    if (id == 0) {
        auto newId = core::allocateRowId(m_db);
        if (!newId)
            return newId.error();
        id = *newId;
        auto q = core::runQuery(m_db, QStringLiteral("INSERT INTO room_board_role(id, name, position, active) VALUES (?, ?, ?, ?)"),
            { id, role.name.simplified(), role.position, role.active ? 1 : 0 });
        if (!q)
            return q.error();
        return id;
    }
    auto q = core::runQuery(m_db, QStringLiteral("UPDATE room_board_role SET name = ?, position = ?, active = ? WHERE id = ?"),
        { role.name.simplified(), role.position, role.active ? 1 : 0, id });
    if (!q)
        return q.error();
    return id;
}

Result<qint64> BoardRepository::saveMember(const BoardMember &m)
{
    const QVariant delegateOf = m.delegateOf ? QVariant(m.delegateOf) : QVariant();
    const QVariant account = m.accountId ? QVariant(m.accountId) : QVariant();
    const QVariantList values = { m.roleId, delegateOf, account, m.name.simplified(), m.organisation.simplified(),
        m.phone.simplified(), m.email.trimmed(), m.active ? 1 : 0 };
    if (m.id == 0) {
        auto newId = core::allocateRowId(m_db);
        if (!newId)
            return newId.error();
        auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO room_board_member(role_id, delegate_of, account_id, name, organisation, phone, "
                           "email, active, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList { *newId });
        if (!q)
            return q.error();
        return *newId;
    }
    auto q = core::runQuery(m_db,
        QStringLiteral("UPDATE room_board_member SET role_id = ?, delegate_of = ?, account_id = ?, name = ?, "
                       "organisation = ?, phone = ?, email = ?, active = ? WHERE id = ?"),
        values + QVariantList { m.id });
    if (!q)
        return q.error();
    return m.id;
}

Result<qint64> BoardRepository::saveMeeting(const QDate &day, MeetingMode mode, const QString &notes)
{
    const qint64 id = meetingIdFor(day);
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO room_board_meeting(id, held_on, mode, notes) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET mode = excluded.mode, notes = excluded.notes "
                       "WHERE mode IS NOT excluded.mode OR notes IS NOT excluded.notes"),
        { id, core::toSqlDate(day), meetingModeCode(mode), notes.trimmed() });
    if (!q)
        return q.error();
    return id;
}

Status BoardRepository::setAttendance(qint64 meetingId, const QSet<qint64> &memberIds)
{
    return writeSet(m_db, QStringLiteral("room_board_attendance"), QStringLiteral("member_id"), meetingId, memberIds);
}

Status BoardRepository::setExamined(qint64 meetingId, const QSet<qint64> &requestIds)
{
    return writeSet(m_db, QStringLiteral("room_board_examined"), QStringLiteral("request_id"), meetingId, requestIds);
}

Result<qint64> BoardRepository::addDecision(qint64 meetingId, const QString &text, qint64 nowMs)
{
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO room_board_decision(id, meeting_id, text, created_at, operator) VALUES (?, ?, ?, ?, ?)"),
        { *id, meetingId, text.trimmed(), nowMs, core::sessionOperator(m_db) });
    if (!q)
        return q.error();
    return *id;
}

Result<qint64> BoardRepository::addAction(const BoardAction &a, qint64 nowMs)
{
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO room_board_action(id, meeting_id, decision_id, title, owner_id, due_on, created_at, "
                       "operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, a.meetingId ? QVariant(a.meetingId) : QVariant(), a.decisionId ? QVariant(a.decisionId) : QVariant(),
            a.title.simplified(), a.ownerId, core::toSqlDate(a.dueOn), nowMs, core::sessionOperator(m_db) });
    if (!q)
        return q.error();
    if (auto s = addActionState(*id, ActionState::Open, QString(), nowMs); !s)
        return s.error();
    return *id;
}

Result<qint64> BoardRepository::addActionState(qint64 actionId, ActionState state, const QString &note, qint64 nowMs)
{
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO room_board_action_state(id, action_id, state, changed_at, note, operator) VALUES "
                       "(?, ?, ?, ?, ?, ?)"),
        { *id, actionId, actionStateCode(state), nowMs, note.simplified(), core::sessionOperator(m_db) });
    if (!q)
        return q.error();
    return *id;
}

} // namespace room
