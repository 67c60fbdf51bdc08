#pragma once

#include "core/db/demo.h"

namespace room {

// The Sala operativa part of a demo database: the events of 2020-2021 (the
// Covid emergency, idrometeo alerts, an exercise) with their phases and
// comuni, and a diary of a few hundred entries; then the Cabina di regia
// and the communications (commsdemo.h). Deterministic: its instants come
// from core::demoNow() and its choices from DemoContext::random. Runs after
// the volunteers step (it extends the events that step made) and signs in
// as the demo accounts.
//
// Each circular of the demo goes to the 133 comuni (or an event's), one
// PDF letter and one message each: 399 letters, a good part of the step's
// time. `lettersPerCircular` (tests that check other rows) registers every
// circular the same and prepares only its first comuni: the others stay
// without a sending, as after a stop (room::produceCircular completes it).
// Negative: all of them, as the program's demo does.
struct RoomDemoOptions {
    int lettersPerCircular = -1;
};
core::DemoStep demoStep(RoomDemoOptions options = {});

} // namespace room
