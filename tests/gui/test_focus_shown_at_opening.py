"""A dialog opened from the keyboard shows where the cursor is from the start.

Qt draws the focus of a list, a table or a button only once Tab has moved it in that window:
«Cerrar o reabrir un trimestre» opened with the cursor in «Unidad» drawn as if nothing had it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.closing_dialog import ClosingDialog
from tests.gui.conftest import WindowFactory, unit_profile

pytestmark = pytest.mark.gui


def _look(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def test_the_first_focused_entry_looks_as_when_tab_reaches_it(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    dialog = ClosingDialog(
        [(UnitCode("004"), "004"), (UnitCode("005"), "005")],
        Quarter.FIRST,
        lambda _u, _q: (False, "Abierto."),
        window,
    )
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.unit)
    at_opening = _look(dialog.unit)

    qtbot.keyClick(dialog.unit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.quarter
    unfocused = _look(dialog.unit)
    qtbot.keyClick(dialog.quarter, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.unit
    reached_by_tab = _look(dialog.unit)

    assert reached_by_tab != unfocused  # the style does draw this focus
    assert at_opening == reached_by_tab
    dialog.close()
