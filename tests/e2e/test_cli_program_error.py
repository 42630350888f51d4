"""A defect inside a command is said in Spanish and kept for support, never as a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[2]

BROKEN_COMMAND = """
import sys
from ism_desktop import cli
from ism_desktop.exchange import unit_workbook

def broken(*args, **kwargs):
    raise ZeroDivisionError("división entre cero en el libro")

unit_workbook.write_unit_workbook = broken
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_program_error_in_a_command_is_said_in_spanish(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "avance.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    data_dir = tmp_path / "datos"

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            BROKEN_COMMAND,
            "libro",
            "--unidad",
            "004",
            "--trimestre",
            "1",
            "--out",
            str(tmp_path),
            "--db",
            str(database),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "ISM_AVANCE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "Error: ocurrió un error inesperado: división entre cero en el libro"
    )
    assert str(data_dir / "errores.txt") in result.stderr
    log = (data_dir / "errores.txt").read_text(encoding="utf-8")
    assert "ZeroDivisionError: división entre cero en el libro" in log


INTERRUPTED_COMMAND = BROKEN_COMMAND.replace(
    'raise ZeroDivisionError("división entre cero en el libro")', "raise KeyboardInterrupt"
)


def test_ctrl_c_in_a_command_is_said_in_spanish(tmp_path: Path, seed_path: Path) -> None:
    # Ctrl+C printed Python's traceback (KeyboardInterrupt) to office staff.
    database = tmp_path / "avance.sqlite3"
    ok("import-etca", seed_path, "--db", database)

    command = ["libro", "--unidad", "004", "--trimestre", "1", "--out", str(tmp_path)]
    result = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_COMMAND, *command, "--db", str(database)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={
            **os.environ,
            "ISM_AVANCE_DATA_DIR": str(tmp_path / "datos"),
            "PYTHONIOENCODING": "utf-8",
        },
        timeout=60,
    )

    assert result.returncode == 130
    assert "Traceback" not in result.stderr
    assert result.stderr == (
        "Error: se interrumpió la orden (Ctrl+C); lo que no terminó de guardarse quedó como "
        "estaba.\n"
    )
    assert not (tmp_path / "datos" / "errores.txt").exists()  # not a defect


def test_a_program_error_ending_in_a_period_is_said_with_one(
    tmp_path: Path, seed_path: Path
) -> None:
    # «… (U+000B, posición 48).. » ended the message: the error's own period, then another.
    database = tmp_path / "avance.sqlite3"
    ok("import-etca", seed_path, "--db", database)

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            BROKEN_COMMAND.replace("en el libro", "en el libro."),
            "libro",
            "--unidad",
            "004",
            "--trimestre",
            "1",
            "--out",
            str(tmp_path),
            "--db",
            str(database),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={
            **os.environ,
            "ISM_AVANCE_DATA_DIR": str(tmp_path / "datos"),
            "PYTHONIOENCODING": "utf-8",
        },
        timeout=60,
    )

    assert result.returncode == 2
    assert "división entre cero en el libro. Los detalles técnicos" in result.stderr
    assert ".." not in result.stderr
