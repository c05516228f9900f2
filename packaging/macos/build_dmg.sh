#!/usr/bin/env bash
# Build Deskmate.app (PyInstaller, packaging/build.py) and wrap it in a .dmg. Runs on macOS only.
# Code signing and notarization run only when credentials are provided:
#   DESKMATE_CODESIGN_IDENTITY="Developer ID Application: ..."  (codesign)
#   DESKMATE_NOTARY_PROFILE=<keychain profile made with `xcrun notarytool store-credentials`>
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname)" = "Darwin" ] || { echo "build_dmg.sh runs on macOS (hdiutil, codesign)" >&2; exit 1; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' assistant/__init__.py)
PY=${PYTHON:-.venv/bin/python}
"$PY" packaging/build.py
APP=dist/Deskmate.app
DMG="dist/Deskmate-$VERSION-macos-$(uname -m).dmg"

if [ -n "${DESKMATE_CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$DESKMATE_CODESIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict "$APP"
else
  echo "[dmg] DESKMATE_CODESIGN_IDENTITY not set: the app is not signed (Gatekeeper will warn)."
fi

STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Deskmate" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"

if [ -n "${DESKMATE_NOTARY_PROFILE:-}" ] && [ -n "${DESKMATE_CODESIGN_IDENTITY:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$DESKMATE_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
else
  echo "[dmg] notarization skipped (needs DESKMATE_NOTARY_PROFILE and a signing identity)."
fi
echo "dmg: $DMG"
