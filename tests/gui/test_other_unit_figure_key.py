"""Alt+2, or Enter on a meta found, on another unit's meta: the figure to read, and why not typed.

The coordinating unit sees every unit's metas but types only its own. On another unit's meta
Alt+2 («Ir a lo realizado») and Enter in the search box (to «su cifra», as the help says) did
nothing at all: the cursor stayed where it was, without a word, while «Ir al campo» on the same
meta's warning took the cursor to the figure and said why it takes no typing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import achieved_cell, select
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui
SAID = (
    "Meta de la unidad 004, de solo consulta aquí: la corrige la unidad (pídaselo con "
    "Coordinación → Agregar observación a la meta…)."
)


def _achieved_read_with_reason(window: MainWindow, qtbot: QtBot) -> None:
    cell = achieved_cell(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cell)
    assert cell.isReadOnly()
    assert cell.text() == "761"
    assert window.statusBar().currentMessage() == SAID


def test_alt_2_on_another_units_meta_goes_to_its_figure_saying_why(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    select(window, STUDIES)
    window.tree.setFocus()

    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    _achieved_read_with_reason(window, qtbot)


def test_enter_on_another_units_meta_found_goes_to_its_figure_saying_why(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    window.activateWindow()
    window.search.setFocus()

    QTest.keyClicks(window.search, "estudios socioeconomicos")
    QTest.keyClick(window.search, Qt.Key.Key_Return)

    assert window.form.meta is not None
    assert window.form.meta.description.startswith(STUDIES)
    _achieved_read_with_reason(window, qtbot)
