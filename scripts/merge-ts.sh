#!/usr/bin/env bash
# Resolves a git merge conflict in translation catalogues: the union of both
# sides' translations (lconvert), then lupdate against the merged sources.
# Usage (during a conflicted merge): scripts/merge-ts.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
lconvert=$(command -v lconvert || echo /usr/lib/qt6/bin/lconvert)
for ts in translations/*.ts; do
    if git ls-files -u -- "$ts" | grep -q .; then
        tmp=$(mktemp -d)
        git show ":2:$ts" > "$tmp/ours.ts"
        git show ":3:$ts" > "$tmp/theirs.ts"
        "$lconvert" -i "$tmp/ours.ts" -i "$tmp/theirs.ts" -o "$ts"
        rm -rf "$tmp"
        git add "$ts"
        echo "merged $ts"
    fi
done
cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target update_translations >/dev/null
git add translations/*.ts
grep -c 'type="unfinished"' translations/cisiamo_it.ts || true
