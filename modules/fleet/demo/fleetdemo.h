#pragma once

#include "core/db/demo.h"

namespace fleet {

// The Colonna Mobile of a demo database: the Idroscalo headquarters, three
// poles (two operational, one planned) and a store; a few dozen vehicles
// (the Metropolitan City's, CCV-MI's and the organisations'), some with the
// revision or insurance overdue or due within 30 days, each with a
// maintenance log; a few hundred pieces of equipment, some lent to
// organisations (out, and some back). Deterministic: the seeded random
// generator and core::demoNow(). Runs after the volunteers step (it lends
// to the organisations that step makes).
core::DemoStep fleetDemoStep();

} // namespace fleet
