#pragma once

#include <QCommandLineOption>
#include <QList>

class CliRun;

// room circular, room circulars: the circulars to the mayors from the
// command line, through the same commands and permission as the window's
// dialog (room/domain/circularfiles.h: RegisterCircular, the letters
// rendered on the thread pool, LogCircularSendings). Dispatched from
// `room`, which signs in; their options are added to that command's.
int runRoomCircular(CliRun &run);
int runRoomCirculars(CliRun &run);
QList<QCommandLineOption> roomCircularOptions();
