"""The delivery board keeps to a 1366-pixel screen with a dependency of a 5,000-digit code.

A hostile report's code went whole into the board's «Dependencia» column, its headline of
missing units and its chart's labels: the dialog asked for tens of thousands of pixels and
spread past the screen. Cut short in the view, the code is whole in the cell's tooltip.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.status_board import status_board
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from ism_desktop.store.store import Store
from tests.two_dependencies import state_report

pytestmark = pytest.mark.gui
LONG = "8" * 5000
SCREEN = 1366


@pytest.fixture
def dialog(tmp_path: Path, qtbot: QtBot) -> StatusBoardDialog:
    """The second quarter's board (nothing delivered) of dependencies 51 and the long one."""
    text = state_report(tmp_path).read_text(encoding="utf-8")
    source = tmp_path / "larga.txt"
    source.write_text(text.replace("ENTIDAD    84 ", f"ENTIDAD {LONG} "), encoding="utf-8")
    with Store.open(tmp_path / "coordinadora.sqlite3") as store:
        import_etca_file(source, store.reports)
        board = status_board(store, Quarter.SECOND, 2024, today=date(2024, 8, 1))
    assert board is not None
    assert {row.entity for row in board.rows} == {"51", LONG}
    shown = StatusBoardDialog(board)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    QApplication.sendPostedEvents()
    return shown


def test_the_board_fits_the_screen(dialog: StatusBoardDialog) -> None:
    assert dialog.minimumSizeHint().width() <= SCREEN
    assert dialog.width() <= SCREEN
    table = dialog.table
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(table.columnCount() - 1) + header.sectionSize(
        table.columnCount() - 1
    )
    # Every column inside the table's own width: «% unidad» is not pushed out of sight.
    assert right <= table.viewport().width()
    assert header.sectionSize(1) < 200


def test_the_long_code_is_cut_in_the_view_and_whole_in_its_tip(dialog: StatusBoardDialog) -> None:
    table = dialog.table
    cells = [table.item(row, 1) for row in range(table.rowCount())]
    long = [cell for cell in cells if cell is not None and cell.toolTip().startswith(LONG)]
    assert long
    for cell in long:
        assert len(cell.text()) < 20
        assert cell.text().endswith("…")
        assert LONG in cell.toolTip()
    assert len(dialog.missing_label.text()) < 1000
