"""The PAIMEF window's «Historial de cambios» tab, driven as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.audit import Author
from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import shown_paimef
from tests.paimef_builders import programme

pytestmark = pytest.mark.gui
AUTHOR = Author("Unidad 001", "ana")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "datos.sqlite3") as opened:
        opened.paimef.replace(programme(), Author("Coordinación", "luis"), "importación", ["nuevo"])
        yield opened


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> PaimefWindow:
    return shown_paimef(qtbot, store, AUTHOR, date(2026, 3, 20))


def _rows(window: PaimefWindow) -> list[tuple[str, str, str]]:
    table = window.history_tab.table
    rows = []
    for row in range(table.rowCount()):
        if table.isRowHidden(row):
            continue
        cells = [table.item(row, column) for column in (1, 2, 3)]
        rows.append(tuple("" if cell is None else cell.text() for cell in cells))
    return rows  # type: ignore[return-value]


def test_a_saved_acción_is_at_the_top_of_the_history(window: PaimefWindow) -> None:
    window.table.selectRow(0)
    window.form.exercised.setText("1500")
    window.form.save_button.click()

    window.tabs.setCurrentWidget(window.history_tab)

    assert _rows(window) == [
        (
            "Unidad 001 (ana)",
            "acción A.1 guardada",
            "Acción A.1, monto ejercido: «$0.00» → «$1,500.00».",
        ),
        ("Coordinación (luis)", "importación", "nuevo"),
    ]
    assert window.history_tab.counted.text() == "2 cambios, el más reciente primero."


def test_a_change_made_while_the_tab_shows_appears_at_once(window: PaimefWindow) -> None:
    window.tabs.setCurrentWidget(window.history_tab)
    assert len(_rows(window)) == 1

    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")

    assert _rows(window)[0] == (
        "Unidad 001 (ana)",
        "indicador 2, primer trimestre de 2026",
        "Variables capturadas: «130; 100»; resultado 30.00%.",
    )


def test_the_search_keeps_what_has_every_word(window: PaimefWindow, qtbot: QtBot) -> None:
    window.table.selectRow(0)
    window.form.exercised.setText("1500")
    window.form.save_button.click()
    window.tabs.setCurrentWidget(window.history_tab)
    search = window.history_tab.search

    qtbot.keyClicks(search, "ACCION a.1 ana")
    assert [row[1] for row in _rows(window)] == ["acción A.1 guardada"]
    assert window.history_tab.counted.text() == "1 de 2 cambios."

    search.setText("reintegro")
    assert _rows(window) == []
    assert window.history_tab.counted.text() == (
        "Ningún cambio coincide con «reintegro». Esc borra la búsqueda."
    )

    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert len(_rows(window)) == 2
    assert window.isVisible()  # Esc cleared the search; it did not close the window


def test_each_year_shows_its_own_history(window: PaimefWindow) -> None:
    window.tabs.setCurrentWidget(window.history_tab)

    window.year.setValue(2027)

    assert _rows(window) == []
    assert window.history_tab.counted.text() == "El PAIMEF 2027 no tiene cambios registrados."
    window.year.setValue(2026)
    assert [row[1] for row in _rows(window)] == ["importación"]


def test_a_long_what_leaves_the_detail_its_room(window: PaimefWindow, store: Store) -> None:
    long_name = (
        "importación de Programa Anual PAIMEF 2026 versión corregida por la Coordinación " * 2
    )
    store.paimef.replace(programme(), AUTHOR, long_name.strip() + ".xlsx", ["nuevo"])
    window.resize(1280, 700)

    window.tabs.setCurrentWidget(window.history_tab)

    table = window.history_tab.table
    assert table.columnWidth(2) <= 320
    assert table.columnWidth(3) >= 500
    window.history_tab.search.setText("<b>zz</b>")
    assert window.history_tab.counted.textFormat() == Qt.TextFormat.PlainText


def test_shown_again_it_shows_what_changed_in_the_same_number_of_rows(
    window: PaimefWindow, store: Store
) -> None:
    window.tabs.setCurrentWidget(window.history_tab)
    window.tabs.setCurrentIndex(0)
    store._db.execute("UPDATE paimef_audit SET detail = 'otro detalle'")

    window.tabs.setCurrentWidget(window.history_tab)

    assert _rows(window) == [("Coordinación (luis)", "importación", "otro detalle")]


def test_a_long_file_name_in_qué_keeps_its_ending_in_sight(qtbot: QtBot, tmp_path: Path) -> None:
    # «importación de programa_anual_…_revis…»: one word too long for the column was cut at its
    # end, and the file's own name (its ending, its «.json») was the part lost.
    long_name = "programa_anual_paimef_2026_version_final_revisada_por_la_direccion.json"
    with Store.open(tmp_path / "largo.sqlite3") as opened:
        opened.paimef.replace(programme(), AUTHOR, f"importación de {long_name}", ["nuevo"])
        window = shown_paimef(qtbot, opened, AUTHOR, date(2026, 3, 20))
        window.resize(1280, 700)
        window.tabs.setCurrentWidget(window.history_tab)
        table = window.history_tab.table
        cell = table.item(0, 2)

        assert cell is not None
        assert cell.toolTip() == f"importación de {long_name}"
        assert table.columnWidth(2) <= 320
        assert table.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_a_text_emptied_reads_as_empty_in_the_history(window: PaimefWindow) -> None:
    # «Acción A.1, justificación: «Capacitar» → «».»: two bare quotes, read as a slip.
    was = programme().actions[0].justification
    window.table.selectRow(0)
    window.form.justification.setPlainText("")
    window.form.save_button.click()

    window.tabs.setCurrentWidget(window.history_tab)

    assert _rows(window)[0] == (
        "Unidad 001 (ana)",
        "acción A.1 guardada",
        f"Acción A.1, justificación: «{was}» → (vacío).",
    )


def test_a_capture_undone_and_redone_from_the_menu_says_so(window: PaimefWindow) -> None:
    # The undo read «indicador 2, primer trimestre de 2026», like a new capture.
    window.indicators_tab.capture_edited.emit(2, "2026-T1", "130; 100")
    window.tabs.setCurrentWidget(window.history_tab)

    window.undo_menu.undo_action.trigger()
    window.undo_menu.redo_action.trigger()

    assert _rows(window)[:3] == [
        (
            "Unidad 001 (ana)",
            "rehacer: indicador 2, primer trimestre de 2026",
            "Variables capturadas: «130; 100»; resultado 30.00%.",
        ),
        (
            "Unidad 001 (ana)",
            "deshacer: indicador 2, primer trimestre de 2026",
            "Variables borradas: eran «130; 100» (resultado 30.00%).",
        ),
        (
            "Unidad 001 (ana)",
            "indicador 2, primer trimestre de 2026",
            "Variables capturadas: «130; 100»; resultado 30.00%.",
        ),
    ]


def test_one_save_of_two_fields_is_one_row_and_one_undo(window: PaimefWindow, qtbot: QtBot) -> None:
    window.table.selectRow(0)
    window.form.name.setText("Talleres")
    window.form.exercised.setText("1500")
    window.form.save_button.click()
    window.tabs.setCurrentWidget(window.history_tab)

    saved = (
        "Unidad 001 (ana)",
        "acción A.1 guardada",
        "Acción A.1, nombre: «Acción A.1» → «Talleres».\n"
        "Acción A.1, monto ejercido: «$0.00» → «$1,500.00».",
    )
    assert _rows(window) == [saved, ("Coordinación (luis)", "importación", "nuevo")]
    assert window.history_tab.counted.text() == "2 cambios, el más reciente primero."

    # Undone whole: both fields back, and one row says so.
    window.undo_menu.undo_action.trigger()
    stored = window.store.paimef.load(2026)
    assert stored is not None
    assert (stored.actions[0].name, stored.actions[0].exercised) == ("Acción A.1", Decimal(0))
    assert _rows(window)[0] == (
        "Unidad 001 (ana)",
        "deshacer: acción A.1: nombre, monto ejercido",
        "Acción A.1, nombre: «Talleres» → «Acción A.1».\n"
        "Acción A.1, monto ejercido: «$1,500.00» → «$0.00».",
    )
    assert len(_rows(window)) == 3
