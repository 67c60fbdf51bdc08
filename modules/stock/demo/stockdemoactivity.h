#pragma once

#include "core/db/demo.h"

namespace stock {

// Invents `years` years of warehouse activity between `from` and `to` for
// performance work: about 100,000 ledger rows a year (receipts from the demo
// donors, issues to the comuni first-expired-first-out, weekly write-offs of
// expired lots, monthly transfers to the poles). Lots are its own: it never
// touches stock that other steps recorded. What is left at `to` is issued,
// so the invented years end with empty shelves. Rows are written directly
// (prepared statements, one transaction a month) from an in-memory
// simulation that applies the same rules as the services, because going
// through the services row by row would take minutes.
core::Status generateActivity(core::DemoContext &context, const QDate &from, const QDate &to, int years);

} // namespace stock
