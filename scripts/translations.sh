#!/usr/bin/env bash
# Translations: `scripts/translations.sh update` refreshes the .ts files from the code (then translate
# the new entries with pyside6-linguist); `scripts/translations.sh build` compiles them to .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
[ -d "$BIN" ] || BIN=${VENV:-.venv}/Scripts
case "${1:-build}" in
  update) for ts in resources/translations/*.ts; do "$BIN/pyside6-lupdate" ui/*.py -ts "$ts" -no-obsolete; done ;;
  build) for ts in resources/translations/*.ts; do "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"; done ;;
  *) echo "usage: $0 update|build" >&2; exit 2 ;;
esac
