"""A figure cell the closing made read-only stops looking like one to type into.

Closed with the cursor in it (the export, or the menu), the cursor went to the list and the
cell took back the bold «type here» frame: the quarter looked open while it took no key.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select

pytestmark = pytest.mark.gui


def test_the_cell_left_by_the_closing_looks_as_the_other_closed_ones(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, "ESTUDIOS SOCIOECONÓMICOS")  # tipo A: NUM typed, DEN never focused
    cell = achieved_cell(window, RowKind.NUM)
    window.activateWindow()
    cell.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cell)
    session = window.session

    # What «Año → Cerrar o reabrir un trimestre…» does once its dialog is answered.
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    session.reload()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)

    assert cell.isReadOnly()
    # Its neighbour below, never focused, shows how a closed quarter's cell looks.
    untouched = window.form.grid.cell(RowKind.DEN, Series.ACHIEVED, Quarter.FIRST)
    assert cell.styleSheet() == untouched.styleSheet()
    assert "bold" not in cell.styleSheet()
