"""The form's keys: Ctrl+Z and Ctrl+Y, Tab, and a figure typed without Enter."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ism_desktop.domain.number_input import parse_figure
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

pytestmark = pytest.mark.gui

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: original Q1 900, achieved 761


@pytest.mark.parametrize("retyped", [False, True])
def test_ctrl_z_in_a_figure_cell_undoes_the_last_change(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, retyped: bool
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    type_into(qtbot, cell, "900")
    if retyped:
        # The same figure again, nothing to save: the cell stayed «modified», kept Ctrl+Z for
        # its own typing, and the first press did nothing.
        type_into(qtbot, cell, "900")
    assert stored_achieved(db_path, STUDIES) == Decimal(900)
    assert cell.hasFocus()  # Enter leaves the cursor in the cell

    qtbot.keyClick(cell, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert stored_achieved(db_path, STUDIES) == Decimal(761)
    assert parse_figure(achieved_cell(window).text()) == Decimal(761)
    qtbot.keyClick(achieved_cell(window), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_achieved(db_path, STUDIES) == Decimal(900)


def test_ctrl_z_and_ctrl_y_in_the_saved_evaluation_undo_and_redo_it(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Once the evaluation was saved, Ctrl+Z in it was the editor's own undo: the text went,
    # that was saved as a new change, and Ctrl+Y (the window's Rehacer) had nothing to redo.
    window = open_window(unit_profile("004"))
    meta = select(window, STUDIES)
    narrative = window.form.narrative
    before = narrative.toPlainText()
    narrative.setFocus()
    narrative.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(narrative, " PRUEBA UNO.")
    window.form.flush()  # as the pause after typing does

    qtbot.keyClick(narrative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert narrative.toPlainText() == before
    assert window.redo_action.isEnabled()
    qtbot.keyClick(narrative, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert narrative.toPlainText() == before + " PRUEBA UNO."
    assert window.session.meta(meta.stable_id).evaluation(Quarter.FIRST) == before + " PRUEBA UNO."


def test_tab_stops_only_on_controls_a_person_can_see_and_use(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    window.search.setFocus()
    stops = []
    for _ in range(12):
        widget = QApplication.focusWidget()
        assert widget is not None
        stops.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)

    for widget in stops:
        assert not isinstance(widget, QAbstractScrollArea) or isinstance(
            widget, QAbstractItemView | QPlainTextEdit
        ), type(widget).__name__
        assert widget.isVisible()
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        assert name, type(widget).__name__
    assert achieved_cell(window) in stops


def test_closing_the_window_saves_a_figure_typed_without_enter(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "812", press_enter=False)

    window.close()

    assert stored_achieved(db_path, STUDIES) == Decimal(812)


def test_tab_from_the_figure_goes_to_the_evaluation(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # It went to «Solicitar cambio de meta modificada…»: the first space of the evaluation
    # typed next pressed the button, and the rest went into its dialog.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    cell.setFocus()

    qtbot.keyClick(cell, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is window.form.narrative
    qtbot.keyClick(window.form.narrative, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.modify_button
