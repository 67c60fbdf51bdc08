#!/usr/bin/env bash
# Installs what is needed, builds, creates a demo database in the user's data
# folder when there is none, and starts the program (extra arguments are
# passed to it, e.g. --lang en or --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
./build/app/cisiamo demo --if-missing "$@"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting on a virtual display (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" ./build/app/cisiamo "$@"
fi
exec ./build/app/cisiamo "$@"
