"""The status line says what the last missed PAIMEF deadline is when there is room for it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.gui.paimef.due_soon_label import DueSoonLabel

pytestmark = pytest.mark.gui

_FEW_WORDS = "Contar con la Constancia de Conclusión del ejercicio anterior (4.2.1.2)"


def _shown_in(qtbot: QtBot, width: int) -> tuple[QMainWindow, DueSoonLabel]:
    window = QMainWindow()
    qtbot.addWidget(window)
    label = DueSoonLabel(window)
    window.statusBar().addWidget(label)
    deadlines = compute_deadlines(
        2026, {"firma_instrumento": date(2026, 3, 13)}, BusinessCalendar()
    )
    late = [d for d in deadlines if d.due < date(2026, 6, 1)]
    label.show_deadlines(late, date(2026, 12, 7), BusinessCalendar())
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, label


def test_a_wide_window_names_it_in_a_few_words(qtbot: QtBot) -> None:
    _window, label = _shown_in(qtbot, 1366)

    assert f"(el último: {_FEW_WORDS}, 29/05/2026)" in label.text()


def test_a_narrow_window_keeps_the_numeral_and_the_tooltip_says_it_whole(qtbot: QtBot) -> None:
    _window, label = _shown_in(qtbot, 500)

    assert label.text().endswith("(el último: 4.2.1.2, 29/05/2026)")
    assert (
        "29/05/2026 4.2.1.2 Contar con la Constancia de Conclusión del ejercicio anterior "
        "(último día hábil de mayo; si no, se pueden reducir los recursos)"
    ) in label.toolTip()
