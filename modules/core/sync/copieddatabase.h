#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace core::sync {

// A database copied by hand: two files with the same sync identity (same
// database id, same workstation number) writing into one folder. Whichever
// of the two synchronises second finds files of its own identity that it
// did not write (not in its sync_export list, nor kept in its copies of
// the files it sent, and not the same sequences and content as one it
// did), and must neither export (its sequences would
// collide with the twin's) nor import. The remedy is to join the room with
// an invitation, under a number of its own.
//
// The refusal (sync.copied_database, naming the first such file and the
// workstation number), or nothing. Reads only: file names, and the bodies
// of the few files of this identity it did not write. Files that do not
// verify with the room's key are not counted (the import refuses them).
Result<std::optional<Error>> findCopiedDatabase(const QSqlDatabase &db, const QString &folder);
// The refusal goes to the security log like a refused file
// (auditRefusedFile, syncimporter.h).

} // namespace core::sync
