"""The deadlines tab counts each term in its own days: hábiles or naturales, said in the cell.

The column counted días hábiles for every term: the 15 March 2026 (a Sunday, the Programa
Anual with a prórroga, 4.3.1, días naturales) read «0» on Friday the 13th, while the status
line said «en 2 días naturales».
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.gui.paimef.deadlines_tab import DeadlinesTab
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from tests.gui.paimef_window_driver import _cell
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui

_LEFT = 4  # the column of what is left


def _left_of(table: QTableWidget, numeral: str, due: str) -> str:
    for row in range(table.rowCount()):
        if (_cell(table, row, 0).text(), _cell(table, row, 1).text()) == (due, numeral):
            return _cell(table, row, _LEFT).text()
    raise AssertionError(f"{numeral} del {due} no está en la lista")


def _tab_on(
    qtbot: QtBot, year: int, dates: dict[str, date], today: date
) -> tuple[QMainWindow, DeadlinesTab]:
    window = QMainWindow()  # returned too: dropped, it takes the tab with it
    qtbot.addWidget(window)
    tab = DeadlinesTab()
    window.setCentralWidget(tab)
    calendar = BusinessCalendar()
    tab.show_deadlines(compute_deadlines(year, dates, calendar), today, calendar)
    return window, tab


def test_the_15_march_on_a_sunday_is_two_natural_days_away_on_friday(qtbot: QtBot) -> None:
    asked = {"solicitud_prorroga_programa": date(2026, 2, 20)}

    _window, tab = _tab_on(qtbot, 2026, asked, today=date(2026, 3, 13))

    assert _left_of(tab.deadlines, "4.3.1", "15/03/2026") == "2 naturales"


def test_a_term_of_business_days_says_hábiles(qtbot: QtBot) -> None:
    # The Informe Final (4.3.9), 5 días hábiles after 31 December 2026: 8 January 2027; from
    # Monday 28 December: 29, 30, 31 December, and 4 to 8 January (1 January is closed).
    _window, tab = _tab_on(qtbot, 2026, {}, today=date(2026, 12, 28))

    assert _left_of(tab.deadlines, "4.3.9", "08/01/2027") == "8 hábiles"
    assert _left_of(tab.deadlines, "4.5.1", "15/01/2027") == "18 naturales"


def test_a_missed_term_says_how_long_ago_in_its_own_days(qtbot: QtBot) -> None:
    # The reintegro of 2026, due Friday 15 January 2027, still missing on Monday the 18th.
    _window, tab = _tab_on(qtbot, 2026, {}, today=date(2027, 1, 18))

    assert _left_of(tab.deadlines, "4.5.1", "15/01/2027") == "hace 3 naturales"
    assert _left_of(tab.deadlines, "4.3.9", "08/01/2027") == "hace 6 hábiles"


def test_the_column_says_what_it_counts_and_fits_on_a_laptop(window: PaimefWindow) -> None:
    window.resize(1366, 740)
    window.tabs.setCurrentWidget(window.deadlines_tab)
    QApplication.processEvents()
    table = window.deadlines_tab.deadlines
    heading = table.horizontalHeaderItem(_LEFT)
    assert heading is not None
    assert heading.text() == "Días restantes"
    # From Friday 20 March 2026 to Friday 15 January 2027: 301 días naturales.
    assert _left_of(table, "4.5.1", "15/01/2027") == "301 naturales"
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        text = _cell(table, row, _LEFT).text()
        assert metrics.horizontalAdvance(text) < table.columnWidth(_LEFT), text
    assert metrics.horizontalAdvance(heading.text()) < table.columnWidth(_LEFT)
