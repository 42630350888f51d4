"""PAIMEF window by keyboard: Tab leaves a list for the next control, not its next cell.

The acciones' list held Tab for 32 presses (4 acciones, 8 columns) before the «Nueva acción»
button; on «Fechas y plazos» the recorded dates held it for 70, and the days off field and
«Agregar día» were out of the keyboard's reach. The arrow keys move inside a list.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton
from pytestqt.qtbot import QtBot

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _cell
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def _tab_from(qtbot: QtBot, table: QAbstractItemView) -> object:
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_acciones_list_for_its_buttons(window: PaimefWindow, qtbot: QtBot) -> None:
    assert _tab_from(qtbot, window.table) is window._tab.new_button


def test_tab_goes_from_the_dates_through_the_deadlines_to_the_days_off(
    window: PaimefWindow, qtbot: QtBot
) -> None:
    tab = window.deadlines_tab
    window.tabs.setCurrentWidget(tab)

    assert _tab_from(qtbot, tab.dates) is tab.deadlines
    assert _tab_from(qtbot, tab.deadlines) is tab.non_working
    assert _tab_from(qtbot, tab.non_working) is tab.new_day


def test_after_a_day_is_added_the_cursor_waits_for_the_next_one(window: PaimefWindow) -> None:
    # Left in the reason's field, the next day was typed there by whoever added several.
    tab = window.deadlines_tab
    window.tabs.setCurrentWidget(tab)
    tab.new_day.setText("02/04/2026")
    tab.new_reason.setFocus()
    tab.new_reason.setText("Jueves Santo")

    add = next(b for b in tab.findChildren(QPushButton) if b.text() == "A&gregar día")
    add.click()  # as Alt+G does: the focus stays where it was

    assert tab.non_working.rowCount() == 1
    assert QApplication.focusWidget() is tab.new_day


def test_tab_leaves_the_justification_for_the_next_field(
    window: PaimefWindow, qtbot: QtBot
) -> None:
    # Tab typed a tab character into the acción's justification and never left it.
    form = window.form
    form.justification.setFocus()
    before = form.justification.toPlainText()

    qtbot.keyClick(form.justification, Qt.Key.Key_Tab)

    assert form.justification.toPlainText() == before
    assert QApplication.focusWidget() is not form.justification


def test_tab_leaves_the_goals_for_their_buttons_unless_one_is_being_typed(
    window: PaimefWindow, qtbot: QtBot
) -> None:
    # «Agregar meta», «Quitar meta» and «Guardar acción» were out of Tab's reach: it went
    # round the goals' cells. While a cell is typed in, Tab still goes on to the next one.
    goals = window.form.goals
    goals.setFocus()
    goals.setCurrentCell(0, 0)
    goals.editItem(_cell(goals, 0, 0))
    editor = QApplication.focusWidget()
    assert editor is not goals

    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert goals.currentColumn() == 1

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(goals, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QPushButton)


def test_the_window_opens_on_the_acciones_list(window: PaimefWindow, qtbot: QtBot) -> None:
    # It opened in «Ejercicio»: an arrow key pressed to move in the list changed the year.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    assert QApplication.focusWidget() is window.table


def test_tab_in_the_indicators_goes_to_the_next_periods_variables(
    window: PaimefWindow, qtbot: QtBot
) -> None:
    # Tab went cell by cell: from the variables typed to «Valor», which takes no typing, then
    # through the next row's number, name, period and frequency (6 presses a row, 40 rows).
    tab = window.indicators_tab
    window.tabs.setCurrentWidget(tab)
    table = tab.table
    row = next(r for r in range(table.rowCount()) if _cell(table, r, 0).text() == "2")
    table.setFocus()
    table.setCurrentCell(row, 4)
    table.editItem(_cell(table, row, 4))
    qtbot.keyClicks(QApplication.focusWidget(), "130; 100")

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    assert _cell(table, row, 5).text() == "30.00%"
    assert (table.currentRow(), table.currentColumn()) == (row + 1, 4)
    assert QApplication.focusWidget() is not table  # its editor open, to type the next period

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # not typing: Tab leaves the grid, as elsewhere
    assert QApplication.focusWidget() is not table


def test_a_date_is_typed_on_the_event_chosen_by_keyboard(
    window: PaimefWindow, store: Store, qtbot: QtBot
) -> None:
    # The list was entered on the event's name, which takes no typing: «20/03/2026» typed
    # after the arrow keys went nowhere, and the date stayed as it was.
    tab = window.deadlines_tab
    window.tabs.setCurrentWidget(tab)
    dates = tab.dates
    signing = next(
        r for r in range(dates.rowCount()) if _cell(dates, r, 0).text().startswith("Firma")
    )
    dates.setFocus()
    dates.setCurrentCell(signing, 0)  # as the arrow keys or a click on the name leave it

    qtbot.keyClicks(dates, "2")  # the first key opens the date's editor, with it typed
    qtbot.keyClicks(QApplication.focusWidget(), "0/03/2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    stored = store.paimef.load(2026)
    assert stored is not None
    assert stored.dates["firma_instrumento"] == date(2026, 3, 20)


def _typing_in(table: QAbstractItemView) -> bool:
    focus = QApplication.focusWidget()
    return focus is table or (focus is not None and table.isAncestorOf(focus))


@pytest.mark.parametrize(("last", "key"), [(True, Qt.Key.Key_Tab), (False, Qt.Key.Key_Backtab)])
def test_tab_typing_past_the_last_period_leaves_the_indicators(
    window: PaimefWindow, qtbot: QtBot, last: bool, key: Qt.Key
) -> None:
    # Past the last row (Shift+Tab: the first) there is no next period: the same cell's editor
    # opened again, and Tab kept the person in it however often it was pressed.
    tab = window.indicators_tab
    window.tabs.setCurrentWidget(tab)
    table = tab.table
    row = table.rowCount() - 1 if last else 0
    table.setFocus()
    table.setCurrentCell(row, 4)
    table.editItem(_cell(table, row, 4))
    assert _typing_in(table)

    qtbot.keyClick(QApplication.focusWidget(), key)

    assert not _typing_in(table)
