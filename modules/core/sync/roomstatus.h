#pragma once

#include "core/domain/result.h"
#include "core/sync/roommembers.h"
#include "core/sync/syncfolder.h"
#include "core/sync/syncimporter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace core::sync {

// One member of the room and the last file seen from it here (for this
// workstation: the last file it wrote).
struct MemberStatus {
    RoomMember member;
    bool self = false;
    QString lastFile;
    qint64 lastSeq = 0;
    qint64 lastAt = 0;
};

// What `room status` and the sync status dialog show: the members, the
// membership rows parked by a clash of numbers, what waits here, and, when
// a folder is given, what is missing from it or refused in it.
struct RoomStatus {
    QString roomName; // empty: in no room
    int workstation = 0;
    QList<MemberStatus> members;
    QList<ParkedMember> parked;
    qint64 pending = 0; // changes not yet exported
    QString folder; // empty: not looked at
    QList<MissingRange> missing;
    // Files in the folder not applied here because of the membership list,
    // as their names say (a newcomer's first files are listed until the
    // import finds the one that introduces it).
    QList<SkippedFile> refused;
    std::optional<Error> copied; // this database is a copy (copieddatabase.h)
};

// Reads only (the folder: names, and the few bodies findCopiedDatabase opens).
Result<RoomStatus> readRoomStatus(const QSqlDatabase &db, const QString &folder);

} // namespace core::sync
