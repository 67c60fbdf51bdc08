#pragma once

#include "core/db/demo.h"

namespace room {

// The emergency plans part of the room's demo: the state of the Piano di
// Emergenza Comunale of each of the 133 comuni (most approved between 2004
// and 2021 and revised since; some never revised, a few without a plan;
// revisions due spread so that most are up to date, some due within 90
// days and about a quarter overdue on the demo's day), their risk
// scenarios, and the COCs opened for the Covid emergency (February-March
// 2020, closed by 31/03/2022) and for the Seveso alerts, two still open on
// the demo's day. Deterministic: its own generator with a fixed seed (the
// shared DemoContext::random is left as the steps after it expect) and
// core::demoNow(). Signs in as the demo coordinator.
core::Status runPlansDemo(core::DemoContext &context);

} // namespace room
