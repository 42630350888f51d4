#!/usr/bin/env bash
# One command for users on a fresh machine: sets up a virtual environment the first time,
# then starts ISM Avance on the default database (pre-loaded with the 2024 Q1 report).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv ""
exec .venv/bin/ism-desktop "$@"
