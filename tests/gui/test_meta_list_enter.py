"""Enter on a meta of the list goes to its figure (as Alt+2); a closed quarter says why not.

Enter did nothing in the list, and Alt+2 in a closed quarter put the cursor in a cell that
ignored every key, without a word.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select
from tests.gui.year_window_setup import STUDIES
from tests.gui.year_window_setup import _quiet_boxes as _quiet_boxes  # the fixture

pytestmark = pytest.mark.gui


def test_enter_on_a_meta_goes_to_its_figure(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # Alt+1
    assert window.tree.hasFocus()

    qtbot.keyClick(window.tree, Qt.Key.Key_Return)

    cell = achieved_cell(window)
    assert cell.hasFocus()
    assert cell.selectedText() == cell.text()


def test_alt_2_in_a_closed_quarter_says_why_typing_is_ignored(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")
    window.activateWindow()

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    message = window.statusBar().currentMessage()
    assert "cerrado" in message
    assert "Cerrar o reabrir un trimestre" in message
