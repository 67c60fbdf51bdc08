#pragma once

#include "core/db/demo.h"

namespace deliveries {

// The Consegne's contribution to the demo database, in two steps that
// app/moduleregistry.cpp runs around the Magazzino's closing step:
//
// demoStep() ("deliveries"), between "stock" and "stock-closing", through
// the module's services (requests, allocations, deliveries issuing stock
// through stock::StockService from the stock demo's receipts):
// - recipients: ATS hubs, nursing homes, GPs, paediatricians, hospitals;
// - autumn 2020: the 1,050 flu-vaccine kits, three batches of 350 (one per
//   assembly) shared among requests of the ATS hubs and the RSA and
//   delivered to them;
// - November 2020 – February 2021: DPI and swab kits to GPs,
//   paediatricians, RSA and hospitals;
// - 01/12/2020 – 19/03/2021, the published food distributions: every
//   week the COCs send requests (more often and for more the larger the
//   comune), the week's food is shared in proportion to the requests
//   (what is not given is closed) and delivered Tuesday to Friday: 1,474
//   deliveries whose category totals are exactly the published kg;
// - today's situation: requests waiting for an allocation, last week's
//   allocation with deliveries delivered, one returned, and today's round.
//
// historyStep() ("deliveries-history"), after "stock-closing", only with
// `years` > 0: the invented warehouse activity of those years issues goods
// "to the COC of <comune>"; each of those issues becomes a delivered
// delivery recorded afterwards (origin history, lots as issued), for the
// benchmarks. Written directly, one transaction a month, for speed.
core::DemoStep demoStep();
core::DemoStep historyStep();

} // namespace deliveries
