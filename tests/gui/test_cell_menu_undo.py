"""A figure cell's right-click menu offers the window's Deshacer and Rehacer, not Qt's own.

Once a figure was saved (Enter), the cell's menu showed Qt's Deshacer greyed out and Rehacer
with Ctrl+Mayús+Z, while *Editar* offered «Deshacer Realizado T1: …» with Ctrl+Z and Ctrl+Y.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

# The offscreen platform says this of every popup menu: about the platform, not the program.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: achieved T1 761


def _right_click_menu(cell: QLineEdit) -> list[tuple[str, str, str]]:
    """The entries of the menu a right click in the cell opens (closed once read).

    Each as its object name, text and shortcut: Qt's own entries go with the menu.
    """
    seen: list[tuple[str, str, str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None, "no menu opened"
        seen.extend(_entry(a) for a in menu.actions() if not a.isSeparator())
        menu.close()

    QTimer.singleShot(0, read_and_close)  # once the menu is open (in its own loop, or after)
    middle = cell.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, middle, cell.mapToGlobal(middle))
    QApplication.sendEvent(cell, event)
    QApplication.processEvents()
    return seen


def _entry(action: QAction) -> tuple[str, str, str]:
    return action.objectName(), action.text(), action.shortcut().toString()


def test_a_saved_figure_s_menu_undoes_with_the_window(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    type_into(qtbot, cell, "800")

    entries = _right_click_menu(cell)

    assert entries[:2] == [_entry(window.undo_action), _entry(window.redo_action)]
    assert not {"edit-undo", "edit-redo"} & {name for name, _text, _keys in entries}
    assert window.undo_action.isEnabled()
    assert [keys for _name, _text, keys in entries[:2]] == ["Ctrl+Z", "Ctrl+Y"]
    window.undo_action.trigger()  # what the menu's Deshacer does
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


def test_a_figure_being_typed_keeps_qt_s_own_undo_for_its_typing(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    type_into(qtbot, cell, "8", press_enter=False)

    entries = _right_click_menu(cell)

    assert "edit-undo" in [name for name, _text, _keys in entries]
    assert _entry(window.undo_action) not in entries
