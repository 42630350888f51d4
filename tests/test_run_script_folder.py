"""``bash scripts/run.sh import-etca INFORME.txt``, typed in the folder holding the file, finds it.

The script sets up the virtual environment from the program's folder; the names on its command
line are the person's, typed where they stand. It changed into the program's folder and stayed
there: «INFORME.txt» was «no existe», and ``--db base.sqlite3`` made a database in the program's
folder. The script runs here with its own ``venv.sh`` replaced by one that installs nothing and
an ``ism-desktop`` that writes the folder it started in and its arguments.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import REPO_ROOT

_PROGRAM = """#!/usr/bin/env bash
pwd > "$RUN_SCRIPT_SAW"
printf '%s\\n' "$@" >> "$RUN_SCRIPT_SAW"
"""


def _program_folder(root: Path) -> Path:
    """A copy of the program's folder as far as ``run.sh`` reads it."""
    (root / "scripts").mkdir(parents=True)
    shutil.copy(REPO_ROOT / "scripts" / "run.sh", root / "scripts" / "run.sh")
    (root / "scripts" / "venv.sh").write_text("ensure_venv() { :; }\n", encoding="utf-8")
    program = root / ".venv" / "bin" / "ism-desktop"
    program.parent.mkdir(parents=True)
    program.write_text(_PROGRAM, encoding="utf-8")
    program.chmod(0o755)
    return root


def test_the_program_starts_in_the_folder_the_command_was_typed_in(tmp_path: Path) -> None:
    program = _program_folder(tmp_path / "ISM Avance")
    typed_in = tmp_path / "informes de la unidad"
    typed_in.mkdir()
    saw = tmp_path / "vio.txt"

    done = subprocess.run(
        ["bash", str(program / "scripts" / "run.sh"), "import-etca", "INFORME.txt", "--db", "b.db"],
        cwd=typed_in,
        env={"PATH": "/usr/bin:/bin", "RUN_SCRIPT_SAW": str(saw)},
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    folder, *arguments = saw.read_text(encoding="utf-8").splitlines()
    assert Path(folder) == typed_in
    assert arguments == ["import-etca", "INFORME.txt", "--db", "b.db"]
