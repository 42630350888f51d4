"""A year no SQLite integer can hold, typed on the command line: refused in Spanish, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e

HUGE = "99999999999999999999"

# Each command that takes a year (or another number it stores), with the rest of its arguments.
COMMANDS = {
    "dump": ["dump", "--ejercicio", HUGE],
    "status": ["status", "--trimestre", "1", "--ejercicio", HUGE],
    "export-base": ["export-base", "--out", "{tmp}", "--ejercicio", HUGE],
    "programa nuevo": ["programa", "nuevo", "--ejercicio", "2025", "--desde", HUGE],
    "programa aprobar": ["programa", "aprobar", "--ejercicio", HUGE],
    "trimestre cerrar": [
        "trimestre", "cerrar", "--unidad", "004", "--trimestre", "1", "--ejercicio", HUGE,
    ],
    "solicitudes": ["solicitudes", "--ejercicio", HUGE],
    "libro": [
        "libro", "--unidad", "004", "--trimestre", "1", "--out", "{tmp}", "--ejercicio", HUGE,
    ],
    "ortografia": ["ortografia", "--trimestre", "1", "--ejercicio", HUGE],
    "observe --quitar": ["observe", "--meta", "abc", "--trimestre", "1", "--quitar", HUGE],
}  # fmt: skip


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_year_too_big_to_store_is_refused_in_spanish(
    command: str, tmp_path: Path, seed_path: Path
) -> None:
    database = tmp_path / "base.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    before = database.read_bytes()
    arguments = [a.replace("{tmp}", str(tmp_path / "salida")) for a in COMMANDS[command]]

    result = run_cli(*arguments, "--db", database)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "error" in result.stderr.lower()
    assert HUGE in result.stderr
    assert database.read_bytes() == before
