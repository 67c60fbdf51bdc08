#!/usr/bin/env bash
# Builds the Debian package from build/ (optimised, Debian's hardening
# flags; only the program is built) into build/deb/, then shows what
# lintian says about it. Fails when lintian reports an error or a warning.
# The whole check (contents, Depends, an install into a scratch root) is the
# test "packaging": ctest --test-dir build -R '^packaging$' -V
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh cisiamo debian_documents
rm -rf build/deb
(cd build && cpack -G DEB -B "$PWD/deb" >/dev/null)
deb=$(ls build/deb/*.deb)
echo "$deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
lintian --pedantic --display-info "$deb" 2>&1 | tee build/deb/lintian.txt
! grep -qE '^[EW]: ' build/deb/lintian.txt
