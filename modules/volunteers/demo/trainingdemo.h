#pragma once

#include "core/db/demo.h"

namespace volunteers {

// The training part of `cisiamo demo` (after the volunteers step, whose
// volunteers and organisations it uses), from the 2020 project text
// (../shared/seeds/): the base course for new volunteers (two editions in
// 2020, the second one remote), the volunteers' safety course, the two
// Covid-manager meetings of 16 and 18 December 2020 (21:00-23:00, remote)
// with a final test, and the students' basic civil-protection course of
// ConosciAMO with 150 enrolled (early 2021, remote). Attendance, tests and
// certificates as the rules give them (some absent, some failed); the
// qualifications of the certificates issued; a few dozen exercises of the
// organisations in 2020 and 2021.
core::DemoStep trainingDemoStep();

inline constexpr int demoStudentsEnrolled = 150;

} // namespace volunteers
