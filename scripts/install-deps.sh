#!/usr/bin/env bash
# Installs the Debian 12 packages the program needs to build, run and be
# tested. Skips apt entirely when everything is already there, so it also
# works with the network down (the operations room's bad days).
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    # LLVM's linker: the ~140 test programs link in a fraction of GNU ld's
    # time (cmake/FastLinker.cmake; the build falls back to ld without it)
    lld
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-positioning-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev
    # SQLite's own API (core_sync, the background check, tests), libsodium,
    # zlib (sync files), libxlsxwriter (Excel files): linked directly, none
    # of them pulled in by Qt's -dev
    libsqlite3-dev libsodium-dev zlib1g-dev libxlsxwriter-dev
    # run: the SQLite driver and the SVG icons are plugins (only Recommends),
    # Qt's own Italian strings, a font for printing
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core
    # test: a virtual display, PDF to PNG, packaging checks (lintian), Syncthing
    # (tests/sync/tst_syncthing runs two instances on loopback), qpdf (the
    # structure of the attestati cut from one document, tests/core/tst_pdfsplit)
    xvfb xauth file dpkg-dev lintian desktop-file-utils appstream poppler-utils syncthing qpdf
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
