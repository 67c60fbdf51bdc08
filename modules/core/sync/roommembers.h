#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace core::sync {

// A workstation of the room, as this database knows it.
struct RoomMember {
    int workstation = 0;
    QString name;
    bool removed = false;
    qint64 removedAfterSeq = 0; // a removed member's files up to this sequence are still applied
};

// Every workstation of the room known here (removed ones too), this one
// included, ordered by number.
// Interim version: the workstations this database has applied files from
// (sync_source) and itself; the room's membership list replaces it.
Result<QList<RoomMember>> roomMembers(const QSqlDatabase &db);

} // namespace core::sync
