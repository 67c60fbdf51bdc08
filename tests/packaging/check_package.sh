#!/usr/bin/env bash
# Builds the Debian package of this build tree into a temporary folder (no
# second build: cpack packages the binary already built) and checks it:
#  - lintian (--pedantic) reports no E: or W: line; in a tree configured with
#    CISIAMO_DEBIAN_BUILDFLAGS=ON (build/ of scripts/build.sh) no hardening
#    tag either, and the binary has bind-now, a stack protector and
#    fortified functions;
#  - the exact file list, owners and modes (dpkg-deb --contents);
#  - Depends: each package once, the shared libraries dpkg-shlibdeps found,
#    and the packages that ship what the program loads at run time (found
#    with dpkg -S on this system, not written twice);
#  - installed with dpkg into a scratch root (--root, --force-not-root,
#    --force-depends, no log, no maintainer scripts: nothing outside the
#    temporary folder), the binary: no RUNPATH, stripped, PIE, relro; it
#    runs, its version is the changelog's, and every command of its usage
#    text is described in the manual page and the other way round;
#  - every data file of resources/reference/SOURCES.md has its licence in
#    the copyright file;
#  - the desktop and AppStream files as the validators see them.
# Usage: check_package.sh CPACK CPACK_CONFIG SOURCE_DIR HARDENED(ON|OFF)
set -euo pipefail
cpack=$1; config=$2; source=$3; hardened=$4
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The program runs below with the test's HOME (cisiamo_test_environment).
[ -n "${XDG_RUNTIME_DIR:-}" ] && mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$cpack" -G DEB --config "$config" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "package: $(basename "$deb")"

# lintian (as root it warns on stderr about running as root: not a tag)
lintian --pedantic --display-info "$deb" >"$out/lintian.txt" 2>&1 || true
echo "--- lintian --pedantic --display-info"
cat "$out/lintian.txt"
echo "---"
if grep -E '^[EW]: ' "$out/lintian.txt"; then
    fail "lintian reports errors or warnings (above)"
fi
if [ "$hardened" = ON ]; then
    grep -E '^[A-Z]: .*hardening-' "$out/lintian.txt" && fail "hardening flags missing in a CISIAMO_DEBIAN_BUILDFLAGS build"
else
    echo "note: not a package build (CISIAMO_DEBIAN_BUILDFLAGS=OFF): lintian's hardening tags above are expected;" \
         "scripts/build.sh builds build/ with the flags and this test then requires them"
fi

# contents: exactly these files, owned by root, 0755 for the program and
# the directories, 0644 for the rest
expected=$(cat <<'EOF'
-rwxr-xr-x root/root ./usr/bin/cisiamo
-rw-r--r-- root/root ./usr/share/applications/it.ccvmi.cisiamo.desktop
-rw-r--r-- root/root ./usr/share/doc/cisiamo/changelog.gz
-rw-r--r-- root/root ./usr/share/doc/cisiamo/copyright
-rw-r--r-- root/root ./usr/share/icons/hicolor/scalable/apps/it.ccvmi.cisiamo.svg
-rw-r--r-- root/root ./usr/share/man/man1/cisiamo.1.gz
-rw-r--r-- root/root ./usr/share/metainfo/it.ccvmi.cisiamo.metainfo.xml
EOF
)
contents=$(dpkg-deb --contents "$deb")
files=$(awk '$1 !~ /^d/ { print $1, $2, $6 }' <<<"$contents" | sort -k3)
if [ "$files" != "$expected" ]; then
    fail "package contents differ from the expected list"
    diff <(echo "$expected") <(echo "$files") || true
fi
awk '$1 ~ /^d/ && ($1 != "drwxr-xr-x" || $2 != "root/root") { print "directory mode or owner: " $0; bad = 1 } END { exit bad }' <<<"$contents" \
    || fail "directories must be drwxr-xr-x root/root"

# Depends
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
names=$(tr ',' '\n' <<<"$depends" | sed -E 's/^ *//; s/[ (].*//' | grep -v '^$')
dups=$(sort <<<"$names" | uniq -d)
[ -z "$dups" ] || fail "packages listed more than once in Depends: $dups"
depends_on() { grep -qx "$1" <<<"$names"; }
# linked: found by dpkg-shlibdeps
for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
         libqt6positioning6 libqt6printsupport6 libsodium23 libsqlite3-0 zlib1g libxlsxwriter4; do
    depends_on "$p" || fail "Depends lacks $p (linked by the program)"
done
# loaded at run time: Depends must name the package that ships the file
translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS)
plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
for file in "$plugins/sqldrivers/libqsqlite.so" "$plugins/imageformats/libqsvg.so" \
            "$plugins/iconengines/libqsvgicon.so" "$translations/qtbase_it.qm" \
            /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf; do
    owner=$(dpkg -S "$file" 2>/dev/null | head -1 | cut -d: -f1) || true
    if [ -z "$owner" ]; then
        fail "$file is not installed here (scripts/install-deps.sh installs it)"
    elif ! depends_on "$owner"; then
        fail "Depends lacks $owner, which ships $file"
    fi
done

# install into a scratch root
root="$out/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
if ! dpkg --root="$root" --log=/dev/null --force-not-root --force-depends -i "$deb" >"$out/dpkg.log" 2>&1; then
    cat "$out/dpkg.log"
    fail "dpkg could not install the package into a scratch root"
fi
status=$(dpkg --root="$root" -s cisiamo 2>/dev/null | sed -n 's/^Status: //p')
[ "$status" = "install ok installed" ] || fail "after dpkg -i the package is '$status'"
binary="$root/usr/bin/cisiamo"

dynamic=$(readelf -d "$binary")
grep -E 'RPATH|RUNPATH' <<<"$dynamic" && fail "the binary has an RPATH/RUNPATH"
sections=$(readelf -S -W "$binary")
grep -qE ' \.symtab ' <<<"$sections" && fail "the binary is not stripped"
grep -qE ' \.comment ' <<<"$sections" && fail "the binary keeps its .comment section"
readelf -h "$binary" | grep -q 'Type: *DYN' && grep -q 'FLAGS_1.*PIE' <<<"$dynamic" || fail "the binary is not PIE"
readelf -l -W "$binary" | grep -q GNU_RELRO || fail "the binary has no relro segment"
if [ "$hardened" = ON ]; then
    grep -qE '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' <<<"$dynamic" || fail "the binary is not linked with -z now"
    symbols=$(readelf --dyn-syms -W "$binary")
    grep -q ' __stack_chk_fail' <<<"$symbols" || fail "the binary has no stack protector"
    grep -qE ' __[a-z_]+_chk(@|$)' <<<"$symbols" || fail "the binary has no fortified functions"
fi

version=$(dpkg-deb -f "$deb" Version)
zcat "$root/usr/share/doc/cisiamo/changelog.gz" >"$out/changelog"
changelog_version=$(dpkg-parsechangelog -l "$out/changelog" -S Version)
[ "$changelog_version" = "$version" ] || fail "the changelog's latest version is $changelog_version, the package's $version: add an entry to packaging/debian/changelog"
program_version=$("$binary" --version | awk '{ print $NF }')
[ "$program_version" = "$version" ] || fail "the installed program says version '$program_version', the package $version"

# manual page <-> usage text: the command names of both must be the same
"$binary" --lang en --help >"$out/usage.txt"
sed -nE 's/^  cisiamo \[--db FILE\] (--user [A-Z]+ )?([a-z-]+).*/\2/p' "$out/usage.txt" | sort -u >"$out/commands.txt"
[ -s "$out/commands.txt" ] || fail "no command found in the usage text"
zcat "$root/usr/share/man/man1/cisiamo.1.gz" >"$out/cisiamo.1"
awk '/^\.SH COMMANDS/ { on = 1; next } /^\.SH / { on = 0 } on && tag { print; tag = 0 } on && /^\.TP/ { tag = 1 }' "$out/cisiamo.1" \
    | sed -E 's/\\f[BIRP]//g; s/\\-/-/g; s/^\.B //' | awk '{ print $1 }' | tr '|' '\n' | sort -u >"$out/manual.txt"
if ! diff <(cat "$out/commands.txt") "$out/manual.txt" >"$out/commands.diff"; then
    cat "$out/commands.diff"
    fail "commands of the usage text (<) and of cisiamo.1's COMMANDS (>) differ: update packaging/debian/cisiamo.1"
fi

# every data file of SOURCES.md has its paragraph in the copyright file
copyright="$root/usr/share/doc/cisiamo/copyright"
for data in $(sed -nE 's/^\| `([^`]+)` \|.*/\1/p' "$source/resources/reference/SOURCES.md"); do
    grep -qE "^(Files:|      ) *resources/reference/$data\$" "$copyright" \
        || fail "the copyright file has no Files paragraph for resources/reference/$data (SOURCES.md)"
done

desktop-file-validate "$source/packaging/linux/it.ccvmi.cisiamo.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$source/packaging/linux/it.ccvmi.cisiamo.metainfo.xml" || fail "appstreamcli validate"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "package ok: $(basename "$deb")"
