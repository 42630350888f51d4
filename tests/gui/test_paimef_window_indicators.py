"""The PAIMEF window's indicators tab: a period's values captured, or refused and said why."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _cell
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture

pytestmark = pytest.mark.gui


def test_capturing_an_indicator(window: PaimefWindow, store: Store) -> None:
    tab = window.indicators_tab
    row = next(
        r
        for r in range(tab.table.rowCount())
        if _cell(tab.table, r, 0).text() == "2"
        and "primer trimestre" in _cell(tab.table, r, 2).text()
    )
    # The tip says what each value counts, in order: not the formula's short names.
    tip = _cell(tab.table, row, 4).toolTip()
    assert tip.startswith(
        "Variables, en este orden:\n1) Personas capacitadas en materia de violencia contra "
        "las mujeres en el ejercicio fiscal t\n2) Personas capacitadas"
    )
    assert "personas_capacitadas" not in tip
    _cell(tab.table, row, 4).setText("130; 100")
    assert store.paimef.captures() == {(2, "2026-T1"): (Decimal(130), Decimal(100))}
    # A «Porcentaje» is said with its sign, closed up as the program writes «84.55%».
    assert _cell(tab.table, row, 5).text() == "30.00%"
    assert window.message.text() == "Indicador 2, primer trimestre de 2026: 30.00%"
    _cell(tab.table, row, 4).setText("130; 0")
    # Said with what the value counts, not its short name («personas_capacitadas_t_1»).
    assert window.message.text() == (
        "No se guardó el indicador 2, primer trimestre de 2026: el indicador 2 divide entre "
        "«Personas capacitadas en materia de violencia contra las mujeres en el ejercicio fiscal "
        "t-1», que es cero: no se puede calcular."
    )
    # «;» separates values: «1,000» is one thousand, as every figure of the program is read;
    # a decimal comma is refused, said with what the value counts.
    _cell(tab.table, row, 4).setText("1,5;800")
    assert "«1,5»: la coma solo separa los miles" in window.message.text()
    assert "(variable 1, «Personas capacitadas en" in window.message.text()
    assert "personas_capacitadas" not in window.message.text()
    _cell(tab.table, row, 4).setText("1,040;800")
    assert window.message.text() == "Indicador 2, primer trimestre de 2026: 30.00%"
    # Without «;», «12,500» is not stored as 12 and 500: the last capture stays as it was.
    _cell(tab.table, row, 4).setText("12,500")
    assert window.message.text().startswith(
        "No se guardó el indicador 2, primer trimestre de 2026: «12,500» puede leerse como "
        "números con comas de miles"
    )
    assert store.paimef.captures() == {(2, "2026-T1"): (Decimal(1040), Decimal(800))}


def _tabs_height(window: PaimefWindow) -> int:
    QApplication.processEvents()  # the layout settles on the next turn of the event loop
    return window.tabs.height()


def test_a_long_message_moves_no_button(window: PaimefWindow) -> None:
    # A two-line message under the tabs took a line from them: every button moved up a line.
    window.resize(1280, 700)  # as opened, on a 1366×768 screen
    window._say("Guardado.")
    before = _tabs_height(window)
    window._say("No se guardó el indicador 1, primer trimestre de 2026: " + "una razón larga " * 30)
    assert _tabs_height(window) == before
    assert window.message.height() >= 2 * window.message.fontMetrics().lineSpacing()
    assert window.message.toolTip() == window.message.text()  # all of it, were it cut
    window._say("")
    assert _tabs_height(window) == before


def test_a_refused_capture_stays_in_its_cell_to_be_corrected(
    window: PaimefWindow, store: Store
) -> None:
    tab = window.indicators_tab
    row = next(r for r in range(tab.table.rowCount()) if _cell(tab.table, r, 0).text() == "1")
    _cell(tab.table, row, 4).setText("50;40")
    assert window.message.text().endswith(
        "en el indicador 1 el primer valor (50) no puede ser mayor que el segundo (40), "
        "porque es una parte de él; revise las dos cifras."
    )
    # Emptied, the cell made the person type it all again to correct one figure.
    assert _cell(tab.table, row, 4).text() == "50;40"
    assert store.paimef.captures() == {}
    _cell(tab.table, row, 4).setText("30;40")
    assert window.message.text().endswith(": 75.00%")
    assert _cell(tab.table, row, 4).text() == "30; 40"


def test_the_grid_is_entered_on_the_variables_column(window: PaimefWindow) -> None:
    # Tabbing into the grid put the cursor on «Núm.» of the first row, which takes no typing:
    # the only column typed in is the variables'.
    table = window.indicators_tab.table
    assert table.currentRow() == 0
    assert table.horizontalHeaderItem(table.currentColumn()).text().startswith("Variables")  # type: ignore[union-attr]
    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")  # the rows read again
    assert table.horizontalHeaderItem(table.currentColumn()).text().startswith("Variables")  # type: ignore[union-attr]


def test_each_indicator_name_is_shown_whole_at_1366_by_768(window: PaimefWindow) -> None:
    # Indicator 5's name takes three lines in its column at 1366×768: its rows were two lines
    # tall and ended «…de las violencias …».
    window.resize(1280, 700)
    tab = window.indicators_tab
    window.tabs.setCurrentWidget(tab)
    table = tab.table
    QApplication.processEvents()
    metrics = table.fontMetrics()
    width = table.columnWidth(1) - 8  # the cell's margins
    for row in range(table.rowCount()):
        text = _cell(table, row, 1).text()
        needed = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
        assert table.rowHeight(row) >= needed.height(), text


def test_an_indicator_that_is_not_a_percentage_has_no_sign(window: PaimefWindow) -> None:
    # Indicator 11 counts services per woman («Servicios»): 450 / 150 = 3.00, not «3.00%».
    tab = window.indicators_tab
    row = next(r for r in range(tab.table.rowCount()) if _cell(tab.table, r, 0).text() == "11")
    _cell(tab.table, row, 4).setText("450; 150")
    assert _cell(tab.table, row, 5).text() == "3.00"
    assert window.message.text().endswith(": 3.00")


def test_emptying_a_refused_capture_writes_no_history_line(
    window: PaimefWindow, store: Store
) -> None:
    # A cell holding only a refused text, emptied, wrote «Variables borradas.» in the history:
    # nothing had been stored for that period, so nothing was cleared.
    tab = window.indicators_tab
    row = next(r for r in range(tab.table.rowCount()) if _cell(tab.table, r, 0).text() == "1")
    before = len(store.paimef.history(2026))
    _cell(tab.table, row, 4).setText("1; 0")
    _cell(tab.table, row, 4).setText("")
    assert window.message.text() == "Indicador 1, año 2026: sin capturar."
    assert store.paimef.captures() == {}
    assert len(store.paimef.history(2026)) == before


def test_the_row_reached_by_keyboard_says_its_variables_in_order(window: PaimefWindow) -> None:
    # Which value goes first (t or t-1) was said only in a tip under the mouse: the arrow keys
    # and Tab reached the cell with no word of it.
    window.resize(1280, 700)
    tab = window.indicators_tab
    window.tabs.setCurrentWidget(tab)
    row = next(
        r
        for r in range(tab.table.rowCount())
        if _cell(tab.table, r, 0).text() == "2"
        and "segundo trimestre" in _cell(tab.table, r, 2).text()
    )
    tab.table.setCurrentCell(row, 4)
    assert tab.order.isVisible()
    assert tab.order.text() == (
        "Indicador 2, segundo trimestre de 2026. Variables, en este orden: 1) Personas "
        "capacitadas en materia de violencia contra las mujeres en el ejercicio fiscal t; "
        "2) Personas capacitadas en materia de violencia contra las mujeres en el ejercicio "
        "fiscal t-1."
    )
