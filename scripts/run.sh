#!/usr/bin/env bash
# One command for users on a fresh machine: sets up a virtual environment the first time,
# then starts ISM Avance on the default database (pre-loaded with the 2024 Q1 report).
set -euo pipefail
typed_in="$PWD"
cd "$(dirname "$0")/.."
program="$PWD"
source scripts/venv.sh
ensure_venv ""
# The environment is set up from the program's folder; the files named on the command line
# (`import-etca INFORME.txt`, `--db base.sqlite3`) are where the person typed them.
cd "$typed_in"
exec "$program/.venv/bin/ism-desktop" "$@"
