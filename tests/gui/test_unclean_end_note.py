"""After a start that did not end normally (crash, kill, power cut) the status bar says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ism_desktop.gui.single_instance import SingleInstanceGuard
from tests.gui.real_start import start_patched, unit_004_data_folder

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]
UNCLEAN_NOTE = "No se cerró normalmente la última vez: lo guardado está a salvo; revise esta meta."


def _holder(db_path: Path, data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.gui.instance_child", "retener", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "ISM_AVANCE_DATA_DIR": str(data_dir)},
    )


def _crash_a_holder(db_path: Path, data_dir: Path) -> None:
    holder = _holder(db_path, data_dir)
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline() == "RETENIDA\n"
    finally:
        holder.kill()  # like kill -9 or a power cut: nothing released
        holder.communicate(timeout=20)


def test_the_guard_knows_when_the_last_holder_did_not_end_normally(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "datos"
    monkeypatch.setenv("ISM_AVANCE_DATA_DIR", str(data_dir))
    db_path = tmp_path / "avance.sqlite3"

    fresh = SingleInstanceGuard(db_path)
    assert fresh.claim()
    assert not fresh.left_by_crash
    fresh.release()  # a normal close

    after_normal = SingleInstanceGuard(db_path)
    assert after_normal.claim()
    assert not after_normal.left_by_crash
    after_normal.release()

    _crash_a_holder(db_path, data_dir)
    after_crash = SingleInstanceGuard(db_path)
    assert after_crash.claim()
    assert after_crash.left_by_crash
    after_crash.release()


# The program started for real; once the rules are done it prints the status bar and quits.
SAY_STATUS = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ism_desktop.gui import application, window_opening

real_fill = window_opening.fill_window
shown = []

def fill(window, *args, **kwargs):
    session = real_fill(window, *args, **kwargs)
    shown.append(window)
    return session

def say():
    for window in shown:
        print("ESTADO:" + window.statusBar().currentMessage(), flush=True)

window_opening.fill_window = fill
QApplication.instance() or application.ensure_application()
QApplication.instance().aboutToQuit.connect(say)
sys.exit(application.run_window(Path(sys.argv[1]), startup_probe=True))
"""


def _start(db_path: Path, data_dir: Path) -> str:
    done = start_patched(SAY_STATUS, db_path, data_dir, timeout=90)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("ESTADO:")]
    assert len(lines) == 1, done.stdout + done.stderr
    return lines[0].removeprefix("ESTADO:")


def test_after_an_unclean_end_the_status_bar_says_so_and_after_a_normal_one_not(
    db_path: Path, tmp_path: Path
) -> None:
    data_dir = unit_004_data_folder(tmp_path)
    _crash_a_holder(db_path, data_dir)

    assert _start(db_path, data_dir) == UNCLEAN_NOTE
    # That start ended normally: the next one has nothing to say.
    assert _start(db_path, data_dir) == ""
