"""Deshacer in the evaluation leaves the cursor where the undone change was, in view.

The text undone was loaded back whole: the cursor went to its start and the view to its top,
and the person had to find again the line being written.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui
SUPPORT = "APOYO Y GESTIONES SOCIALES"
LINES = [f"RENGLÓN {number} DE LA EVALUACIÓN DEL TRIMESTRE." for number in range(1, 61)]
ADDED = " SE SUMARON DOS MUNICIPIOS."


@pytest.mark.parametrize("undo_key", [True, False], ids=["ctrl_z", "menu"])
def test_undo_leaves_the_cursor_at_the_undone_change_and_in_view(
    open_window: WindowFactory, qtbot: QtBot, undo_key: bool
) -> None:
    window = open_window(unit_profile("004"))
    select(window, SUPPORT)
    narrative = window.form.narrative
    narrative.setFocus()
    narrative.setPlainText("\n".join(LINES))
    window.form.flush()
    # At the end of line 45, far below the first screenful of the box.
    where = len("\n".join(LINES[:45]))
    cursor = narrative.textCursor()
    cursor.setPosition(where)
    narrative.setTextCursor(cursor)
    qtbot.keyClicks(narrative, ADDED)
    window.form.flush()
    assert LINES[44] + ADDED in narrative.toPlainText()

    if undo_key:
        qtbot.keyClick(narrative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    else:
        window.undo_action.trigger()

    assert narrative.toPlainText() == "\n".join(LINES)
    assert narrative.textCursor().position() == where
    assert narrative.viewport().rect().contains(narrative.cursorRect())
