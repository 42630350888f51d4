"""The status line says what the last missed PAIMEF deadline is when there is room for it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import Deadline, compute_deadlines
from ism_desktop.gui.paimef.due_soon_label import DueSoonLabel

pytestmark = pytest.mark.gui

_FEW_WORDS = "Contar con la Constancia de Conclusión del ejercicio anterior (4.2.1.2)"
_NUMERAL = "(el último: 4.2.1.2, 29/05/2026)"


def _deadlines(*, with_final_report: bool = False) -> list[Deadline]:
    """Six past their day by 7 December 2026 (the IMEF missed five), and 8 January's if asked."""
    every = compute_deadlines(2026, {"firma_instrumento": date(2026, 3, 13)}, BusinessCalendar())
    return [
        d
        for d in every
        if d.due < date(2026, 6, 1) or (with_final_report and d.term.key == "informe_final")
    ]


def _shown_in(
    qtbot: QtBot, width: int, deadlines: list[Deadline], today: date = date(2026, 12, 7)
) -> tuple[QMainWindow, DueSoonLabel]:
    window = QMainWindow()
    qtbot.addWidget(window)
    label = DueSoonLabel(window)
    window.statusBar().addWidget(label)
    label.show_deadlines(deadlines, today, BusinessCalendar())
    window.resize(width, 300)
    with qtbot.waitExposed(window):
        window.show()
    return window, label


def test_a_wide_window_names_it_in_a_few_words(qtbot: QtBot) -> None:
    _window, label = _shown_in(qtbot, 1366, _deadlines())

    assert f"(el último: {_FEW_WORDS}, 29/05/2026)" in label.text()


def test_a_narrower_window_keeps_the_numeral_and_the_tooltip_says_it_whole(
    qtbot: QtBot,
) -> None:
    # A width between the two lines, measured in the label's own font.
    probe = DueSoonLabel()
    metrics = probe.fontMetrics()
    short = metrics.horizontalAdvance(f"PAIMEF: 5 plazos vencidos sin cumplimiento {_NUMERAL}")
    extra = metrics.horizontalAdvance(_FEW_WORDS)
    _window, label = _shown_in(qtbot, short + extra // 2 + 60, _deadlines())

    assert label.text().endswith(_NUMERAL)
    assert (
        "29/05/2026 4.2.1.2 Contar con la Constancia de Conclusión del ejercicio anterior "
        "(último día hábil de mayo; si no, se pueden reducir los recursos)"
    ) in label.toolTip()


def test_a_line_too_long_for_the_window_is_cut_not_the_window_widened(qtbot: QtBot) -> None:
    # Late December: the Informe Final is near and five are missed; the line with both was
    # wider than a 1366 px screen and pushed the window off it.
    window, label = _shown_in(
        qtbot, 700, _deadlines(with_final_report=True), today=date(2026, 12, 28)
    )

    assert window.width() == 700
    assert label.text().startswith("PAIMEF: Enviar el Informe Final")
    assert label.text().endswith("…")
    # The whole line is in the tooltip, above the list of deadlines.
    assert label.toolTip().startswith(
        "PAIMEF: Enviar el Informe Final (días hábiles posteriores al cierre del ejercicio) "
        "(4.3.9) vence el 08/01/2027, en 8 días hábiles; 5 plazos vencidos sin cumplimiento "
        f"registrado (el último: {_FEW_WORDS}, 29/05/2026)\n"
    )


_WHERE = (
    "Las entregas se anotan en PAIMEF → Programa Anual, plazos e indicadores…, pestaña "
    "«Fechas y plazos», en «Fechas registradas»."
)


@pytest.mark.parametrize("width", [1366, 700])
def test_the_tooltip_says_where_a_delivery_is_recorded(qtbot: QtBot, width: int) -> None:
    # At 1366 px the line with the last one's few words fills the bar: the next step is said
    # in the tooltip, whole or cut.
    _window, label = _shown_in(qtbot, width, _deadlines(with_final_report=True))

    assert label.toolTip().endswith(f"\n\n{_WHERE}")
    assert "Fechas y plazos" not in label.text()
