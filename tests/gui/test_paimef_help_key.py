"""F1 in the PAIMEF window opens the help, as «Teclas» says («F1 esta ayuda»).

The PAIMEF window is modal over the main one, whose F1 it never reached: F1 did nothing there,
and the main window's help, under it, could not be reached until PAIMEF was closed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.help_dialog import HelpDialog
from tests.gui.conftest import WindowFactory
from tests.gui.paimef_window_driver import paimef_in_front

pytestmark = pytest.mark.gui


def test_f1_in_the_paimef_window_opens_the_help_over_it(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    _main, paimef = paimef_in_front(open_window, qtbot)
    focus = QApplication.focusWidget()
    assert focus is not None

    qtbot.keyClick(focus, Qt.Key.Key_F1)

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog)]
    assert [w.isVisible() for w in shown] == [True]
    help_dialog = shown[0]
    qtbot.waitUntil(help_dialog.isActiveWindow)  # in reach: not blocked by the PAIMEF window
    assert "La ventana del PAIMEF" in help_dialog.text.toPlainText()

    # F1 again brings the same help forward, not a second one.
    paimef.activateWindow()
    qtbot.waitUntil(paimef.isActiveWindow)
    qtbot.keyClick(paimef, Qt.Key.Key_F1)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog)] == shown

    qtbot.waitUntil(help_dialog.isActiveWindow)
    qtbot.keyClick(help_dialog.text, Qt.Key.Key_Escape)
    assert not help_dialog.isVisible()
    assert paimef.isVisible()
    paimef.close()


def test_f1_in_the_paimef_window_opens_the_help_at_the_paimef_part(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The help opened at its top, on the quarterly report's percentages: the PAIMEF officer
    # read two screens about another report before finding a paragraph on her window.
    _main, paimef = paimef_in_front(open_window, qtbot)

    qtbot.keyClick(paimef, Qt.Key.Key_F1)

    help_dialog = paimef.findChild(HelpDialog)
    assert help_dialog is not None
    qtbot.waitUntil(help_dialog.isVisible)
    text = help_dialog.text
    heading = text.document().find("La ventana del PAIMEF")
    assert not heading.isNull()
    assert heading.block().text() == "La ventana del PAIMEF"  # a heading of its own
    where = text.cursorRect(heading)
    assert text.viewport().rect().contains(where), where
    help_dialog.close()
    paimef.close()
