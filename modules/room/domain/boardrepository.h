#pragma once

#include "core/domain/result.h"
#include "room/domain/boardtypes.h"

#include <QSet>
#include <QSqlDatabase>

namespace room {

// The Cabina di regia's tables (room_board_*): prepared statements only, no
// rules beyond what SQL says. The writes run inside a command's transaction
// (boardcommands.h checks the rules first); reads are bounded (a meeting's
// rows, the open actions, one period's meetings). Any thread with its own
// connection.
class BoardRepository {
public:
    explicit BoardRepository(QSqlDatabase db);

    core::Result<QList<BoardRole>> roles(bool activeOnly) const;
    core::Result<QList<BoardMember>> members(bool activeOnly) const;
    core::Result<BoardMember> member(qint64 id) const; // id 0 when unknown
    // The room's active accounts (id, "Display name (username)"), for a
    // member who signs in.
    core::Result<QList<QPair<qint64, QString>>> accounts() const;

    // Meetings between two days (inclusive), newest first, with counts.
    core::Result<QList<BoardMeeting>> meetings(const QDate &from, const QDate &to) const;
    core::Result<BoardMeeting> meetingOn(const QDate &day) const; // id 0 when none
    core::Result<BoardMeeting> meeting(qint64 id) const;          // id 0 when none
    core::Result<QSet<qint64>> attendance(qint64 meetingId) const;
    core::Result<QList<ExaminedRequest>> examined(qint64 meetingId) const;
    // Requests from the territory still to be served on `day` (received,
    // allocated or scheduled, asked on or before it): what a meeting may
    // examine; at most `limit`, the oldest first.
    core::Result<QList<ExaminedRequest>> pendingRequests(const QDate &day, int limit) const;
    core::Result<QList<BoardDecision>> decisions(qint64 meetingId) const;

    // Actions of a meeting (meetingId != 0), or every action not final
    // (meetingId 0, openOnly), or all of them; by due date.
    core::Result<QList<BoardAction>> actions(qint64 meetingId, bool openOnly) const;
    core::Result<BoardAction> action(qint64 id) const; // id 0 when unknown
    core::Result<QList<ActionStateChange>> actionHistory(qint64 actionId) const;
    // Actions neither done nor cancelled due before `today`.
    core::Result<int> overdueCount(const QDate &today) const;
    core::Result<int> openCount() const;
    // Actions open or in progress at the end of `day` (local time): made by
    // then, and their latest state row by then not final; each with that
    // state. By due date. The daily situation report.
    core::Result<QList<BoardAction>> openActionsOn(const QDate &day) const;

    // Writes (inside the caller's transaction).
    core::Result<qint64> saveRole(const BoardRole &role);
    core::Result<qint64> saveMember(const BoardMember &member);
    core::Result<qint64> saveMeeting(const QDate &day, MeetingMode mode, const QString &notes);
    // Writes only the members added and removed (a set: room_board_attendance).
    core::Status setAttendance(qint64 meetingId, const QSet<qint64> &memberIds);
    core::Status setExamined(qint64 meetingId, const QSet<qint64> &requestIds);
    core::Result<qint64> addDecision(qint64 meetingId, const QString &text, qint64 nowMs);
    core::Result<qint64> addAction(const BoardAction &action, qint64 nowMs);
    core::Result<qint64> addActionState(qint64 actionId, ActionState state, const QString &note, qint64 nowMs);

    // The keyed id of a day's meeting (the same on every workstation).
    static qint64 meetingIdFor(const QDate &day);

private:
    QSqlDatabase m_db;
};

} // namespace room
