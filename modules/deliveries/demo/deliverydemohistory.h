#pragma once

#include "core/db/demo.h"

namespace deliveries {

// For `demo --years N`: turns the invented warehouse activity's issues "to
// the COC of <comune>" (stock::generateActivity) into delivered deliveries
// recorded afterwards (origin history, numbered "yyyy/S-NNNN"), one per
// issue operation, with a line per item and the lots as issued. Written
// with prepared statements, one transaction a month: going through the
// services row by row would take minutes for 70,000 deliveries.
core::Status recordInventedHistory(core::DemoContext &context);

} // namespace deliveries
