"""Esc in a figure cell puts back the saved figure and saves nothing, as in Excel.

Esc did nothing: the 55 typed over a saved 100 stayed in the cell and was saved by the next
Enter, Tab or click elsewhere.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: achieved T1 761


@pytest.mark.parametrize(
    "then", [Qt.Key.Key_Return, Qt.Key.Key_Tab], ids=["luego Intro", "luego Tab"]
)
def test_esc_puts_back_the_saved_figure_and_saves_nothing(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, then: Qt.Key
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    type_into(qtbot, cell, "100")  # saved: the cell shows 100
    steps = len(window.session.workspace.history)
    type_into(qtbot, cell, "55", press_enter=False)
    assert window.form.official_label.text() != ""

    qtbot.keyClick(cell, Qt.Key.Key_Escape)

    assert Decimal(cell.text()) == Decimal(100)
    assert not cell.isModified()
    qtbot.keyClick(cell, then)
    assert stored_achieved(db_path, STUDIES) == Decimal(100)
    assert len(window.session.workspace.history) == steps  # nothing saved: no step to undo
    assert Decimal(cell.text()) == Decimal(100)


def test_esc_also_takes_back_the_percentages_shown_while_typing(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    shown = window.form.official_label.text()
    type_into(qtbot, cell, "55", press_enter=False)
    assert window.form.official_label.text() != shown

    qtbot.keyClick(cell, Qt.Key.Key_Escape)

    assert window.form.official_label.text() == shown


def test_esc_puts_back_the_figure_after_a_refused_one(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    type_into(qtbot, cell, "5x", press_enter=False)
    assert window.form.input_error.isVisibleTo(window)

    qtbot.keyClick(cell, Qt.Key.Key_Escape)

    assert Decimal(cell.text()) == Decimal(761)
    assert not window.form.input_error.isVisibleTo(window)
    assert window.form.flush() == ""  # nothing left that cannot be saved
    assert stored_achieved(db_path, STUDIES) == Decimal(761)


def test_esc_in_a_cell_not_being_edited_changes_nothing(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    cell = achieved_cell(window)
    cell.setFocus()
    steps = len(window.session.workspace.history)

    qtbot.keyClick(cell, Qt.Key.Key_Escape)

    assert Decimal(cell.text()) == Decimal(761)
    assert window.form.meta is not None
    assert window.form.meta.description == STUDIES
    assert len(window.session.workspace.history) == steps
    assert stored_achieved(db_path, STUDIES) == Decimal(761)
