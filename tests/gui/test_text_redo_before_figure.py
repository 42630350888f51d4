"""Ctrl+Y in the evaluation brings back the typing Ctrl+Z just took from it, not a figure.

Typed text taken back with Ctrl+Z, then Ctrl+Y: the window's Rehacer redid an older figure step
instead (T1 emptied in the grid, away from where the person looked) and the text stayed lost.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

pytestmark = pytest.mark.gui
SUPPORT = "APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD."  # unit 004: achieved T1 386
TYPED = " SE CONTRATO PERSONAL."
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("saved_meanwhile", [False, True])
def test_ctrl_y_redoes_the_text_undone_in_the_box(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, saved_meanwhile: bool
) -> None:
    window = open_window(unit_profile("004"))
    select(window, SUPPORT)
    type_into(qtbot, achieved_cell(window), "400")
    window.undo_action.trigger()  # back to 386: Rehacer could put 400 again
    assert stored_achieved(db_path, SUPPORT) == Decimal(386)
    narrative = window.form.narrative
    original = narrative.toPlainText()
    narrative.setFocus()
    narrative.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(narrative, TYPED)

    qtbot.keyClick(narrative, Qt.Key.Key_Z, CTRL)
    assert narrative.toPlainText() == original
    if saved_meanwhile:
        window.form.flush()  # the autosave ran before Ctrl+Y
    qtbot.keyClick(narrative, Qt.Key.Key_Y, CTRL)

    assert narrative.toPlainText() == original + TYPED
    assert stored_achieved(db_path, SUPPORT) == Decimal(386)
