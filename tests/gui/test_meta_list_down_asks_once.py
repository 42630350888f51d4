"""One Down in the meta list asks once whether to leave a figure that cannot be saved.

Qt's keys move the list's current row and its selection one after the other: the question
came twice, and the list could stay on the other meta while the form showed the first.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, answer_questions, select

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


@pytest.mark.parametrize("answer", ["No", "Sí"])
def test_down_in_the_list_asks_once(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    questions = answer_questions(monkeypatch, answer)
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    window.activateWindow()
    cell = achieved_cell(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2
    qtbot.keyClicks(cell, "x")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # Alt+1
    assert window.tree.hasFocus()
    below = window.tree.indexBelow(window.tree.currentIndex()).data()

    qtbot.keyClick(window.tree, Qt.Key.Key_Down)

    assert len(questions) == 1
    shown = window.form.meta
    assert shown is not None
    expected = STUDIES if answer == "No" else below
    assert shown.description == expected
    assert window.tree.currentIndex().data() == expected
    assert [i.data() for i in window.tree.selectionModel().selectedRows()] == [expected]
    if answer == "No":
        assert cell.text() == "x"
        QApplication.processEvents()  # the key press is over: the next Down asks again
        qtbot.keyClick(window.tree, Qt.Key.Key_Down)
        assert len(questions) == 2
        assert window.tree.currentIndex().data() == STUDIES


def test_no_after_a_click_in_the_list_puts_the_cursor_back_in_the_figure(
    open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «No» kept the meta, but the cursor stayed in the list: digits typed to correct the
    # figure went to the list's search by first letters.
    questions = answer_questions(monkeypatch, "No")
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    window.activateWindow()
    cell = achieved_cell(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2
    qtbot.keyClicks(cell, "x")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    below = window.tree.indexBelow(window.tree.currentIndex())

    rect = window.tree.visualRect(below)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()

    assert len(questions) == 1
    assert window.tree.currentIndex().data() == STUDIES
    assert QApplication.focusWidget() is cell
    assert cell.selectedText() == "x"  # taken whole: the figure typed next replaces it
