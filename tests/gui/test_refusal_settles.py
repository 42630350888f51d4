"""A figure refused, then the cell showing the stored figure again: nothing still calls it refused.

The red mark under the figures went, but the status line kept «… no es un número. No se
guardó.» over a cell showing the stored figure, and the cell stayed marked refused for the
keys that move between figures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.gui.figure_keys import REFUSED
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.test_meta_form_paper import STUDIES
from tests.gui.window_driver import achieved_cell, answer_questions, select, type_into

pytestmark = pytest.mark.gui
SAID = "Realizado T1 NUM: «abc» no es un número. No se guardó."


def _away_and_back(window: MainWindow, _qtbot: QtBot) -> None:
    select(window, "ASESORÍA LEGAL")  # «¿Pasar a otra meta de todos modos?» → Sí
    select(window, STUDIES)


def _undo(window: MainWindow, _qtbot: QtBot) -> None:
    window.undo_action.trigger()  # «¿Deshacer de todos modos?» → Sí: the 812 is undone


def _escape(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(achieved_cell(window), Qt.Key.Key_Escape)


@pytest.mark.parametrize(
    ("reload", "shown"),
    [(_away_and_back, "812"), (_undo, "761"), (_escape, "812")],
)
def test_the_stored_figure_shown_again_is_no_longer_said_refused(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    reload: Callable[[MainWindow, QtBot], None],
    shown: str,
) -> None:
    window = open_window(unit_profile("004"))
    answer_questions(monkeypatch, "Sí")
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "812")
    type_into(qtbot, achieved_cell(window), "abc")
    assert window.statusBar().currentMessage() == SAID
    assert achieved_cell(window).property(REFUSED)

    reload(window, qtbot)
    QApplication.processEvents()

    cell = achieved_cell(window)
    assert cell.text() in {shown, f"{shown}.00"}  # whole figures lose ".00" on a narrow screen
    assert not cell.isModified()
    assert not window.form.input_error.isVisibleTo(window.form)
    assert not cell.property(REFUSED)
    assert "no es un número" not in window.statusBar().currentMessage()


def test_a_refusal_still_typed_is_still_said_when_the_evaluation_saves(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "abc")
    narrative = window.form.narrative
    narrative.setFocus()
    narrative.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(narrative, " Mas")

    window.form.flush()  # the evaluation saved: its meta reloaded, the typing put back

    cell = achieved_cell(window)
    assert cell.text() == "abc"
    assert cell.isModified()
    assert cell.property(REFUSED)
    assert window.form.input_error.text() == SAID
    assert window.statusBar().currentMessage() == SAID


def test_a_refusal_still_typed_stays_typed_and_said_when_the_report_is_read_again(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # A reload (a quarter closed or reopened, a request decided, packages received) showed the
    # stored figure over «abc»: what was typed went with nothing said, unlike every other way
    # of leaving it (which asks first).
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "abc")

    window.session.reload(validate=False)
    QApplication.processEvents()

    cell = achieved_cell(window)
    assert cell.text() == "abc"
    assert cell.isModified()
    assert cell.property(REFUSED)
    assert window.form.input_error.text() == SAID
    assert window.statusBar().currentMessage() == SAID
