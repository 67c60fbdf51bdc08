#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite (offscreen).
# Benchmarks are excluded; run them with: ctest --test-dir build -L benchmark -V
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --label-exclude benchmark --parallel "$(nproc)" --timeout 600
