"""«Cerrar o reabrir un trimestre» driven by keys and clicks in a real window; what it closed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile
from ism_desktop.gui.closing_dialog import ClosingDialog
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory

Driver = Callable[[ClosingDialog], None]


def _keys_target() -> QWidget:
    """Where a key goes: the popup of units while it is open, else the widget with focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    return target


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type ``text`` one key at a time, as a person does."""
    for char in text:
        qtbot.keyClicks(_keys_target(), char)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """Press ``key`` where a person's key would go."""
    qtbot.keyClick(_keys_target(), key)


def closed_by_dialog(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    profile: PcProfile,
    drive: Driver,
) -> list[tuple[str, str]]:
    """Open the dialog in ``profile``'s window, ``drive`` it; the units closed in its quarter.

    The question about a unit's errors is answered «Sí». What is closed is read back from the
    database file: (dependency, unit code), in the report's order.
    """
    window = open_window(profile)
    yes = QMessageBox.StandardButton.Yes  # «¿Cerrar el trimestre de todos modos?» (its errors)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: yes)

    def execute(dialog: ClosingDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.unit)
        drive(dialog)
        result = dialog.result()
        dialog.hide()
        return result

    monkeypatch.setattr(ClosingDialog, "exec", execute)
    window.year_actions.closing()
    year, quarter = profile.year, profile.quarter
    database = window.session.store.path
    assert database is not None  # a file, read back apart from the window
    with Store.open(database) as store:
        return [
            (entity, code)
            for entity, code in store.reports.year_units(year)
            if store.closures.is_closed(year, entity, UnitCode(code), quarter)
        ]
