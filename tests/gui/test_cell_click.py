"""A click into a figure cell takes its whole figure, as a spreadsheet does; the next click edits.

Typing after one click used to land where the click put the cursor: clicking the left of «386»
and typing 450 gave 450386.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: achieved Q1 761


def _studies_cell(open_window: WindowFactory, focused: bool) -> QLineEdit:
    # Unit 004's «ESTUDIOS SOCIOECONÓMICOS», its achieved NUM of Q1, with the cursor in it (as
    # the window leaves it on opening, the figure selected) or in the search box.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    if focused:
        cell.setFocus()
        cell.selectAll()
    else:
        window.search.setFocus()
    return cell


def _click_left_edge(qtbot: QtBot, cell: QLineEdit) -> None:
    # The left edge: where a plain text box would put the cursor before a right-aligned figure.
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton, pos=QPoint(3, cell.height() // 2))


@pytest.mark.parametrize("focused_first", [False, True], ids=["desde otro campo", "ya en la celda"])
def test_one_click_then_typing_replaces_the_figure(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, focused_first: bool
) -> None:
    cell = _studies_cell(open_window, focused_first)
    _click_left_edge(qtbot, cell)
    qtbot.keyClicks(cell, "855")
    qtbot.keyClick(cell, Qt.Key.Key_Return)

    assert cell.text() == "855"
    assert stored_achieved(db_path, STUDIES) == Decimal(855)


def test_the_second_click_puts_the_cursor_where_it_falls(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    cell = _studies_cell(open_window, focused=False)
    _click_left_edge(qtbot, cell)
    _click_left_edge(qtbot, cell)
    qtbot.keyClicks(cell, "1")

    assert cell.text() == "1761"


@pytest.mark.parametrize("first", ["855", "761"], ids=["otra cifra", "la misma cifra"])
def test_typing_right_after_enter_replaces_the_saved_figure(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, first: str
) -> None:
    # After Enter the cursor sat before the saved «855»: typing 9 to correct it gave 9855;
    # after the same figure typed again (761), behind it: 7619.
    cell = _studies_cell(open_window, focused=False)
    _click_left_edge(qtbot, cell)
    qtbot.keyClicks(cell, first)
    qtbot.keyClick(cell, Qt.Key.Key_Return)

    qtbot.keyClicks(cell, "9")
    qtbot.keyClick(cell, Qt.Key.Key_Return)

    assert cell.text() == "9"
    assert stored_achieved(db_path, STUDIES) == Decimal(9)
