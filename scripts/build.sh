#!/usr/bin/env bash
# Configures and builds into build/ (Ninja, optimised; unity build on by
# default), with Debian's hardening flags (cmake/DebianBuildFlags.cmake):
# build/ is the tree the package is made from (scripts/package.sh).
#
#   scripts/build.sh              everything (program, tests, benchmarks)
#   scripts/build.sh TARGET...    only these targets
#   CISIAMO_BENCHMARKS=OFF scripts/build.sh   without the benchmarks (CI,
#                                 which never runs them: .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCISIAMO_DEBIAN_BUILDFLAGS=ON \
    -DCISIAMO_BENCHMARKS="${CISIAMO_BENCHMARKS:-ON}" >/dev/null
cmake --build build --parallel "$(nproc)" ${1:+--target "$@"}
