#pragma once

class CliRun;

// room status, room remove --workstation N: the room's membership
// (core/sync/roommembers.h, roomstatus.h). Dispatched from `room`.
int runRoomStatus(CliRun &run);
int runRoomRemove(CliRun &run);
