#!/usr/bin/env bash
# Translations: `scripts/translations.sh update` refreshes the .ts files from the code (new entries come in
# unfinished: translate them with pyside6-linguist); `build` compiles them
# to .qm (build output, made by setup; not committed). LANGUAGES must match ui/i18n.py's LANGUAGES.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
[ -d "$BIN" ] || BIN=${VENV:-.venv}/Scripts
LANGUAGES="fr de es it pt_BR nl"
case "${1:-build}" in
  update)
    for code in $LANGUAGES; do
      ts="resources/translations/deskmate_$code.ts"
      language=(); [ -f "$ts" ] || language=(-target-language "$code")  # a new file; an existing one keeps its own
      "$BIN/pyside6-lupdate" -silent ui/*.py -ts "$ts" "${language[@]}" -no-obsolete
    done ;;
  build)
    for code in $LANGUAGES; do
      ts="resources/translations/deskmate_$code.ts"
      "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done ;;
  *) echo "usage: $0 update|build" >&2; exit 2 ;;
esac
