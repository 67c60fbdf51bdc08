#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace core {

// This workstation's own row in the room's membership list (room_member,
// a synchronised table: the row travels in the next sync file and is how a
// new member introduces itself to the others). Here in core_db, below the
// sync engine, because the commands that change the workstation's number
// or name (core_commands) keep it up to date too. Reading the list and
// removing members: core/sync/roommembers.h.
namespace RoomMemberRows {

// The id of this workstation's own row (local_config, never synchronised),
// so that a row received from another member is never renamed or closed
// here. A database made from another's (an invitation's snapshot) must
// drop this key, as it drops the sync identity (sync_*).
inline const QString ownRowKey = QStringLiteral("sync_room_member_id");
qint64 ownRowId(const QSqlDatabase &db);

// Whether this database belongs to a room (it holds the room's key).
bool inRoom(const QSqlDatabase &db);

// Makes sure `number` has an active row named `name` (added, or the name
// of this workstation's own row updated); nothing outside a room. A row of
// that number that is not this workstation's, or that says it was removed
// from the room, is left as it is: a removed member does not readmit
// itself. Inside the caller's transaction.
Status registerSelf(const QSqlDatabase &db, int number, const QString &name, qint64 nowMs);

// The workstation takes a new number: its own row of the old number is
// closed (its files up to this database's last export stay valid), the new
// one is registered. Nothing outside a room.
Status renumberSelf(const QSqlDatabase &db, int oldNumber, int newNumber, const QString &name, qint64 nowMs,
    const QString &operatorName);

// Whether a row of the list holds `number` (a member, or a removed one:
// numbers are not reused in a room).
Result<bool> numberTaken(const QSqlDatabase &db, int number);

} // namespace RoomMemberRows

} // namespace core
