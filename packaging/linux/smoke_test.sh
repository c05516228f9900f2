#!/usr/bin/env bash
# Smoke test of the frozen bundle as a user gets it: a copy in a temporary folder, a fresh empty
# HOME, no network (unshare -n), a virtual screen (Xvfb), and no Python or .venv on the PATH.
# Usage: packaging/linux/smoke_test.sh [BUNDLE_DIR]   (default: dist/Deskmate)
set -euo pipefail
cd "$(dirname "$0")/../.."
SOURCE=${1:-dist/Deskmate}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -a "$SOURCE" "$WORK/Deskmate"
mkdir -p "$WORK/home" "$WORK/docs"
APP="$WORK/Deskmate/deskmate"
NO_NET=(); [ "$(id -u)" -eq 0 ] && NO_NET=(unshare -n) || NO_NET=(unshare -rn)
run() {  # a clean environment: nothing from the repository or its .venv
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "${NO_NET[@]}" "$@"
}

echo "[smoke] GUI self-test"
START=$(date +%s.%N)
run xvfb-run -a "$APP" --self-test --screenshot "$WORK/shot.png" > "$WORK/self-test.json"
END=$(date +%s.%N)
cat "$WORK/self-test.json"
test -s "$WORK/shot.png"
cp "$WORK/shot.png" dist/bundle-smoke-shot.png
echo "[smoke] process start to answered self-test: $(echo "$END - $START" | bc) s"

echo "[smoke] CLI chat"
run "$APP" chat "What is the capital of France?" --json | tee "$WORK/chat.json"
grep -q '"reply"' "$WORK/chat.json"

if run "$APP" index --help >/dev/null 2>&1; then
  echo "[smoke] CLI index + ask"
  printf 'The office printer code is 4417.\n\nLunch is served at noon in the blue room.\n' > "$WORK/docs/office.txt"
  run "$APP" index add "$WORK/docs" --json > "$WORK/index.json"
  run "$APP" ask "What is the printer code?" --json | tee "$WORK/ask.json"
  grep -q 'office.txt' "$WORK/ask.json"
  echo "[smoke] OCR of a scanned page, offline (the models inside the bundle)"
  # the scan is made outside the bundle, with the repository's own test helpers
  .venv/bin/python -c "import sys; from tests.helpers import scans; \
sys.stdout.buffer.write(scans.png(scans.rasterise(scans.office_pdf(), [2])[0]))" > "$WORK/docs/memo-scan.png"
  run "$APP" index add "$WORK/docs" --json > "$WORK/index-scan.json"
  run "$APP" index search "boiler in the east wing" --json | tee "$WORK/search-scan.json"
  grep -q 'memo-scan.png' "$WORK/search-scan.json"

  echo "[smoke] frozen libraries: usearch (approximate index), psycopg + libpq, pgvector, Pygments"
  # on a copy of the home: the check writes the approximate index file a large index would have
  cp -a "$WORK/home/.local/share/Deskmate" "$WORK/check-home"
  run "$APP" --bundle-check "$WORK/check-home" | tee "$WORK/bundle-check.json"
  grep -q '"ok": true' "$WORK/bundle-check.json"

  echo "[smoke] shared library unreachable (no network): local search still answers, with a notice"
  run "$APP" library use postgresql://deskmate@127.0.0.1:9/office --timeout 3 >/dev/null
  START=$(date +%s.%N)
  run "$APP" index search "What is the printer code?" --json > "$WORK/search-offline.json" 2> "$WORK/notice.txt"
  END=$(date +%s.%N)
  cat "$WORK/notice.txt"
  grep -q 'office.txt' "$WORK/search-offline.json"
  grep -q "port 9 failed" "$WORK/notice.txt"  # libpq's own words: psycopg and its libpq ran
  echo "[smoke] local search with the library unreachable: $(echo "$END - $START" | bc) s"
fi
echo "[smoke] passed"
