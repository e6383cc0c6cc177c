#!/usr/bin/env bash
# Installs the build into a temporary folder (prefix /usr, as the .deb does) and checks
# what a Debian desktop needs is there and valid; then runs the installed binary.
set -euo pipefail
build=$1
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
DESTDIR=$stage cmake --install "$build" --prefix /usr >/dev/null
usr=$stage/usr
id=org.accountable.Accountable
status=0
need() {
  if [ ! -s "$1" ]; then
    echo "missing from the installation: ${1#"$stage"}"
    status=1
  fi
}
need "$usr/bin/accountable"
need "$usr/share/applications/$id.desktop"
need "$usr/share/metainfo/$id.metainfo.xml"
need "$usr/share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  png=$usr/share/icons/hicolor/${size}x${size}/apps/$id.png
  need "$png"
  # A PNG of the size its folder names (width and height at bytes 16-23 of the header).
  if [ -s "$png" ]; then
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    if [ "$dims" != "${size}x${size}" ]; then
      echo "$png is $dims, expected ${size}x${size}"
      status=1
    fi
  fi
done
need "$usr/share/man/man1/accountable.1"
need "$usr/share/doc/accountable/copyright"
# The entry starts what the package installs, and names the icon installed.
grep -qx "Exec=accountable" "$usr/share/applications/$id.desktop" || { echo "Exec is not accountable"; status=1; }
grep -qx "Icon=$id" "$usr/share/applications/$id.desktop" || { echo "Icon is not $id"; status=1; }
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$usr/share/applications/$id.desktop" || status=1
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$usr/share/metainfo/$id.metainfo.xml" >/dev/null ||
    { appstreamcli validate --no-net "$usr/share/metainfo/$id.metainfo.xml"; status=1; }
fi
version=$("$usr/bin/accountable" --version)
case "$version" in
  "accountable "[0-9]*) echo "installed: $version" ;;
  *) echo "the installed binary printed \"$version\" for --version"; status=1 ;;
esac
exit $status
