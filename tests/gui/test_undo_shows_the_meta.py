"""Deshacer and Rehacer bring the meta they change into view and say what they did.

Ctrl+Z on another meta took back a figure of ASESORÍA LEGAL silently: the window stayed on the
meta shown and nothing said what had been undone.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.meta_tree_model import META_ID_ROLE
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, stored_achieved, type_into

pytestmark = pytest.mark.gui
LEGAL = "ASESORÍA LEGAL"  # unit 004: achieved T1 695
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


def _shown(window: MainWindow) -> str:
    """The description of the meta in the form, checked against the list's current row."""
    meta = window.form.meta
    assert meta is not None
    assert window.tree.currentIndex().data(META_ID_ROLE) == meta.stable_id
    return meta.description


def _legal_to_700_then_studies(window: MainWindow, qtbot: QtBot) -> str:
    legal = select(window, LEGAL)
    type_into(qtbot, achieved_cell(window), "700")
    select(window, STUDIES)
    window.tree.setFocus()  # as the click on ESTUDIOS leaves it
    return legal.description


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.tree, key, Qt.KeyboardModifier.ControlModifier)


def test_undo_shows_the_meta_it_changed_and_says_what(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    legal = _legal_to_700_then_studies(window, qtbot)

    _press(qtbot, window, Qt.Key.Key_Z)

    assert stored_achieved(db_path, legal) == Decimal(695)
    assert _shown(window) == legal
    assert Decimal(achieved_cell(window).text()) == Decimal(695)
    said = window.statusBar().currentMessage()
    assert said.startswith("Se deshizo: Realizado T1 (NUM) de «ASESORÍA LEGAL")
    assert said.endswith(": 700 → 695.")


def test_redo_shows_the_meta_it_changed_and_says_what(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("004"))
    legal = _legal_to_700_then_studies(window, qtbot)
    _press(qtbot, window, Qt.Key.Key_Z)
    select(window, STUDIES)
    window.tree.setFocus()

    _press(qtbot, window, Qt.Key.Key_Y)

    assert stored_achieved(db_path, legal) == Decimal(700)
    assert _shown(window) == legal
    said = window.statusBar().currentMessage()
    assert said.startswith("Se rehízo: Realizado T1 (NUM) de «ASESORÍA LEGAL")
    assert said.endswith(": 695 → 700.")


def test_undo_clears_a_search_that_hides_the_meta(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(unit_profile("004"))
    legal = _legal_to_700_then_studies(window, qtbot)
    window.search.setText("estudios")
    window.tree.setFocus()

    _press(qtbot, window, Qt.Key.Key_Z)

    assert _shown(window) == legal
    assert window.search.text() == ""


def test_a_new_save_replaces_what_the_last_redo_said(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    # «Se rehízo: … 700» stayed under a figure saved since: read as what the save had done.
    window = open_window(unit_profile("004"))
    legal = _legal_to_700_then_studies(window, qtbot)
    _press(qtbot, window, Qt.Key.Key_Z)
    _press(qtbot, window, Qt.Key.Key_Y)
    assert window.statusBar().currentMessage().startswith("Se rehízo: Realizado T1 (NUM)")

    type_into(qtbot, achieved_cell(window), "701")

    assert stored_achieved(db_path, legal) == Decimal(701)
    assert "Se rehízo" not in window.statusBar().currentMessage()
