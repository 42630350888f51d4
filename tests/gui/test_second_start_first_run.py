"""A second start while the first is still asking who this PC is: heard, not «no responde».

On a first run the program asks for the unit before its window exists; a person who clicks the
icon twice meanwhile must not be told the first one hangs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]

FIRST_RUN = """
import sys
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialog
from ism_desktop.gui import application, profile_dialog

go_on = Path(sys.argv[2])

def answer_when_told(dialog):
    # The question stays open, its events running, until the test says the second start is done.
    print("PREGUNTA", flush=True)
    deadline = time.monotonic() + 60
    while not go_on.exists() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    box = dialog.unit_box
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemText(i).startswith("004")))
    return QDialog.DialogCode.Accepted

profile_dialog.ProfileDialog.exec = answer_when_told
heard = application._on_second_start

def say_heard(window, message):
    print(f"OIDO {message}", flush=True)
    heard(window, message)

application._on_second_start = say_heard
sys.exit(application.run_window(Path(sys.argv[1]), startup_probe=True))
"""


def test_a_second_start_during_the_first_run_question_is_heard(
    tmp_path: Path, db_path: Path
) -> None:
    env = {
        **os.environ,
        "ISM_AVANCE_DATA_DIR": str(tmp_path / "datos"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    go_on = tmp_path / "sigue"
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_RUN, str(db_path), str(go_on)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline() == "PREGUNTA\n"

        second = subprocess.run(
            [sys.executable, "-m", "tests.gui.instance_child", "notificar", str(db_path)],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=env,
            timeout=60,
        )
        go_on.touch()
        out, err = first.communicate(timeout=120)
    finally:
        first.kill()

    assert second.stdout == "OCUPADA ENVIADO\n", second.stderr
    assert first.returncode == 0, err
    assert "OIDO activar" in out.splitlines()
    assert "Traceback" not in err
