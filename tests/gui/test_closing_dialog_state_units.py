"""On a state's report (60 dependencies) «27 002» typed in «Unidad» closes dependency 27's 002.

The list of some 400 units jumped by the start of the text only: «002» is in nearly every
dependency, and typed it was always the first dependency's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bench.generate_state_report import build
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.gui.closing_dialog import ClosingDialog
from ism_desktop.store.store import Store
from tests.gui.closing_dialog_driver import closed_by_dialog, press, type_keys
from tests.gui.conftest import WindowFactory
from tests.gui.year_window_setup import COORDINATOR
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = [
    pytest.mark.gui,
    # The popup of the units found, offscreen.
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]

_TEXT, _PRINTED = build(metas=600, dependencies=60, seed=2024)
UNITS = {(str(meta["dependency"]), str(meta["unit"])) for meta in _PRINTED}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The state's report as the generator printed it, imported (first quarter)."""
    source = tmp_path / "estatal.txt"
    source.write_text(_TEXT, encoding="utf-8")
    path = tmp_path / "coordinadora.sqlite3"
    with Store.open(path) as store:
        import_etca_file(source, store.reports)
    return path


def test_dependency_and_code_typed_close_that_dependency_s_unit(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ("27", "002") in UNITS  # the 002 sought, and others to be mistaken for it
    assert sum(1 for _entity, code in UNITS if code == "002") > 20
    listed: list[int] = []

    def drive(dialog: ClosingDialog) -> None:
        listed.append(dialog.unit.count())
        type_keys(qtbot, "27 002")
        press(qtbot, Qt.Key.Key_Return)  # picks the unit found
        press(qtbot, Qt.Key.Key_Return)  # «Aceptar»

    closed = closed_by_dialog(open_window, qtbot, monkeypatch, COORDINATOR, drive)

    assert listed == [len(UNITS)]
    assert closed == [("27", "002")]
