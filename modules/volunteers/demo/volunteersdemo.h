#pragma once

#include "core/db/demo.h"

#include <QList>
#include <QPair>

namespace volunteers {

// The module's part of `cisiamo demo`: 117 organisations in the comuni of
// the metropolitan city, a few thousand invented volunteers with employers
// and qualifications, the COVID-19 emergency and smaller events, and an
// activation ledger whose person-days reproduce exactly both published
// tables (by month Feb-Oct 2020; by service from 1 October 2020 to
// 16 March 2021; they overlap in October). The figures come out of the
// records: the step checks them with the same queries as the reports and
// fails if they differ. `years` adds ordinary activity after March 2021
// for benchmarks. Some attestati of early 2021 are already in the register.
core::DemoStep volunteersDemoStep();

// The published tables (../shared/data/seed-figures/), as the demo and the
// tests use them.
QList<QPair<QString, int>> publishedPersonDaysByMonth2020(); // ("2020-02", 160)...
QList<QPair<QString, int>> publishedPersonDaysByService(); // ("supporto COC", 15605)...
inline constexpr int demoOrganisationCount = 117;

} // namespace volunteers
