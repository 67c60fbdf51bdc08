#!/usr/bin/env bash
# Builds the Debian package into a temporary folder and checks it: contents,
# dependencies, and the desktop and AppStream files as the validators see them.
set -euo pipefail
cpack=$1; config=$2; source=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$cpack" -G DEB --config "$config" -B "$out" >/dev/null
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/cisiamo ./usr/share/applications/it.ccvmi.cisiamo.desktop \
         ./usr/share/metainfo/it.ccvmi.cisiamo.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/it.ccvmi.cisiamo.svg; do
    grep -qF " $f" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite libqt6widgets6 libsodium23 libxlsxwriter4; do
    grep -q "$d" <<<"$depends" || { echo "the package does not depend on $d: $depends"; exit 1; }
done
desktop-file-validate "$source/packaging/linux/it.ccvmi.cisiamo.desktop"
appstreamcli validate --no-net --pedantic "$source/packaging/linux/it.ccvmi.cisiamo.metainfo.xml"
echo "package ok: $(basename "$deb")"
