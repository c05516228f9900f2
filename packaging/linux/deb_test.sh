#!/usr/bin/env bash
# Install the .deb with dpkg, run the self-test from the installed location with an empty HOME and
# no network, then remove the package and check the user's data is still there. Needs root.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB=${1:-$(ls dist/deskmate_*.deb | head -1)}
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
dpkg -i "$DEB" >/dev/null
[ "$(readlink -f /usr/bin/deskmate)" = /opt/deskmate/deskmate ]
env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin LANG=C.UTF-8 unshare -n xvfb-run -a deskmate --self-test > "$HOME_DIR/report.json"
grep -q '"ok": true' "$HOME_DIR/report.json"
DATA="$HOME_DIR/.local/share/Deskmate/deskmate.db"
test -s "$DATA"
apt-get remove -y deskmate >/dev/null 2>&1 || dpkg -r deskmate >/dev/null
[ ! -e /opt/deskmate ] && [ ! -e /usr/bin/deskmate ]
test -s "$DATA"  # removing the program keeps the user's conversations
echo "[deb] installed, self-tested from /usr/bin/deskmate, removed; user data kept at $DATA"
