#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite (offscreen).
# Benchmarks are excluded; run them with: ctest --test-dir build -L benchmark -V
#
#   scripts/test.sh              build/ (optimised), the whole suite
#   scripts/test.sh --sanitize   build-asan/ with AddressSanitizer and
#                                UndefinedBehaviorSanitizer, the whole suite
set -euo pipefail
cd "$(dirname "$0")/.."
sanitize=0
case "${1:-}" in
    "") ;;
    --sanitize) sanitize=1 ;;
    *) echo "usage: $0 [--sanitize]" >&2; exit 2 ;;
esac
./scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
if [ "$sanitize" -eq 0 ]; then
    ./scripts/build.sh
    build=build
else
    # -O1 -g1: readable stacks (lines, no variables) and a quicker build;
    # assertions stay on.
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCISIAMO_SANITIZE=ON >/dev/null
    cmake --build build-asan --parallel "$(nproc)"
    build=build-asan
    # Qt, fontconfig and the graphics stack are not instrumented and keep
    # caches for the life of the process that LeakSanitizer reports as
    # leaks; leaks in our code are rare next to use-after-free and overflow,
    # which ASan still catches, so leak detection is off.
    export ASAN_OPTIONS=detect_leaks=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
ctest --test-dir "$build" --output-on-failure --label-exclude benchmark --parallel "$(nproc)" --timeout 600
