#!/usr/bin/env bash
# Compile the Windows installer with makensis (runs on Linux too: Debian package `nsis`).
# Usage: packaging/windows/build_installer.sh [PAYLOAD_DIR] [OUTFILE]
# Without a payload it compiles against a small stand-in folder, which proves the script is valid;
# CI on Windows passes the real dist\Deskmate built by packaging/build.py.
set -euo pipefail
cd "$(dirname "$0")"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' ../../assistant/__init__.py)
PAYLOAD=${1:-}
OUTFILE=${2:-../../dist/Deskmate-$VERSION-Setup.exe}
if [ -z "$PAYLOAD" ]; then
  PAYLOAD=$(mktemp -d)
  trap 'rm -rf "$PAYLOAD"' EXIT
  printf 'stand-in for the frozen app\n' > "$PAYLOAD/Deskmate.exe"
  printf 'stand-in for the command line\n' > "$PAYLOAD/deskmate.exe"
  mkdir -p "$PAYLOAD/resources/models" && printf 'model\n' > "$PAYLOAD/resources/models/README.txt"
fi
mkdir -p "$(dirname "$OUTFILE")"
makensis -V2 -DVERSION="$VERSION" -DPAYLOAD="$PAYLOAD" -DOUTFILE="$OUTFILE" deskmate.nsi
echo "installer: $OUTFILE"
