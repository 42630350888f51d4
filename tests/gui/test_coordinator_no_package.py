"""The coordinating unit is not offered a package of its own.

Its metas are typed in the consolidated database and never travel: «Exportar paquete…» made a
package of 002 addressed to 002, closed its quarter, and the package was refused when received.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _file_menu_entries(window: MainWindow) -> list[str]:
    (file_menu,) = [
        action.menu() for action in window.menuBar().actions() if action.text() == "&Archivo"
    ]
    assert isinstance(file_menu, QMenu)
    return [a.text() for a in file_menu.actions() if a.isVisible() and not a.isSeparator()]


def _nothing_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every folder or file dialog and box the window could open, recorded and answered «no»."""
    seen: list[str] = []

    def record(*args: object) -> str:
        seen.append(str(args[1]))
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", record)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (record(*a), ""))
    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "question", record)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: record(box, box.text()) or 0)
    return seen


def test_the_coordinator_is_not_offered_a_package_to_itself(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _nothing_asked(monkeypatch)
    window = open_window(COORDINATOR)

    assert "Exportar &paquete…" not in _file_menu_entries(window)
    window.reports.export_package_action.trigger()
    qtbot.keyClick(window.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert seen == []
    assert not window.session.own_quarter_closed()


def test_the_package_comes_and_goes_with_the_profile(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    assert "Exportar &paquete…" in _file_menu_entries(window)

    window.apply_profile(COORDINATOR)
    assert "Exportar &paquete…" not in _file_menu_entries(window)
    assert not window.reports.export_package_action.isEnabled()

    window.apply_profile(unit_profile("004"))
    assert "Exportar &paquete…" in _file_menu_entries(window)
    assert window.reports.export_package_action.isEnabled()


def test_ctrl_e_tells_the_coordinator_why_no_package(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _nothing_asked(monkeypatch)
    window = open_window(COORDINATOR)
    with qtbot.waitActive(window):  # a shortcut reaches only the active window
        window.activateWindow()
    window.tree.setFocus()

    # «Teclas» lists «Ctrl+E exportar paquete»: the coordinator's key did nothing, silently.
    qtbot.keyClick(window.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    said = window.statusBar().currentMessage()
    assert said.startswith("Exportar paquete es para las unidades")
    assert "no viajan" in said
    assert seen == []
    assert not window.session.own_quarter_closed()

    # A unit's Ctrl+E is its package again (the folder is asked for), not the note.
    window.statusBar().clearMessage()
    window.apply_profile(unit_profile("004"))
    qtbot.keyClick(window.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == ""
    assert len(seen) == 1
