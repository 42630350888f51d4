"""Running the real command line as a child process, as a user's shell would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import ism_desktop


def run_cli(
    *args: str | Path,
    data_dir: Path | None = None,
    errors: str = "strict",
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ism_desktop ARGS`` and capture its output as text.

    ``errors="replace"`` reads an output that echoes a path which is not UTF-8; ``cwd`` is the
    folder the command starts in (where a relative path lands).
    """
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    if data_dir is not None:
        env["ISM_AVANCE_DATA_DIR"] = str(data_dir)
    if cwd is not None:
        # ``-m`` looks first in the folder it starts in: elsewhere, the code under test is
        # found through the path, not an installed copy of another checkout.
        here = str(Path(ism_desktop.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [here, env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "ism_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors=errors,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def profile_folder(folder: Path, role: str, unit: str) -> Path:
    """A PC's data folder, made, whose profile is ``role`` and ``unit`` in 2024's first quarter."""
    folder.mkdir()
    (folder / "configuracion.ini").write_text(
        f"[perfil]\nrol={role}\nunidad={unit}\nejercicio=2024\ntrimestre=1\n", encoding="utf-8"
    )
    return folder


def ran_ok(*args: str | Path, data_dir: Path) -> str:
    """The output of a command that must succeed on the PC of ``data_dir``."""
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result.stdout


def paimef_history_listed(db: Path, year: int, data_dir: Path) -> list[tuple[str, str]]:
    """``paimef historial --json`` of ``year``: each change's what and detail, newest first."""
    result = run_cli(
        "paimef", "historial", "--ejercicio", str(year), "--json", "--db", db, data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    return [(change["que"], change["detalle"]) for change in json.loads(result.stdout)["cambios"]]
