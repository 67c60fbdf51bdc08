#pragma once

#include <QSqlDatabase>
#include <QString>

class CliRun;

// room status, room remove --workstation N: the room's membership
// (core/sync/roommembers.h, roomstatus.h). Dispatched from `room`.
int runRoomStatus(CliRun &run);
int runRoomRemove(CliRun &run);

// For sync status: prints the files of `folder` refused because of the
// membership list, and the refusal of a database copied by hand. Returns 1
// when this database is such a copy (the status then exits 1), 0 otherwise,
// -1 on an error (printed).
int printMembershipProblems(CliRun &run, const QSqlDatabase &db, const QString &folder);
