#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace core::sync {

// Joining the room in one step: a member writes an invitation (a snapshot
// of its database and what a member needs, encrypted with a passphrase,
// invitationfile.h); the new workstation's database is made from it.
// The command line (room invite, room join FILE) and the first-start
// wizard of the window both call these.

struct InviteReport {
    QString path;
    int members = 0;
    qint64 bytes = 0;
};

// Writes the invitation to `outPath` (complete or not at all; an existing
// file is never replaced: file.exists). The signed-in session needs
// Permission::SyncManage (refusal audited); the invitation is in the audit
// log (kind "command", sync.room.invite). The snapshot is taken with
// VACUUM INTO a temporary file next to the database, removed afterwards.
// sync.no_room when this database has no room, sync.invite_short_passphrase.
Result<InviteReport> writeInvitation(const QSqlDatabase &db, const QString &outPath, const QString &passphrase,
    const Clock &clock = SystemClock::instance());

struct JoinRequest {
    QString invitation; // the invitation file
    QString passphrase;
    QString target; // the new database file
    int workstation = 0; // this workstation's number
    QString name; // this workstation's name (may be empty)
    QString operatorName; // who joins, for the audit entry ("cli:user")
};

struct JoinReport {
    QString roomName;
    int workstation = 0;
    int inviter = 0;
    QString inviterName;
};

// Creates `target` from the invitation: the snapshot with this
// workstation's own identity (number, name, a new sync identity whose
// exports start after the snapshot's change log), the inviter's machine
// settings dropped, what the inviter applied and sent kept as applied, the
// room installed and this workstation registered (JoinRoom), and an audit
// entry. Written under a temporary name and renamed when complete: on any
// refusal nothing is created. Refusals: sync.join_target_exists (a file
// with data is there), db.bad_workstation, sync.join_number_in_use {number,
// member name}, file.cannot_read, and those of InvitationFile::decode.
Result<JoinReport> joinByInvitation(const JoinRequest &request, const Clock &clock = SystemClock::instance());

} // namespace core::sync
