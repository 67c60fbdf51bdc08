#pragma once

namespace core::sync::benchmarkOnly {

// For the sync benchmark only (tests/benchmarks/bench_sync.cpp), which
// measures what the room key costs: while set, files are sealed with an
// empty authenticator and read without checking it. Nothing in the program
// includes this header; a test that did would be refused in review.
void setAuthenticationSkipped(bool skipped);

} // namespace core::sync::benchmarkOnly
