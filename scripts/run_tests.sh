#!/usr/bin/env bash
# Run the test suite (or the given paths) with the .venv's Python; `make test` uses this too.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/run_python.sh -m pytest "$@"
