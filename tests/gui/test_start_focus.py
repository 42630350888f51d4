"""At start the cursor is where the window shows it: in the reported quarter's figure.

The search box had the focus while the figure cell wore the bold «type here» frame: a person
who opened the program and typed a figure typed it into the search, and the list went empty.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, stored_achieved

pytestmark = pytest.mark.gui
SUPPORT = "APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD."  # unit 004's first meta, T1 386


def test_a_figure_typed_at_start_goes_into_the_figure(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    cell = achieved_cell(window, RowKind.NUM)
    assert window.focusWidget() is cell
    assert window.form.meta is not None
    assert window.form.meta.description == SUPPORT

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cell)
    assert cell.selectedText() == "386"  # what is typed replaces the figure
    qtbot.keyClicks(QApplication.focusWidget(), "450")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert window.search.text() == ""
    assert stored_achieved(db_path, SUPPORT) == Decimal(450)


def test_nothing_to_type_leaves_the_cursor_in_the_search(open_window: WindowFactory) -> None:
    # The coordinating unit's consolidated report: no figure of its own to type there.
    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST))
    meta = window.form.meta
    assert meta is not None
    assert not achieved_cell(window, RowKind.NUM).focusPolicy() & Qt.FocusPolicy.TabFocus

    assert window.focusWidget() is window.search
