"""The program started for real in a child process, with a test's patch script run first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def start_patched(
    script: str, db_path: Path, data_dir: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (which starts the window in probe mode: unattended) on ``db_path``.

    ``timeout``: a program left hidden and running would never end.
    """
    return subprocess.run(
        [sys.executable, "-c", script, str(db_path), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={
            **os.environ,
            "ISM_AVANCE_DATA_DIR": str(data_dir),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
        },
        timeout=timeout,
    )


def unit_004_data_folder(parent: Path) -> Path:
    """A data folder whose profile is unit 004's first quarter of 2024 (no first-run question)."""
    folder = parent / "datos"
    folder.mkdir()
    (folder / "configuracion.ini").write_text(
        "[perfil]\nrol=unidad\nunidad=004\nejercicio=2024\ntrimestre=1\n", encoding="utf-8"
    )
    return folder
