"""The saved time and the delivery date, side by side on the status bar, are set apart.

«Guardado automáticamente a las 12:06:29 Entrega del trimestre 1: …» read as one sentence:
nothing stood between the two notes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QFrame, QMessageBox, QStatusBar, QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui import next_quarter_offer
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _left(widget: QWidget, bar: QStatusBar) -> int:
    return widget.mapTo(bar, widget.rect().topLeft()).x()


def _lines_between(window: MainWindow, left: QWidget, right: QWidget) -> list[QFrame]:
    """The vertical lines shown on the status bar between ``left`` and ``right``."""
    bar = window.statusBar()
    start = _left(left, bar) + left.width()
    return [
        line
        for line in bar.findChildren(QFrame)
        if line.frameShape() is QFrame.Shape.VLine
        and line.isVisible()
        and start <= _left(line, bar) < _left(right, bar)
    ]


def _saved_once(open_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    """Unit 004's window after a figure of ESTUDIOS was typed and saved."""
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "770")
    return window


def test_a_line_stands_between_the_saved_time_and_the_delivery_date(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = _saved_once(open_window, qtbot)
    assert window.saved_label.text().startswith("Guardado automáticamente a las ")

    assert len(_lines_between(window, window.saved_label, window.year_actions.deadline)) == 1


def test_no_line_stands_alone_once_the_saved_time_is_gone(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = _saved_once(open_window, qtbot)

    window.apply_profile(replace(unit_profile("004"), quarter=Quarter.SECOND))

    assert window.saved_label.text() == ""
    assert _lines_between(window, window.saved_label, window.year_actions.deadline) == []


def test_the_last_note_keeps_off_the_window_edge(open_window: WindowFactory, qtbot: QtBot) -> None:
    # «…sin fecha límite fijada» ran to the last pixel of a maximized window.
    window = _saved_once(open_window, qtbot)
    bar, deadline = window.statusBar(), window.year_actions.deadline

    assert _left(deadline, bar) + deadline.width() <= bar.width() - 4


def test_a_line_stands_between_the_delivery_date_and_the_note_after_it(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # «…sin fecha límite fijada Trimestre 1 cerrado: el 2 se informa en…» read as one sentence.
    window = open_window(unit_profile("004"))
    monkeypatch.setattr(next_quarter_offer, "ask_to_move_on", lambda *_args: False)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window.year_actions.apply_closing(UnitCode("004"), 1, reopen=False, reason="")
    window.statusBar().clearMessage()  # the routine notes are back, as a while later
    deadline, note = window.year_actions.deadline, window.next_quarter.label
    assert deadline.isVisible()
    assert deadline.text().startswith("Trimestre 1 cerrado el ")  # no longer awaited
    assert note.isVisible()
    assert note.text().startswith("Informar el T2: ")

    assert len(_lines_between(window, deadline, note)) == 1
