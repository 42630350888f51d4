"""From the window's search box, Down goes into the metas found and Enter to the figure.

Enter stopped at the box and Down did nothing: the metas found were reached only by Tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
LEGAL = "ASESORÍA LEGAL"


def _searched(window: MainWindow, qtbot: QtBot, text: str) -> None:
    select(window, STUDIES)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, text)


def test_down_goes_into_the_metas_found(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    _searched(window, qtbot, "asesoria legal")

    qtbot.keyClick(window.search, Qt.Key.Key_Down)

    assert window.tree.hasFocus()
    assert window.tree.currentIndex().data() == LEGAL
    assert window.tree.selectionModel().isSelected(window.tree.currentIndex())
    assert window.form.meta is not None
    assert window.form.meta.description == LEGAL


def test_enter_goes_to_the_figure_of_the_meta_found(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    _searched(window, qtbot, "asesoria legal")

    qtbot.keyClick(window.search, Qt.Key.Key_Return)

    assert window.form.meta is not None
    assert window.form.meta.description == LEGAL
    cell = achieved_cell(window, RowKind.NUM)
    assert cell.hasFocus()
    assert cell.selectedText() == cell.text()


def test_enter_with_nothing_found_stays_in_the_box(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    _searched(window, qtbot, "zzzz")

    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)

    assert window.search.hasFocus()
