#pragma once

#include "core/db/demo.h"

namespace room {

// The Cabina di regia and communications part of the room's demo step
// (room-comms): run by room::demoStep() after the events and the diary.
core::Status runCommsDemo(core::DemoContext &context);

} // namespace room
