#!/usr/bin/env bash
# Run the .venv's Python, wherever the venv keeps it (bin/ on Linux and macOS, Scripts/ on Windows).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
if [ -x "$VENV/bin/python" ]; then exec "$VENV/bin/python" "$@"; fi
exec "$VENV/Scripts/python.exe" "$@"
