"""The PAIMEF window's line of messages says what the person now sees, never a stale result."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PaimefWindow]:
    monkeypatch.setattr("ism_desktop.gui.paimef.action_editing.confirm_loss", lambda *_args: True)
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        shown = PaimefWindow(store, AUTHOR, date(2026, 3, 20))
        qtbot.addWidget(shown)
        yield shown


def test_another_year_does_not_keep_the_last_years_message(window: PaimefWindow) -> None:
    # «Acción A.1 eliminada.» stayed under the empty 2027.
    window.table.selectRow(0)
    window.delete_action()
    assert window.message.text() == "Acción A.1 eliminada."

    window.year.setValue(2027)

    assert window.message.text() == (
        "El ejercicio 2027 no tiene Programa Anual guardado: empieza vacío."
    )
    window.year.setValue(2026)
    assert window.message.text() == ""


def test_delete_with_no_acción_chosen_says_so(window: PaimefWindow) -> None:
    # The click did nothing at all.
    window.new_action()

    window.delete_action()

    assert window.message.text() == "Elija en la lista la acción que quiere eliminar."


def test_a_cleared_capture_says_the_period_is_not_captured(window: PaimefWindow) -> None:
    # Emptying the cell left the message of the capture before it: «…: 30.00%».
    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")
    assert window.message.text() == "Indicador 2, primer trimestre de 2026: 30.00%"

    window.indicators_tab.capture_edited.emit(2, "2026-T1", "")

    assert window.message.text() == "Indicador 2, primer trimestre de 2026: sin capturar."


def test_refused_variables_stay_in_their_cell_to_be_corrected(window: PaimefWindow) -> None:
    # «130; 1O0» (a letter O) was refused: the cell kept it, but looked stored, with no reason.
    table = window.indicators_tab.table

    def cell(row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None
        return item

    row = next(
        r
        for r in range(table.rowCount())
        if cell(r, 0).text() == "2" and "primer trimestre" in cell(r, 2).text()
    )

    cell(row, 4).setText("130; 1O0")

    assert window.message.text().startswith("No se guardó el indicador 2, primer trimestre")
    assert cell(row, 4).text() == "130; 1O0"
    assert cell(row, 4).toolTip().startswith("No se guardó: «1O0» no es un número")
    assert cell(row, 5).text() == "sin capturar"
    assert window.store.paimef.captures() == {}

    cell(row, 4).setText("130; 100")

    assert window.store.paimef.captures() != {}
    assert cell(row, 5).text() == "30.00%"
    assert cell(row, 4).toolTip().startswith("Variables, en este orden:")


def test_refused_variables_stay_when_another_period_is_captured(window: PaimefWindow) -> None:
    # Capturing another period reads every row again from the database: the refused text, never
    # stored, went from its cell with nothing said, to be typed again in full.
    table = window.indicators_tab.table

    def cell(period: str, column: int) -> QTableWidgetItem:
        row = next(
            r
            for r in range(table.rowCount())
            if table.item(r, 0).text() == "2" and period in table.item(r, 2).text()  # type: ignore[union-attr]
        )
        item = table.item(row, column)
        assert item is not None
        return item

    cell("primer trimestre", 4).setText("130; 1O0")
    cell("segundo trimestre", 4).setText("140; 100")

    assert window.message.text().startswith("Indicador 2, segundo trimestre")
    assert cell("segundo trimestre", 5).text() == "40.00%"
    assert cell("primer trimestre", 4).text() == "130; 1O0"
    assert cell("primer trimestre", 4).toolTip().startswith("No se guardó: «1O0» no es un número")
    assert cell("primer trimestre", 5).text() == "sin capturar"

    cell("primer trimestre", 4).setText("130; 100")  # corrected: stored, no longer kept

    assert cell("primer trimestre", 5).text() == "30.00%"
    cell("segundo trimestre", 4).setText("150; 100")
    assert cell("primer trimestre", 4).text() == "130; 100"
    assert cell("primer trimestre", 4).toolTip().startswith("Variables, en este orden:")


@pytest.mark.parametrize("close", [False, True])
def test_closing_with_refused_variables_asks_first(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch, close: bool
) -> None:
    # Esc closed the window and the red «130; 1O0», never stored, went with it unasked; the
    # main window asks in the same case.
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return close

    monkeypatch.setattr("ism_desktop.gui.paimef.indicators_tab.confirm_loss", answer)
    window.show()
    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 1O0")

    window.reject()

    assert len(asked) == 1
    assert "Indicador 2, primer trimestre de 2026: «130; 1O0»" in asked[0]
    assert asked[0].endswith("¿Cerrar de todos modos? Lo escrito se pierde.")
    assert ".)" not in asked[0]  # the reason's own full stop is not left inside its brackets
    assert window.isVisible() is not close


def test_closing_with_every_capture_stored_asks_nothing(
    window: PaimefWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr("ism_desktop.gui.paimef.indicators_tab.confirm_loss", answer)
    window.show()
    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")

    window.reject()

    assert asked == []
    assert not window.isVisible()
