#!/usr/bin/env bash
# Run the code gate and the test suite (or only the given test paths) with the .venv's Python;
# `make test` uses this too.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  bash scripts/check_code.sh
fi
exec bash scripts/run_python.sh -m pytest "$@"
