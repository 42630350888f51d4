"""A start refused before the window opens, with no display to show its box: said, exit 2.

Qt ends the process itself when it finds no display (an SSH session, a script opening a
package), before any Python code could catch it: the refusal was printed, then the process
aborted with Qt's English messages instead of leaving with code 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def test_a_bad_database_without_a_display_is_said_and_exits_2(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env |= {"ISM_AVANCE_DATA_DIR": str(tmp_path / "datos"), "PYTHONIOENCODING": "utf-8"}

    result = subprocess.run(
        [sys.executable, "-m", "ism_desktop", "--db", str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )

    assert result.returncode == 2, result.stderr
    assert "es una carpeta; indique el nombre del archivo" in result.stderr
    assert "Qt" not in result.stderr
