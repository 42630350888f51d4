# Sourced by the other scripts: creates .venv and installs the project when pyproject.toml
# changed since the last install (a stamp file remembers which extras were installed).
ensure_venv() {
  local extras="$1"
  local stamp=".venv/.installed${extras//[^a-z]/_}"
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
    .venv/bin/python -m pip install --quiet -e ".${extras}"
    touch "$stamp"
  fi
}
