#!/usr/bin/env bash
# Turn dist/Deskmate (from packaging/build.py) into a .tar.gz, a .deb and an AppDir.
# appimagetool is not available offline, so the AppDir is left for CI to turn into an AppImage:
#   appimagetool dist/Deskmate.AppDir dist/Deskmate-x86_64.AppImage
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' assistant/__init__.py)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
BUNDLE=dist/Deskmate
ICON=build/icons/deskmate-256.png
[ -x "$BUNDLE/deskmate" ] || { echo "Build the bundle first: python packaging/build.py" >&2; exit 1; }

echo "[package] tar.gz"
tar -C dist -cf - Deskmate | gzip -1 > "dist/Deskmate-$VERSION-linux-$ARCH.tar.gz"

echo "[package] .deb"
STAGE=build/deb/deskmate
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps"
cp -a "$BUNDLE" "$STAGE/opt/deskmate"
ln -s /opt/deskmate/deskmate "$STAGE/usr/bin/deskmate"
cp packaging/linux/deskmate.desktop "$STAGE/usr/share/applications/"
cp "$ICON" "$STAGE/usr/share/icons/hicolor/256x256/apps/deskmate.png"
SIZE_KB=$(du -sk "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: deskmate
Version: $VERSION
Section: utils
Priority: optional
Architecture: $ARCH
Installed-Size: $SIZE_KB
Depends: libc6, libegl1, libfontconfig1, libxkbcommon-x11-0, libxcb-cursor0, libdbus-1-3
Maintainer: Deskmate maintainers <maintainers@deskmate.invalid>
Description: Private desktop assistant that runs entirely on this computer
 Chat with a local language model, ask questions about your own documents with
 citations, summarize, translate and analyse sentiment. Nothing leaves the machine.
CONTROL
dpkg-deb --root-owner-group -Zgzip -z3 --build "$STAGE" "dist/deskmate_${VERSION}_${ARCH}.deb" >/dev/null

echo "[package] AppDir"
APPDIR=dist/Deskmate.AppDir
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr"
cp -a "$BUNDLE" "$APPDIR/usr/deskmate"
cp packaging/linux/deskmate.desktop "$APPDIR/deskmate.desktop"
cp "$ICON" "$APPDIR/deskmate.png"
cat > "$APPDIR/AppRun" <<'APPRUN'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/deskmate/deskmate" "$@"
APPRUN
chmod +x "$APPDIR/AppRun"

ls -la dist/*.tar.gz dist/*.deb
du -sh "$BUNDLE" "$APPDIR"
