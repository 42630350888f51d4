"""Closing the program while the dictionary still loads waits for it, instead of crashing.

The dictionary is read on a worker thread after the first paint. The window was torn down as
soon as the event loop ended, with the worker still reading: its «loaded» signal was then sent
to an object being destroyed, and the program ended in a segmentation fault (about one start
in sixteen at state scale when the window closed at once). The load here is held until the
program quits, then goes on a little: the end must wait for it and come out cleanly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.real_start import start_patched, unit_004_data_folder

pytestmark = pytest.mark.gui

SLOW_DICTIONARY = """
import sys, threading, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ism_desktop.gui import application, window_opening

quitting = threading.Event()
finished = []
real_load = window_opening.load_spelling

def slow_load():
    checker = real_load()
    quitting.wait(30)  # still loading when the program quits
    time.sleep(0.5)
    finished.append(True)
    return checker

window_opening.load_spelling = slow_load
QApplication.instance() or application.ensure_application()
QApplication.instance().aboutToQuit.connect(quitting.set)
code = application.run_window(Path(sys.argv[1]), startup_probe=True)
print("DICCIONARIO:" + ("terminado" if finished else "a medias"), flush=True)
sys.exit(code)
"""


def test_quitting_while_the_dictionary_loads_waits_for_it_and_ends_cleanly(
    db_path: Path, tmp_path: Path
) -> None:
    data_dir = unit_004_data_folder(tmp_path)

    done = start_patched(SLOW_DICTIONARY, db_path, data_dir, timeout=90)

    assert "DICCIONARIO:terminado" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stderr
