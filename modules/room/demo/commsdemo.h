#pragma once

#include "core/db/demo.h"

namespace room {

// The Cabina di regia and communications part of the room's demo step
// (room-comms): run by room::demoStep() after the events and the diary.
// lettersPerCircular: RoomDemoOptions (negative: all).
core::Status runCommsDemo(core::DemoContext &context, int lettersPerCircular = -1);

} // namespace room
