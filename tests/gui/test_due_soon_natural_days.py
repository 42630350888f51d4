"""The status line counts a term of días naturales in días naturales, not «0 días hábiles».

15 March 2026 (the Programa Anual with a prórroga, numeral 4.3.1) is a Sunday: on Friday the
13th the line said «vence el 15/03/2026, en 0 días hábiles», which reads as «no time left» or
«today», when two days remain for a term the rules count in días naturales.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.gui.paimef.due_soon_label import DueSoonLabel

pytestmark = pytest.mark.gui


def _label_on(
    qtbot: QtBot, year: int, dates: dict[str, date], today: date
) -> tuple[QMainWindow, DueSoonLabel]:
    window = QMainWindow()
    qtbot.addWidget(window)
    label = DueSoonLabel(window)
    window.statusBar().addWidget(label)
    calendar = BusinessCalendar()
    pending = [d for d in compute_deadlines(year, dates, calendar) if d.due >= today]
    label.show_deadlines(pending, today, calendar)
    window.resize(1366, 300)
    with qtbot.waitExposed(window):
        window.show()
    return window, label


def test_the_15_march_on_a_sunday_is_two_natural_days_away_on_friday(qtbot: QtBot) -> None:
    asked = {"solicitud_prorroga_programa": date(2026, 2, 20)}

    _window, label = _label_on(qtbot, 2026, asked, today=date(2026, 3, 13))

    assert "(4.3.1) vence el 15/03/2026, en 2 días naturales" in label.text()
    assert "0 días hábiles" not in label.text()


def test_the_reintegro_on_a_saturday_is_one_natural_day_away(qtbot: QtBot) -> None:
    # 15 January 2028 is a Saturday: the TESOFE term of 2027 (4.5.1), 15 días naturales.
    _window, label = _label_on(qtbot, 2027, {}, today=date(2028, 1, 14))

    assert "(4.5.1) vence el 15/01/2028, en 1 día natural" in label.text()


def test_a_term_of_business_days_still_counts_them(qtbot: QtBot) -> None:
    # The Informe Final (4.3.9), 5 días hábiles after 31 December 2026: 8 January 2027.
    _window, label = _label_on(qtbot, 2026, {}, today=date(2026, 12, 28))

    assert "(4.3.9) vence el 08/01/2027, en 8 días hábiles" in label.text()
