"""The window paints its frame first, then the data: nothing to edit before the copy is made."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTextEdit
from pytestqt.qtbot import QtBot

from ism_desktop.gui import window_opening
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.gui.window_frame import LOADING_TEXT
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_frame, unit_profile, wait_for_rules_and_dictionary
from tests.gui.window_driver import achieved_cell

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]


def test_the_frame_says_it_is_loading_and_has_nothing_to_edit(
    qtbot: QtBot, settings: QSettings
) -> None:
    window = shown_frame(qtbot, settings, unit_profile("004"))

    assert [label.text() for label in window.findChildren(QLabel)] == [LOADING_TEXT]
    assert not window.findChildren(QLineEdit)
    assert not window.findChildren(QTextEdit)
    assert not window.findChildren(QAbstractButton)
    assert not window.menuBar().actions()
    assert not window.loaded
    assert window.windowTitle().endswith("Unidad 004 — 2024, primer trimestre")


def test_a_frame_filled_later_is_the_window_built_at_once(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    with Store.open(db_path) as store:
        built = MainWindow(ReportSession(store, unit_profile("004")), settings)
        qtbot.addWidget(built)
        frame = shown_frame(qtbot, settings, unit_profile("004"))

        frame.load(ReportSession(store, unit_profile("004")))

        assert frame.loaded
        assert frame.windowTitle() == built.windowTitle()
        assert [a.text() for a in frame.menuBar().actions()] == [
            a.text() for a in built.menuBar().actions()
        ]
        assert frame.model.meta_count() == built.model.meta_count() == 7
        assert frame.form.meta == built.form.meta
        assert frame.acceptDrops()
        # The cursor in the figure to type, as in a window built at once.
        assert frame.focusWidget() is achieved_cell(frame)
        # Closed while their database is open, as the program closes them.
        frame.close()
        built.close()
        QApplication.processEvents()  # the focus leaves the closed window's form


def test_the_opening_copy_is_done_before_the_window_can_edit_and_the_rules_wait_its_paint(
    qtbot: QtBot, db_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_frame(qtbot, settings, unit_profile("004"))
    copied: list[Path] = []

    def slow_copy(path: Path) -> None:
        time.sleep(0.5)  # a slow disk: the window is filled long before the copy is done
        copied.append(path)

    monkeypatch.setattr(window_opening, "copy_on_open", slow_copy)
    store = window_opening.open_data(db_path)
    session = window_opening.fill_window(window, store, unit_profile("004"), None, print)
    try:
        assert copied == [db_path]  # done before the window takes its first event
        assert window.loaded
        assert session.checked_count == 0  # the rules wait for the filled window's paint
        wait_for_rules_and_dictionary(qtbot, window, session)
    finally:
        session.stop_validation()
        store.close()


FRAME_ONLY = """
import sys
import PySide6.QtCore
from PySide6.QtCore import QSettings
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import application
from ism_desktop.gui.startup_probe import FirstPaintProbe

LATER = (
    "sqlite3", "sqlite_utils", "ism_desktop.store", "ism_desktop.workspace",
    "ism_desktop.domain.meta", "ism_desktop.domain.validation", "ism_desktop.gui.report_session",
    "ism_desktop.gui.main_window_contents", "PySide6.QtNetwork", "PySide6.QtPrintSupport",
    "ism_desktop.gui.places",  # the file dialogs' classes: only once the data are in
    "datetime",  # a millisecond or two; the frame shows no date
    "ism_desktop.domain.codes",  # the catalogue's dataclasses, but the unit's code
)
app = application.ensure_application(["frame", "-platform", "offscreen"])
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = application.MainWindow.frame(settings, PcProfile.coordinator(2024, Quarter.FIRST))
painted = []

def on_paint():
    loaded = [name for name in LATER if name in sys.modules]
    # Qt's namespace of flags: tens of milliseconds the first time anything touches it.
    painted.append(loaded + (["Qt"] if "Qt" in PySide6.QtCore.__dict__ else []))

FirstPaintProbe(window, on_paint)
window.show_frame()
while not painted:
    app.processEvents()
print(painted[0])
"""


def test_the_frame_paints_before_the_database_and_the_window_modules_load(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FRAME_ONLY, str(tmp_path / "configuracion.ini")],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        timeout=60,
    )

    assert result.stdout.strip() == "[]"
