#!/usr/bin/env bash
# Translations: `scripts/translations.sh update` refreshes the .ts files from the code (new entries come in
# unfinished: translate them with pyside6-linguist); `build` compiles them to .qm (build output, made by
# setup; not committed). English has a file too, for its plural forms only ("%n file(s)" -> "1 file").
# A string gone from the code stays in its file as "vanished", translation kept, and comes back translated
# if the code brings it back; `prune` drops them. LANGUAGES must match ui/i18n.py's LANGUAGES.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
[ -d "$BIN" ] || BIN=${VENV:-.venv}/Scripts
LANGUAGES="fr de es it pt_BR nl"
DIR=resources/translations

refresh() {  # refresh <code> [lupdate options...]
  local ts="$DIR/deskmate_$1.ts" language=()
  [ -f "$ts" ] || language=(-target-language "$1")  # a new file; an existing one keeps its own
  "$BIN/pyside6-lupdate" -silent ui/*.py -ts "$ts" "${language[@]}" "${@:2}"
}

case "${1:-build}" in
  update|prune)
    obsolete=(); [ "$1" = prune ] && obsolete=(-no-obsolete)
    for code in $LANGUAGES; do refresh "$code" "${obsolete[@]}"; done
    refresh en -pluralonly "${obsolete[@]}" ;;
  build)
    for code in en $LANGUAGES; do
      "$BIN/pyside6-lrelease" -silent "$DIR/deskmate_$code.ts" -qm "$DIR/deskmate_$code.qm"
    done ;;
  *) echo "usage: $0 update|prune|build" >&2; exit 2 ;;
esac
