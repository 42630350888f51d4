# Sourced by the other scripts: creates .venv and installs the project when pyproject.toml
# changed since the last install (a stamp file remembers which extras were installed).
ensure_venv() {
  local extras="$1"
  local stamp=".venv/.installed${extras//[^a-z]/_}"
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ installer/requirements.lock -nt "$stamp" ]; then
    # The run-time dependencies at the versions the bundle ships (hash-checked), then the
    # project and the tools of ``extras``, which the lock does not pin.
    .venv/bin/python -m pip install --quiet --require-hashes -r installer/requirements.lock
    .venv/bin/python -m pip install --quiet -e ".${extras}"
    touch "$stamp"
  fi
}
