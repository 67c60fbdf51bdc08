#pragma once

#include "core/db/demo.h"

namespace listening {

// The AscoltiAMO part of a demo database: the SPE roster, a plausible month
// of requests up to the demo's "today" (most called back within 24 h, some
// escalated or referred, a few overdue, one raised to the coordinator),
// two support groups and three COC placements; `years` adds older, closed
// requests for performance work. Callers are invented ("Lucia Esempio",
// phone 000 ...): no real person's data. Signs in as the demo coordinator
// (core/demo/demoaccounts.h), so the accounts step must run first.
core::DemoStep listeningDemoStep();

} // namespace listening
