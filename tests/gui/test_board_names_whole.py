"""The delivery board's unit names keep their room once packages arrive, at 1366×768.

With a state's 60 dependencies, the «Recibido» dates of the packages and the titles wider than
their cells («Dependencia» over «01») took the room of the names: «006 PSP DIRECCIÓN DE
EVALUACIÓN Y SEGUIMIENT…». The titles now take two lines; the name column what is left.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyle, QTableWidget
from pytestqt.qtbot import QtBot

from bench.generate_state_report import build
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.status_board import StatusBoard, UnitState, UnitStatus, status_board
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from ism_desktop.store.store import Store

pytestmark = pytest.mark.gui
SCREEN = 1366


@pytest.fixture
def printed_names(tmp_path: Path) -> list[str]:
    """The units' names as the generated state report prints them, with their codes."""
    text, expected = build(metas=1200, dependencies=60, seed=2024)
    (tmp_path / "estatal.txt").write_text(text, encoding="utf-8")
    return sorted({f"{meta['unit']} {meta['unit_name']}" for meta in expected})


def _received(row: UnitStatus) -> UnitStatus:
    """``row`` with its unit's package received, closing its quarter."""
    return replace(
        row,
        state=UnitState.RECEIVED,
        received_at="2024-04-12T12:07:41-07:00",
        sequence=12,
        file_name=f"u{row.unit}.ismpaq",
        errors=3,
        unresolved_warnings=14,
        closed=True,
    )


def _third_received(board: StatusBoard) -> StatusBoard:
    """``board`` with a package received from every third unit."""
    rows = [_received(row) if n % 3 == 0 else row for n, row in enumerate(board.rows)]
    return replace(board, rows=tuple(rows))


@pytest.fixture
def dialog(tmp_path: Path, qtbot: QtBot, printed_names: list[str]) -> StatusBoardDialog:
    """The first quarter's board, a package received from every third unit."""
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        import_etca_file(tmp_path / "estatal.txt", store.reports)
        board = status_board(store, Quarter.FIRST, 2024)
    assert board is not None
    shown = StatusBoardDialog(_third_received(board))
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def _room(table: QTableWidget) -> int:
    """The width a name may take in the first column: its cell less the text's margins."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return table.columnWidth(0) - 2 * margin - 1  # and the grid's line


def test_every_unit_name_is_whole_beside_the_received_dates(
    dialog: StatusBoardDialog, printed_names: list[str]
) -> None:
    table = dialog.table
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(name) for name in printed_names)
    assert widest >= 390  # «007 CEAGP DIRECCIÓN GENERAL DE ADMINISTRACIÓN Y FINANZAS»-long
    assert dialog.width() <= SCREEN
    # Sized to their contents, the dates are whole too.
    assert metrics.horizontalAdvance("12/04/2024 19:07") < table.columnWidth(4)

    cut = [name for name in printed_names if metrics.horizontalAdvance(name) > _room(table)]

    assert cut == []
    assert not table.horizontalScrollBar().isVisible()


def test_the_titles_keep_their_words_and_their_tips(dialog: StatusBoardDialog) -> None:
    table = dialog.table
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]

    assert titles[:2] == ["Unidad", "Dependencia"]
    assert "Envío n.º" in titles
    assert "Avisos s/j" in titles
    names = [table.item(r, 0) for r in range(table.rowCount())]
    assert all(item is not None and item.toolTip() == item.text() for item in names)
