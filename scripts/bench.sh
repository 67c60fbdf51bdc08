#!/usr/bin/env bash
# Builds (optimised) and runs every benchmark, then prints one table: each
# figure, its floor measured in the same run, and the ratio. Benchmarks never
# assert on time; the ratios are what to compare between versions.
#
#   scripts/bench.sh              every benchmark
#   scripts/bench.sh REGEX        only the benchmarks whose name matches
#
# The demo databases the benchmarks share (1 and 5 years) are built once in
# build/bench-data (or $CISIAMO_BENCH_DATA) and kept.
#
# CISIAMO_BENCH_TREE=build-rel uses a Release tree configured by hand
# instead of build/ (e.g. with a ccache launcher on a shared machine: see
# HACKING.md, "Measuring in Release"), built with CISIAMO_BENCH_JOBS jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "bench.sh: the floors need the sqlite3 program (apt install sqlite3)" >&2; exit 2; }
tree=${CISIAMO_BENCH_TREE:-build}
if [ "$tree" = build ]; then
    ./scripts/build.sh
else
    grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$tree/CMakeCache.txt" ||
        { echo "bench.sh: $tree is not a configured Release tree" >&2; exit 2; }
    cmake --build "$tree" --parallel "${CISIAMO_BENCH_JOBS:-$(nproc)}"
fi
log=$tree/bench.log
# Aligns tab-separated columns.
table() {
    awk -F'\t' '{ for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n[NR] = NF }
         END { for (r = 1; r <= NR; r++) { line = ""; for (i = 1; i <= n[r]; i++) line = line sprintf("%-" w[i] + 2 "s", cell[r, i]); print line } }'
}
filter=()
[ $# -gt 0 ] && filter=(-R "$1")
# One at a time: two benchmarks side by side would measure each other.
ctest --test-dir "$tree" -L benchmark "${filter[@]}" -V --parallel 1 >"$log" 2>&1 || status=$?
# One table in the order the benchmarks ran: a figure with its floor and
# their ratio (RATIO lines), or a figure without floor (FIGURE lines: a
# count, a size, a CPU time already compared elsewhere).
{
    printf 'benchmark\tfigure\tvalue\tfloor\tfloor value\tratio\n'
    grep -oE '(RATIO|FIGURE)	.*' "$log" | awk -F'\t' -v OFS='\t' '
        $1 == "RATIO" { print $2, $3, $4 " ms", $5, $6 " ms", $7; next }
        { print $2, $3, $4, "-", "-", "-" }'
} | table
echo
echo "full output: $log"
exit "${status:-0}"
