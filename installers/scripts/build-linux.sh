#!/usr/bin/env bash
# Build the phigiay desktop client for Linux: a PyInstaller one-folder bundle, a tarball and a .deb.
#
#   installers/scripts/build-linux.sh [--python PY] [--dist DIR] [--work DIR] [--no-packages]
#
#   --python PY     the Python with phigiay[desktop] and PyInstaller (default: .venv/bin/python,
#                   else python3)
#   --dist DIR      where the results go (default: dist/)
#   --work DIR      PyInstaller's and the packages' scratch space (default: build/)
#   --no-packages   only the bundle (DIST/phigiay/), no tarball or .deb
#
# Results: DIST/phigiay/ (run DIST/phigiay/phigiay), DIST/phigiay-VERSION-linux-ARCH.tar.gz,
# DIST/phigiay_VERSION_DEBARCH.deb. Environment: PHIGIAY_DEB_MAINTAINER (the .deb's
# Maintainer field), SOURCE_DATE_EPOCH (timestamps in the archives; default: the last commit).
# Build on the oldest distribution the offices run (the bundle needs that glibc or newer);
# Debian 12 gives glibc >= 2.35 in the .deb's Depends.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PYTHON=""
DIST="$ROOT/dist"
WORK="$ROOT/build"
PACKAGES=1
while [ $# -gt 0 ]; do
    case "$1" in
        --python) PYTHON=$2; shift 2 ;;
        --dist) DIST=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --no-packages) PACKAGES=0; shift ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "build-linux.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ -z "$PYTHON" ]; then
    if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
mkdir -p "$DIST" "$WORK"
DIST=$(cd "$DIST" && pwd)
WORK=$(cd "$WORK" && pwd)
cd "$ROOT"

for tool in readelf tar gzip; do
    command -v "$tool" >/dev/null || { echo "build-linux.sh: $tool is needed (binutils, tar, gzip)" >&2; exit 1; }
done
"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
    echo "build-linux.sh: PyInstaller is not installed in $PYTHON (pip install pyinstaller)" >&2; exit 1; }

VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH
START=$(date +%s.%N)
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "== phigiay $VERSION: PyInstaller one-folder bundle ($("$PYTHON" -m PyInstaller --version))"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" installers/pyinstaller/phigiay.spec
BUNDLE="$DIST/phigiay"
BUNDLE_END=$(date +%s.%N)
[ -x "$BUNDLE/phigiay" ] || { echo "build-linux.sh: no $BUNDLE/phigiay" >&2; exit 1; }

if [ "$PACKAGES" = 0 ]; then
    echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)), $(seconds "$START" "$BUNDLE_END") s"
    exit 0
fi

DEPENDS=$("$PYTHON" installers/scripts/deb_depends.py "$BUNDLE")
TAR_TIME=(--sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH")

echo "== tarball ($(seconds "$START" "$(date +%s.%N)") s so far)"
NAME="phigiay-$VERSION-linux-$ARCH"
STAGE="$WORK/tar/$NAME"
rm -rf "$WORK/tar"
mkdir -p "$STAGE/share/applications" "$STAGE/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE/." "$STAGE/"
install -m 644 installers/linux/phigiay.desktop "$STAGE/share/applications/phigiay.desktop"
install -m 644 installers/linux/phigiay.svg "$STAGE/share/icons/hicolor/scalable/apps/phigiay.svg"
for size in 16 32 48 64 128 256; do
    mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "installers/linux/phigiay-$size.png" "$STAGE/share/icons/hicolor/${size}x${size}/apps/phigiay.png"
done
install -m 644 installers/linux/client.toml.example "$STAGE/client.toml.example"
APT_LINE=$(echo "$DEPENDS" | tr ',' '\n' | sed -e 's/^ *//' -e 's/ *(.*//' -e 's/ |.*//' | tr '\n' ' ')
cat > "$STAGE/INSTALL.txt" <<EOF
phigiay $VERSION — the desktop client, self-contained (Python, Qt and fonts inside).

Install (as root), e.g. into /opt:
    tar -xzf $NAME.tar.gz -C /opt && mv /opt/$NAME /opt/phigiay
    ln -s /opt/phigiay/phigiay /usr/local/bin/phigiay
    cp -r /opt/phigiay/share/. /usr/local/share/     # menu entry and icon
It needs these system libraries (Debian/Ubuntu names; the .deb installs them by itself):
    apt install $APT_LINE
Machine-wide settings for every user: /etc/phigiay/client.toml (see client.toml.example).
Run headless to check an installation: QT_QPA_PLATFORM=offscreen phigiay --smoke-test /tmp/out
EOF
TARBALL="$DIST/$NAME.tar.gz"
tar "${TAR_TIME[@]}" -C "$WORK/tar" -cf - "$NAME" | gzip -n -6 > "$TARBALL"

echo "== .deb ($(seconds "$START" "$(date +%s.%N)") s so far)"
command -v dpkg-deb >/dev/null || { echo "build-linux.sh: dpkg-deb is needed for the .deb" >&2; exit 1; }
DEBARCH=$(dpkg --print-architecture)
DEB_STAGE="$WORK/deb/phigiay_${VERSION}_$DEBARCH"
rm -rf "$WORK/deb"
mkdir -p "$DEB_STAGE/DEBIAN" "$DEB_STAGE/opt" "$DEB_STAGE/usr/bin" "$DEB_STAGE/usr/share/applications" \
    "$DEB_STAGE/usr/share/icons/hicolor/scalable/apps" "$DEB_STAGE/usr/share/doc/phigiay/examples" \
    "$DEB_STAGE/usr/share/man/man1" "$DEB_STAGE/usr/share/lintian/overrides"
cp -a "$BUNDLE" "$DEB_STAGE/opt/phigiay"
install -m 755 installers/linux/phigiay.sh "$DEB_STAGE/usr/bin/phigiay"
install -m 644 installers/linux/phigiay.desktop "$DEB_STAGE/usr/share/applications/phigiay.desktop"
install -m 644 installers/linux/phigiay.svg "$DEB_STAGE/usr/share/icons/hicolor/scalable/apps/phigiay.svg"
for size in 16 32 48 64 128 256; do
    mkdir -p "$DEB_STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "installers/linux/phigiay-$size.png" \
        "$DEB_STAGE/usr/share/icons/hicolor/${size}x${size}/apps/phigiay.png"
done
install -m 644 installers/linux/client.toml.example "$DEB_STAGE/usr/share/doc/phigiay/examples/client.toml"
install -m 644 installers/linux/copyright "$DEB_STAGE/usr/share/doc/phigiay/copyright"
install -m 644 installers/linux/lintian-overrides "$DEB_STAGE/usr/share/lintian/overrides/phigiay"
gzip -n -9 -c installers/linux/phigiay.1 > "$DEB_STAGE/usr/share/man/man1/phigiay.1.gz"
{
    echo "phigiay ($VERSION) unstable; urgency=medium"
    echo
    echo "  * Release $VERSION of the desktop client."
    echo
    echo " -- ${PHIGIAY_DEB_MAINTAINER:-phigiay maintainers <phigiay@example.org>}  $(date -R -u -d "@$SOURCE_DATE_EPOCH")"
} | gzip -n -9 > "$DEB_STAGE/usr/share/doc/phigiay/changelog.gz"
# normal permissions whatever the umask: directories and programs 755, the rest 644
find "$DEB_STAGE" -type d -exec chmod 755 {} +
find "$DEB_STAGE/opt" "$DEB_STAGE/usr/share" -type f -exec chmod 644 {} +
chmod 755 "$DEB_STAGE/opt/phigiay/phigiay" "$DEB_STAGE/usr/bin/phigiay"
INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$DEB_STAGE" | cut -f1)
sed -e "s|@VERSION@|$VERSION|" -e "s|@ARCH@|$DEBARCH|" -e "s|@INSTALLED_SIZE@|$INSTALLED_SIZE|" \
    -e "s#@DEPENDS@#$DEPENDS#" \
    -e "s|@MAINTAINER@|${PHIGIAY_DEB_MAINTAINER:-phigiay maintainers <phigiay@example.org>}|" \
    -e "s|@HOMEPAGE@|${PHIGIAY_HOMEPAGE:-https://example.org/phigiay}|" \
    installers/linux/control.in > "$DEB_STAGE/DEBIAN/control"
(cd "$DEB_STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum) > "$DEB_STAGE/DEBIAN/md5sums"
chmod 644 "$DEB_STAGE/DEBIAN/control" "$DEB_STAGE/DEBIAN/md5sums"
DEB="$DIST/phigiay_${VERSION}_$DEBARCH.deb"
dpkg-deb --root-owner-group -Zxz --build "$DEB_STAGE" "$DEB" >/dev/null

END=$(date +%s.%N)
echo "== done"
printf 'bundle   %s  %s\n' "$(du -sh "$BUNDLE" | cut -f1)" "$BUNDLE"
printf 'tarball  %s  %s\n' "$(du -h "$TARBALL" | cut -f1)" "$TARBALL"
printf '.deb     %s  %s\n' "$(du -h "$DEB" | cut -f1)" "$DEB"
printf 'time     %s s (bundle %s s)\n' "$(seconds "$START" "$END")" "$(seconds "$START" "$BUNDLE_END")"
if command -v lintian >/dev/null; then
    echo "== lintian"
    LINT_START=$(date +%s.%N)
    lintian --fail-on error,warning "$DEB"  # overrides: installers/linux/lintian-overrides
    echo "lintian: clean ($(seconds "$LINT_START" "$(date +%s.%N)") s)"
else
    echo "lintian: not installed, the .deb was not linted (apt install lintian)"
fi
