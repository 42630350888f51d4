"""The evaluation's right-click menu offers the window's Deshacer and Rehacer, not Qt's own.

It showed Qt's Deshacer (greyed out: each save empties the box's own history) and Rehacer with
Ctrl+Mayúsculas+Z, while *Editar* said Ctrl+Z and Ctrl+Y and undid the workspace's steps.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: achieved T1 761


def _menu(window: MainWindow) -> QMenu:
    """The menu a right click in the evaluation opens."""
    narrative = window.form.narrative
    menu = narrative.spelling_menu(QPoint(4, 4))
    menu.setParent(narrative, menu.windowFlags())  # deleted with the window
    return menu


def _names(menu: QMenu) -> list[str]:
    return [action.objectName() for action in menu.actions() if not action.isSeparator()]


def _undo_entries(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if "Deshacer" in a.text() or "Rehacer" in a.text()]


def test_the_menu_offers_the_windows_undo_and_redo(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "800")

    menu = _menu(window)

    assert _undo_entries(menu) == [window.undo_action, window.redo_action]
    assert "edit-undo" not in _names(menu)
    assert "edit-redo" not in _names(menu)
    assert window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()
    shortcuts = [a.shortcut().toString() for a in _undo_entries(menu)]
    assert shortcuts == ["Ctrl+Z", "Ctrl+Y"]
    window.undo_action.trigger()  # what the menu's Deshacer does
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


def test_the_menu_keeps_cut_copy_paste(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    names = _names(_menu(window))

    for kept in ("edit-cut", "edit-copy", "edit-paste", "select-all"):
        assert kept in names


def test_with_typing_not_yet_saved_the_menu_undoes_the_typing_as_ctrl_z_does(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The window's Deshacer there took back the step before, said so, and the typing then
    # saved over it: an undo that did not hold, and the redo lost.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    narrative = window.form.narrative
    narrative.setFocus()
    qtbot.keyClicks(narrative, " Y MAS")
    assert narrative.typing()

    menu = _menu(window)

    assert window.undo_action not in menu.actions()
    assert "edit-undo" in _names(menu)
