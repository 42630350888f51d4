"""Tab goes the way a person works: search, the figures, the meta's evaluation, then the lists.

From the search box it took five Tabs, through the list of metas and the findings panel, to
reach the figure to type.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select

pytestmark = pytest.mark.gui
QUALITY = "ÍNDICE DE CALIDAD EN LOS INFORMES TRIMESTRALES"  # unit 003, tipo P


def _tabbed(window: MainWindow, qtbot: QtBot, presses: int) -> list[QWidget | None]:
    """The widgets the cursor reaches, one Tab after another, starting in the search box."""
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    reached: list[QWidget | None] = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def test_one_tab_from_the_search_reaches_the_figure(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))

    reached = _tabbed(window, qtbot, 5)

    assert reached == [
        achieved_cell(window, RowKind.NUM),
        window.form.narrative,
        window.form.modify_button,
        window.tree,
        window.findings.list,
    ]


def test_a_percentage_meta_goes_num_den_then_evaluation(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("003"))
    select(window, QUALITY)

    reached = _tabbed(window, qtbot, 4)

    assert reached == [
        achieved_cell(window, RowKind.NUM),
        achieved_cell(window, RowKind.DEN),
        window.form.narrative,
        window.form.modify_button,
    ]


def test_shift_tab_from_the_figure_goes_back_to_the_search(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    cell = achieved_cell(window, RowKind.NUM)
    window.activateWindow()
    cell.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cell)

    qtbot.keyClick(cell, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)

    assert QApplication.focusWidget() is window.search
