"""PAIMEF Deshacer greyed out ahead of time over a step whose data a command changed since.

It stayed enabled over a step it would refuse: only pressing it said why (Ctrl+Z still does,
and forgets the step, so that the steps before it stay within reach).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui
STEP = "indicador 2, primer trimestre de 2026"
WHY = (
    f"No se puede deshacer «{STEP}»: el {STEP} cambió después de ese paso (otra acción, una "
    "importación del Programa Anual o un comando), y deshacerlo perdería ese cambio."
)


def _captured_by_the_command(store: Store, number: str, period: str, *values: str) -> None:
    """``paimef capturar`` run on the window's database, as another program."""
    assert store.path is not None
    args: tuple[str | Path, ...] = ("--numero", number, "--periodo", period, *values)
    args += ("--db", store.path)
    done = run_cli("paimef", "capturar", *args)
    assert done.returncode == 0, done.stderr


def _captured_then_changed_by_a_command(window: PaimefWindow, store: Store) -> None:
    """Indicator 2 captured in the window, then captured again by ``paimef capturar``."""
    window.indicators_tab.capture_edited.emit(3, "2026", "1; 1; 1; 1; 2")  # a step before
    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")
    _captured_by_the_command(store, "2", "2026-T1", "120", "100")


def _indicator_2(store: Store) -> object:
    return store.paimef.captures().get((2, "2026-T1"))


def test_the_menu_greys_out_a_step_changed_since_and_says_why(
    window: PaimefWindow, store: Store
) -> None:
    _captured_then_changed_by_a_command(window, store)

    window.undo_menu.menu.aboutToShow.emit()  # the menu opened

    undo = window.undo_menu.undo_action
    assert not undo.isEnabled()
    assert undo.text() == f"&Deshacer {STEP} (no disponible)"
    assert undo.statusTip() == WHY
    assert undo.toolTip() == WHY
    # The window has no status bar: the reason shows as the entry's tooltip, in the menu.
    assert window.undo_menu.menu.toolTipsVisible()


def test_ctrl_z_still_says_why_and_reaches_the_step_before(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    _captured_then_changed_by_a_command(window, store)
    window.undo_menu.menu.aboutToShow.emit()
    with qtbot.waitActive(window):  # a context manager: called alone, it waited for nothing
        window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert window.message.text() == f"{WHY} No se cambió nada."
    assert _indicator_2(store) is not None  # the command's capture stays
    assert [str(v) for v in _indicator_2(store)] == ["120", "100"]  # type: ignore[attr-defined]
    undo = window.undo_menu.undo_action
    assert undo.isEnabled()
    assert undo.text() == "&Deshacer indicador 3, año 2026"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.paimef.captures().get((3, "2026")) is None


def test_a_step_the_command_left_alone_stays_enabled(window: PaimefWindow, store: Store) -> None:
    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")
    _captured_by_the_command(store, "7", "2026-S1", "6", "5")  # another indicator

    window.undo_menu.menu.aboutToShow.emit()

    undo = window.undo_menu.undo_action
    assert undo.isEnabled()
    assert undo.text() == f"&Deshacer {STEP}"
    assert undo.statusTip() == ""
