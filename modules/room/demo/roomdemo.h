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
core::DemoStep demoStep();

} // namespace room
