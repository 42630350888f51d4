"""Attacks on the PAIMEF window's Deshacer and Rehacer: damaged files, typing, keys, menus."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.exchange.paimef.non_working_days import FILE_NAME
from ism_desktop.gui.help_dialog import HELP_HTML
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.gui.undo_actions import UndoActions
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import AUTHOR, TODAY
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.gui.test_cell_menu_undo import _right_click_menu

pytestmark = pytest.mark.gui


def _day_added_then_file_damaged(window: PaimefWindow, store: Store) -> tuple[Path, str]:
    """A day added in the window, its file then edited by hand, badly; the file, as saved."""
    window.deadlines_tab.non_working_changed.emit([NonWorkingDay(date(2026, 4, 2), "Inventario")])
    assert store.path is not None
    days_file = store.path.with_name(FILE_NAME)
    saved = days_file.read_text("utf-8")
    assert "2026-04-02" in saved
    days_file.write_text('{"dias_inhabiles": [', "utf-8")
    return days_file, saved


def test_undoing_a_day_over_a_days_file_damaged_since_says_so_and_keeps_the_file(
    window: PaimefWindow, store: Store
) -> None:
    days_file, _saved = _day_added_then_file_damaged(window, store)

    window.undo_menu.undo_action.trigger()

    assert days_file.read_text("utf-8") == '{"dias_inhabiles": ['
    assert window.message.text().startswith("No se puede deshacer «días inhábiles»:")
    assert "línea 1" in window.message.text()


def test_the_day_is_undone_once_the_days_file_reads_again(
    window: PaimefWindow, store: Store
) -> None:
    days_file, saved = _day_added_then_file_damaged(window, store)
    window.undo_menu.undo_action.trigger()
    days_file.write_text(saved, "utf-8")  # corrected

    assert window.undo_menu.undo_action.isEnabled()
    window.undo_menu.undo_action.trigger()

    assert "2026-04-02" not in days_file.read_text("utf-8")
    assert window.message.text().startswith("Se deshizo: día inhábil 02/04/2026 quitado")


def test_deshacer_while_an_amount_is_typed_names_the_typing_and_takes_it_back(
    window: PaimefWindow, store: Store
) -> None:
    # The menu said «Deshacer fecha …» while an amount was typed in A.1; chosen, it saved the
    # amount and undid that save instead: the date stayed, the typing went, unannounced.
    window.deadlines_tab.date_edited.emit("firma_instrumento", date(2026, 3, 27), "27/03/2026")
    window.table.selectRow(0)
    window.form.programmed.setText("45000")  # typed in A.1, not yet saved
    window.undo_menu.menu.aboutToShow.emit()

    assert window.undo_menu.undo_action.text() == "&Deshacer lo escrito en la acción A.1"
    assert not window.undo_menu.redo_action.isEnabled()  # saving it will be an edit of its own
    window.undo_menu.undo_action.trigger()

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 27)
    assert window.form.programmed.text() == "30,000.00"
    assert window.message.text().startswith("Se deshizo: Acción A.1, monto programado:")
    window.undo_menu.menu.aboutToShow.emit()
    assert window.undo_menu.redo_action.text() == "&Rehacer acción A.1: monto programado"
    assert window.undo_menu.undo_action.text() == "&Deshacer fecha «Firma del Instrumento Jurídico»"


def test_deshacer_over_typing_that_cannot_be_saved_drops_only_the_typing(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ism_desktop.gui.paimef.action_editing.confirm_loss", lambda *_a: True)
    window.deadlines_tab.date_edited.emit("firma_instrumento", date(2026, 3, 27), "27/03/2026")
    window.table.selectRow(0)
    window.form.programmed.setText("7x9")  # not an amount: asked, and dropped

    window.undo_menu.undo_action.trigger()

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 27)  # not undone with it
    assert window.form.programmed.text() == "30,000.00"
    assert window.message.text() == "Se deshizo lo escrito en la acción A.1: no estaba guardado."
    assert window.undo_menu.undo_action.text() == "&Deshacer fecha «Firma del Instrumento Jurídico»"


def test_ctrl_y_redoes_where_the_system_binds_redo_to_ctrl_shift_z_alone(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, store: Store
) -> None:
    # Linux (xcb) binds Redo to Ctrl+Shift+Z only; «offscreen», as the tests run, has Ctrl+Y.
    linux = [QKeySequence("Ctrl+Shift+Z")]
    monkeypatch.setattr(QKeySequence, "keyBindings", lambda _key: linux)
    shown = PaimefWindow(store, AUTHOR, TODAY)
    qtbot.addWidget(shown)
    monkeypatch.setattr(UndoActions, "refresh", lambda _self: None)  # no session behind it
    main_undo = UndoActions(MagicMock(), shown, lambda *_a: True)

    for action in (shown.undo_menu.redo_action, main_undo.redo_action):
        assert action.shortcuts() == [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]


def test_the_help_tells_the_paimef_windows_own_undo_and_keys() -> None:
    # F1 said Ctrl+Z and Ctrl+Y only for the metas: that the PAIMEF window has its own, and its
    # Alt+D (Editar) and Alt+5 (indicators, no longer Alt+D), was in the README alone.
    said = " ".join(HELP_HTML.split())
    assert "ventana del PAIMEF" in said
    assert "Alt+D <i>Editar</i>" in said
    assert "Alt+5 la pestaña de indicadores" in said


def test_ctrl_z_where_a_day_was_just_added_undoes_the_day(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    # The cursor is back in the emptied «día» box: Ctrl+Z there put the typed date back in the
    # box (Qt's own undo of the emptying), and the day stayed added.
    window.tabs.setCurrentWidget(window.deadlines_tab)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.deadlines_tab.new_day.setFocus()
    qtbot.keyClicks(window.deadlines_tab.new_day, "02/04/2026")
    qtbot.keyClick(window.deadlines_tab.new_day, Qt.Key.Key_Return)
    assert store.path is not None
    assert "2026-04-02" in store.path.with_name(FILE_NAME).read_text("utf-8")

    qtbot.keyClick(window.deadlines_tab.new_day, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert "2026-04-02" not in store.path.with_name(FILE_NAME).read_text("utf-8")
    assert window.deadlines_tab.new_day.text() == ""
    window.undo_menu.redo_action.trigger()  # the day again
    qtbot.keyClicks(window.deadlines_tab.new_day, "03/04")  # typing: Ctrl+Z is the box's own
    qtbot.keyClick(window.deadlines_tab.new_day, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.deadlines_tab.new_day.text() == ""
    assert "2026-04-02" in store.path.with_name(FILE_NAME).read_text("utf-8")


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_saved_fields_right_click_menu_offers_the_windows_undo(
    window: PaimefWindow, store: Store
) -> None:
    # Qt's own entries there undid nothing saved (greyed) and named Ctrl+Mayús+Z.
    window.deadlines_tab.date_edited.emit("firma_instrumento", date(2026, 3, 27), "27/03/2026")
    window.table.selectRow(0)

    justification = window.form.justification.viewport()  # where a right click lands
    for box in (window.form.programmed, window.deadlines_tab.new_day, justification):
        entries = _right_click_menu(box)  # type: ignore[arg-type]  # any widget will do
        names = [name for name, _text, _keys in entries]
        assert "edit-undo" not in names
        assert "edit-redo" not in names
        assert ("", "&Deshacer fecha «Firma del Instrumento Jurídico»", "Ctrl+Z") in entries


def test_deshacer_from_the_menu_while_a_capture_is_typed_takes_back_that_typing(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    # The menu opened over a cell being typed in leaves its editor open: Deshacer undid the
    # date named and the window, shown afresh, dropped «5;10» without a word.
    window.deadlines_tab.date_edited.emit("firma_instrumento", date(2026, 3, 27), "27/03/2026")
    window.tabs.setCurrentWidget(window.indicators_tab)
    with qtbot.waitActive(window):
        window.activateWindow()
    table = window.indicators_tab.table
    table.setCurrentCell(0, 4)
    cell = table.item(0, 4)
    assert cell is not None
    table.editItem(cell)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "5;10")
    window.undo_menu.menu.aboutToShow.emit()

    assert window.undo_menu.undo_action.text() == "&Deshacer lo escrito en el indicador"
    window.undo_menu.undo_action.trigger()

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 27)  # not the step undone
    assert store.paimef.captures() == {}
    assert window.message.text() == "Se deshizo lo escrito en el indicador: no estaba guardado."
    assert table.state() != QAbstractItemView.State.EditingState  # closed, its text not taken
    shown = table.item(0, 4)
    assert shown is not None
    assert shown.text() == ""
    window.undo_menu.undo_action.trigger()  # now the date
    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 13)
