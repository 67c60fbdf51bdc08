#pragma once

#include "core/db/demo.h"

namespace stock {

// The Magazzino's contribution to the demo database, in two steps that
// app/moduleregistry.cpp runs around the steps that issue stock:
//
// demoStep() ("stock"), before deliveries:
// - locations, donors, items, the flu-vaccine kit recipe;
// - DPI and kit components received from ATS and Regione in September and
//   October 2020, and 1,050 flu-vaccine kits assembled on 06/10, 13/10 and
//   20/10/2020 (350 each);
// - food receipts from 23/11/2020 to 11/03/2021 from realistic donors: per
//   published category at least 108% of the kg distributed from 01/12/2020
//   to 19/03/2021, a quarter of it in stock before 01/12/2020 and the rest
//   weekly, so that the cumulative receipts stay ahead of any delivery plan
//   that is roughly uniform or front-loaded; lots expire well after they
//   would be issued first-expired-first-out (short-life lots are small and
//   picked first);
// - DPI and swab kits for deliveries to GPs, paediatricians and RSA
//   (November 2020 – February 2021);
// - long-life receipts in the four months before `today`, so that recent
//   deliveries, if any, have stock.
//
// demoClosingStep() ("stock-closing"), after every step that issues stock
// for the published period:
// - on 30/06/2021, the end-of-emergency clearance: what is left of the
//   period is handed over (food to the Banco Alimentare, DPI and kits to ATS)
//   and what expired is written off;
// - with `years` > 0, N years of invented activity (receipts, issues,
//   write-offs, transfers: about 100,000 movements a year) between
//   01/07/2021 and four months before `today`, for the benchmarks;
// - the situation of today: recent receipts with a few lots expiring within
//   a week, one expired lot waiting for its write-off, a closed stock count,
//   a transfer to a Colonna Mobile pole, a corrected receipt, and two items
//   under their minimum level.
core::DemoStep demoStep();
core::DemoStep demoClosingStep();

} // namespace stock
