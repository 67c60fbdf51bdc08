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

// Whether this database belongs to a room (it holds the room's key).
bool inRoom(const QSqlDatabase &db);

// Makes sure `number` has an active row named `name` (added, or its name
// updated); nothing outside a room. When the number's row says it was
// removed from the room it is left as it is: a removed member does not
// readmit itself. Inside the caller's transaction.
Status registerSelf(const QSqlDatabase &db, int number, const QString &name, qint64 nowMs);

// The workstation takes a new number: the old number's row is closed (its
// files up to this database's last export stay valid), the new one is
// registered. Nothing outside a room.
Status renumberSelf(const QSqlDatabase &db, int oldNumber, int newNumber, const QString &name, qint64 nowMs,
    const QString &operatorName);

// Whether a row of the list holds `number` (a member, or a removed one:
// numbers are not reused in a room).
Result<bool> numberTaken(const QSqlDatabase &db, int number);

} // namespace RoomMemberRows

} // namespace core
