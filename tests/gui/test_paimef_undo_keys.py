"""Ctrl+Z and Ctrl+Y in the PAIMEF window: its edits undone and redone, named in *Editar*."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, _cell, _discard_when_asked
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.paimef_builders import action, programme

pytestmark = pytest.mark.gui

_CTRL = Qt.KeyboardModifier.ControlModifier


def _programmed(store: Store, key: str) -> Decimal:
    stored = store.paimef.load(2026)
    assert stored is not None
    found = stored.action(key)
    assert found is not None
    return found.programmed


def _typing_in_first_action(window: PaimefWindow, qtbot: QtBot, box: QLineEdit) -> None:
    """The window active, A.1 shown, the cursor in ``box`` with its text selected."""
    with qtbot.waitActive(window):
        window.activateWindow()
    window.table.selectRow(0)
    box.setFocus()
    box.selectAll()


def test_an_amount_saved_in_the_form_is_undone_and_redone_with_the_keys(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    _typing_in_first_action(window, qtbot, window.form.programmed)
    qtbot.keyClicks(window.form.programmed, "45000")
    qtbot.keyClick(window.form.programmed, Qt.Key.Key_Return)
    assert _programmed(store, "A.1") == Decimal("45000.00")
    assert window.undo_menu.undo_action.text() == "&Deshacer acción A.1: monto programado"
    assert not window.undo_menu.redo_action.isEnabled()

    # Still in the field it was typed in: saved, Ctrl+Z is the window's.
    qtbot.keyClick(window.form.programmed, Qt.Key.Key_Z, _CTRL)

    assert _programmed(store, "A.1") == Decimal("30000.00")
    assert window.form.programmed.text() == "30,000.00"
    assert window.message.text() == (
        "Se deshizo: Acción A.1, monto programado: «$45,000.00» → «$30,000.00»."
    )
    assert window.undo_menu.redo_action.text() == "&Rehacer acción A.1: monto programado"
    assert not window.undo_menu.undo_action.isEnabled()

    qtbot.keyClick(window.table, Qt.Key.Key_Y, _CTRL)

    assert _programmed(store, "A.1") == Decimal("45000.00")
    assert window.message.text().startswith("Se rehízo: Acción A.1, monto programado:")


def test_an_action_deleted_by_mistake_comes_back_selected(
    window: PaimefWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _discard_when_asked(monkeypatch)  # «¿Eliminar la acción B.1?» answered «Sí»
    with qtbot.waitActive(window):
        window.activateWindow()
    window.table.selectRow(2)
    window.delete_action()
    assert window.model.rowCount() == 3

    qtbot.keyClick(window.table, Qt.Key.Key_Z, _CTRL)

    assert store.paimef.load(2026) == programme()
    assert window.model.rowCount() == 4
    assert window.form.key.text() == "B.1"
    assert window.table.currentIndex().row() == 2
    assert window.undo_menu.redo_action.text() == "&Rehacer acción B.1 eliminada"


def test_typing_not_saved_keeps_the_boxs_own_undo(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    _typing_in_first_action(window, qtbot, window.form.name)
    window.form.name.end(False)
    qtbot.keyClicks(window.form.name, "X")

    qtbot.keyClick(window.form.name, Qt.Key.Key_Z, _CTRL)

    assert window.form.name.text() == "Acción A.1"  # the letter typed, taken back
    assert store.paimef.load(2026) == programme()


def test_a_step_overwritten_meanwhile_is_refused_and_said(
    window: PaimefWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: pytest.fail("no box expected"))
    with qtbot.waitActive(window):
        window.activateWindow()
    window.table.selectRow(0)
    window.form.programmed.setText("45000")
    window.form.save_button.click()
    # A command writes A.1 while the window is open.
    imported = programme().with_action(action("A.1", "A", "A-I", "50000.00"), "A.1")
    store.paimef.replace(imported, AUTHOR, "importación de otro.json", [])

    qtbot.keyClick(window.table, Qt.Key.Key_Z, _CTRL)

    assert _programmed(store, "A.1") == Decimal("50000.00")
    assert window.message.text().startswith(
        "No se puede deshacer «acción A.1: monto programado»: la acción A.1 cambió después"
    )
    assert not window.undo_menu.undo_action.isEnabled()
    # Shown as stored now, not as this window last wrote it.
    assert window.form.programmed.text() == "50,000.00"
    assert window.form.key.text() == "A.1"


def _row(table: QTableWidget, column: int, text: str) -> int:
    return next(r for r in range(table.rowCount()) if _cell(table, r, column).text() == text)


def test_a_date_and_a_capture_are_undone_from_their_tabs(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    dates = window.deadlines_tab.dates
    window.tabs.setCurrentWidget(window.deadlines_tab)
    signing = _row(dates, 0, "Firma del Instrumento Jurídico")
    _cell(dates, signing, 1).setText("06/04/2026")
    window.tabs.setCurrentWidget(window.indicators_tab)
    grid = window.indicators_tab.table
    _cell(grid, _row(grid, 0, "2"), 4).setText("130; 100")
    assert window.undo_menu.undo_action.text() == "&Deshacer indicador 2, primer trimestre de 2026"

    qtbot.keyClick(grid, Qt.Key.Key_Z, _CTRL)

    assert store.paimef.captures() == {}
    assert _cell(grid, _row(grid, 0, "2"), 4).text() == ""
    assert window.undo_menu.undo_action.text().startswith("&Deshacer fecha «Firma del Instrumento")
    window.tabs.setCurrentWidget(window.deadlines_tab)

    qtbot.keyClick(dates, Qt.Key.Key_Z, _CTRL)

    assert store.paimef.load(2026) == programme()
    assert _cell(dates, signing, 1).text() == "13/03/2026"
    assert window.message.text() == (
        "Se deshizo: Firma del Instrumento Jurídico: 06/04/2026 → 13/03/2026."
    )
