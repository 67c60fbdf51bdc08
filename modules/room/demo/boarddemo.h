#pragma once

#include "core/db/demo.h"

namespace room {

// The Cabina di regia and the communications register of a demo database:
// the members of the five roles and their delegates (invented names), a
// meeting every working day of the 2020-2021 season (attendance, requests
// of the Consegne examined, decisions, actions done late or on time), a few
// meetings of the last days with open and overdue actions, the mayors of
// the 133 comuni (invented names), the room's sender and three circulars
// to the mayors, whose letters and messages are written next to the
// database ("<name>-circolari/"). Deterministic: DemoContext::random and
// core::demoNow. Signs in as the demo coordinator, after the deliveries and
// volunteers steps.
core::DemoStep boardDemoStep();

} // namespace room
