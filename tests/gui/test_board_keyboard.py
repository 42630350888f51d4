"""Tab leaves the board's table for «Cerrar»: it walked the read-only table cell by cell.

With 8 units and 12 columns, «Cerrar» was about a hundred Tabs away.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.status_board import status_board
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def test_tab_from_the_table_reaches_close(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(COORDINATOR)
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None
    assert len(board.rows) > 1
    dialog = StatusBoardDialog(board, window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    close = box.button(QDialogButtonBox.StandardButton.Close)

    reached = []
    for _ in range(3):  # the table, then at most the chart, then «Cerrar»
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is close:
            break

    assert close in reached
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (0, 0)
