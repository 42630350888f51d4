"""A pipe or a device given as the file to read: refused at once, never a hang or a flood.

A pipe blocks its opening until something writes to it, and ``/dev/zero`` never ends: each
command that reads a file a person names asks first whether it is an ordinary file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"), reason="POSIX"),
]

# Each command with the name its file must have ({} is the file).
COMMANDS = {
    "import-etca": ["import-etca", "{}"],
    "paimef-json": ["paimef", "import-programa", "{}"],
    "paimef-xlsx": ["paimef", "import-programa", "{}"],
    "plantilla": ["programa", "importar", "--ejercicio", "2025", "{}"],
    "libro": ["import-package", "{}"],
}
SUFFIXES = {"paimef-json": ".json", "import-etca": ".txt"}


def _special_files(folder: Path, suffix: str) -> dict[str, Path]:
    pipe = folder / f"tuberia{suffix}"
    os.mkfifo(pipe)
    endless = folder / f"ceros{suffix}"
    endless.symlink_to("/dev/zero")
    return {"tuberia": pipe, "ceros": endless}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_pipe_or_a_device_is_refused_at_once(
    tmp_path: Path, seed_path: Path, command: str
) -> None:
    suffix = SUFFIXES.get(command, ".xlsx")
    database = tmp_path / "datos.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    for name, special in _special_files(tmp_path, suffix).items():
        arguments = [str(special) if part == "{}" else part for part in COMMANDS[command]]

        # A hang is the failure: the timeout ends the test instead of the whole run.
        result = subprocess.run(
            [sys.executable, "-m", "ism_desktop", *arguments, "--db", str(database)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8", "ISM_AVANCE_DATA_DIR": str(tmp_path)},
            timeout=30,
            check=False,
        )

        assert result.returncode != 0, (name, result.stdout)
        assert "no es un archivo" in result.stderr, (name, result.stderr)
        assert "Traceback" not in result.stderr, name
