#!/usr/bin/env bash
# One command for developers: sets up the virtual environment with the test extra, then runs
# the whole test suite (domain, store, exchange, reports, GUI offscreen, end-to-end CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv "[test]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
