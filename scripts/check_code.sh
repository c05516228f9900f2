#!/usr/bin/env bash
# The code gate that `make test` runs before the tests: lint (ruff), types (mypy) and the layer
# contracts (import-linter, see [tool.importlinter] in pyproject.toml). Any violation fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/python" ] || bin=.venv/Scripts
echo "[check] ruff"
"$bin/ruff" check --quiet .
echo "[check] mypy"
"$bin/mypy" --no-error-summary
echo "[check] import contracts"
"$bin/lint-imports" --no-cache
