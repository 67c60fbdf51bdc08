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

// The Colonna Mobile's deployments, recorded through the commands as the
// room records them: a flood (in the province, with a vehicle's km typed
// wrong and corrected; outside it on the Region's request) and an exercise
// recorded, voided when it was postponed, and recorded again; modules,
// vehicles with km, volunteers (their days go on the activation ledger).
// Runs after the training step, whose exercises also put volunteers' days
// on the ledger: it takes volunteers free on its days.
core::DemoStep fleetDeploymentsDemoStep();

} // namespace fleet
