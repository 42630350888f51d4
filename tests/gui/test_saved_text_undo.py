"""Each save of the evaluation is one step of Deshacer, as each figure saved is.

Two pastes saved seconds apart were merged into one step: Ctrl+Z went straight back to the text
before the first one, and Ctrl+Y jumped to the last.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into
from tests.workspace.conftest import stored

pytestmark = pytest.mark.gui
SUPPORT = "APOYO Y GESTIONES SOCIALES"
FIRST = " AVANCE DE ABRIL: 120 APOYOS MÁS."
SECOND = " AVANCE DE MAYO: 95 GESTIONES MÁS."


def _paste_at_end(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Paste at the end of the evaluation (Ctrl+V), then let the autosave write it."""
    narrative = window.form.narrative
    narrative.setFocus()
    narrative.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(narrative, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    window.form.flush()  # what the autosave does once the person stops typing
    assert window.saved_label.text().startswith("Guardado automáticamente")


def _stored_text(db_path: Path, stable_id: str) -> str:
    return stored(db_path, stable_id).evaluation(Quarter.FIRST)


def _stored_figure(db_path: Path, stable_id: str) -> Decimal | None:
    return stored(db_path, stable_id).num.achieved[0]


def _first_paste_saved(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> tuple[MainWindow, Meta, str]:
    """Unit 004's window, FIRST pasted into the support meta's evaluation and saved.

    The window, that meta, and its evaluation as stored before the paste.
    """
    window = open_window(unit_profile("004"))
    meta = select(window, SUPPORT)
    original = _stored_text(db_path, meta.stable_id)
    _paste_at_end(qtbot, window, FIRST)
    return window, meta, original


def test_undo_takes_back_one_saved_paste_at_a_time(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window, meta, original = _first_paste_saved(open_window, qtbot, db_path)
    _paste_at_end(qtbot, window, SECOND)
    assert _stored_text(db_path, meta.stable_id) == original + FIRST + SECOND

    qtbot.keyClick(window.form.narrative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert _stored_text(db_path, meta.stable_id) == original + FIRST
    assert window.form.narrative.toPlainText() == original + FIRST
    window.undo_action.trigger()
    assert _stored_text(db_path, meta.stable_id) == original  # exactly as it was saved
    assert window.form.narrative.toPlainText() == original
    qtbot.keyClick(window.form.narrative, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _stored_text(db_path, meta.stable_id) == original + FIRST
    window.redo_action.trigger()
    assert _stored_text(db_path, meta.stable_id) == original + FIRST + SECOND


def test_a_figure_between_two_saved_texts_is_a_step_of_its_own(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window, meta, original = _first_paste_saved(open_window, qtbot, db_path)
    type_into(qtbot, achieved_cell(window), "400")
    _paste_at_end(qtbot, window, SECOND)

    window.undo_action.trigger()
    assert _stored_text(db_path, meta.stable_id) == original + FIRST
    assert _stored_figure(db_path, meta.stable_id) == Decimal(400)
    window.undo_action.trigger()
    assert _stored_figure(db_path, meta.stable_id) == Decimal(386)
    assert _stored_text(db_path, meta.stable_id) == original + FIRST
    window.undo_action.trigger()
    assert _stored_text(db_path, meta.stable_id) == original
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert _stored_figure(db_path, meta.stable_id) == Decimal(400)
    assert _stored_text(db_path, meta.stable_id) == original + FIRST
