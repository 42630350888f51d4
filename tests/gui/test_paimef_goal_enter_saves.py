"""Enter in the metas table saves the acción, as the README says of Enter in its form.

A first user typed a new meta, pressed Enter and read nothing under the window: the cell was
done, the acción not saved (the Editar menu still offered «Deshacer lo escrito en la acción»).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _discard_when_asked
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def _type_in_cell(qtbot: QtBot, window: PaimefWindow, column: int, text: str) -> None:
    goals = window.form.goals
    goals.setCurrentCell(goals.rowCount() - 1, column)
    goals.setFocus()
    qtbot.keyClick(goals, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    assert editor is not goals
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)  # ASCII: QTest aborts on other letters
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the cell is done: not yet the acción
    # Qt closes the editor on its next turn.
    qtbot.waitUntil(lambda: goals.state() != QAbstractItemView.State.EditingState)


def test_enter_after_typing_a_new_meta_saves_the_accion(
    window: PaimefWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _discard_when_asked(monkeypatch)  # closed unsaved (before the fix): it asks
    window.table.selectRow(0)
    key = window.form.key.text()
    before = store.paimef.load(2026)
    assert before is not None
    goals_before = len(before.actions[0].goals)
    window.form.add_goal_row()
    for column, text in ((0, "Asesorias juridicas"), (1, "ASESORIA"), (2, "1,500"), (3, "400")):
        _type_in_cell(qtbot, window, column, text)
    unsaved = store.paimef.load(2026)
    assert unsaved is not None
    assert len(unsaved.actions[0].goals) == goals_before

    qtbot.keyClick(window.form.goals, Qt.Key.Key_Return)

    saved = store.paimef.load(2026)
    assert saved is not None
    goal = saved.actions[0].goals[-1]
    assert (goal.description, goal.unit, goal.quantity, goal.achieved) == (
        "Asesorias juridicas",
        "ASESORIA",
        1500,
        400,
    )
    assert window.message.text() == f"Acción {key} guardada."
