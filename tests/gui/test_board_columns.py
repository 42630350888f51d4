"""The coordinator's tables show every column whole at 1366×768: no sideways scrolling."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import TargetChangeRequest
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.status_board import UnitState, status_board
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from ism_desktop.gui.year_dialogs import RequestsDialog
from tests.e2e.cli_runner import run_cli
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import open_board, select

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"
REASON = (
    "Ampliación de la cobertura a los municipios de la sierra alta y del río Sonora, por "
    "acuerdo con los ayuntamientos y el DIF estatal"
)


def _columns_cut(table: QTableWidget) -> list[str]:
    """The headers of the columns not wholly inside the table's visible width."""
    header = table.horizontalHeader()
    width = table.viewport().width()
    cut = []
    for column in range(table.columnCount()):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if header.sectionViewportPosition(column) < 0 or right > width:
            item = table.horizontalHeaderItem(column)
            cut.append(item.text() if item is not None else str(column))
    return cut


def _header_tip(table: QTableWidget, text: str) -> str:
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is not None and item.text() == text:
            return item.toolTip()
    raise AssertionError(text)


def test_the_board_with_late_units_shows_every_column(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    store = window.session.store
    # The second quarter: the first is in the official report imported, delivered there.
    store.years.set_delivery_dates(2024, {Quarter.SECOND: "2024-07-15"})
    board = status_board(store, Quarter.SECOND, 2024, today=date(2024, 7, 18))
    assert board is not None
    # One unit's package came in: its row fills the date and count columns.
    received = replace(
        board.rows[3],
        state=UnitState.RECEIVED,
        received_at="2024-07-12T12:07:41-07:00",
        sequence=12,
        errors=0,
        unresolved_warnings=14,
    )
    rows = (*board.rows[:3], received, *board.rows[4:])
    dialog = StatusBoardDialog(replace(board, rows=rows), window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    table = dialog.table

    assert "falta (atrasada)" in [table.item(r, 1).text() for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert _columns_cut(table) == []
    assert not table.horizontalScrollBar().isVisible()
    # A unit's name too long for its column is whole in its tip.
    names = [table.item(r, 0) for r in range(table.rowCount())]
    assert all(item is not None and item.toolTip() == item.text() for item in names)
    # And shortened on its one line: wrapped, «002 ISM DIRECCIÓN DE EVALUACIÓN Y SEGUIMIENTO
    # TÉCNICO» took two lines squeezed into a row one line high.
    assert len({table.sizeHintForRow(r) for r in range(table.rowCount())}) == 1


def test_the_board_explains_the_right_headers(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(COORDINATOR)
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None
    dialog = StatusBoardDialog(board, window)
    qtbot.addWidget(dialog)

    assert _header_tip(dialog.table, "Envío n.º").startswith("Número de envío")
    assert _header_tip(dialog.table, "Avisos s/j").startswith("Avisos sin justificar: los que")
    assert _header_tip(dialog.table, "Recibido") == ""


Asked = tuple[str, str, str, str, str]  # field, label, current, requested, reason
T2 = ("modificado.t2.num", "Modificado T2 (NUM)", "500.00", "650", REASON)
ANNUAL = ("modificado.anual.num", "Modificado anual (NUM)", "1900.00", "2050", "")


def _requests_shown(open_window: WindowFactory, qtbot: QtBot, *asked: Asked) -> RequestsDialog:
    """The coordinator's requests dialog, shown, with unit 004 asking these of «Estudios»."""
    window = open_window(COORDINATOR)
    store = window.session.store
    meta_id = select(window, STUDIES).stable_id
    requests = [
        TargetChangeRequest(2024, "30", UnitCode("004"), meta_id, *item, "", "2024-04-02", 1)
        for item in asked
    ]
    store.target_requests.replace_for_unit(2024, "30", UnitCode("004"), requests)
    dialog = RequestsDialog(store.target_requests.pending(2024), [], {meta_id: STUDIES})
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_a_long_request_reason_is_read_whole(open_window: WindowFactory, qtbot: QtBot) -> None:
    table = _requests_shown(open_window, qtbot, T2).table

    assert _columns_cut(table) == []
    assert not table.horizontalScrollBar().isVisible()
    reason = table.item(0, 4)
    assert reason is not None
    assert reason.text() == REASON
    assert reason.toolTip() == REASON
    # Wrapped onto as many lines as it takes, in a row tall enough for them.
    lines = table.fontMetrics().boundingRect(
        0, 0, table.columnWidth(4) - 8, 10_000, int(Qt.TextFlag.TextWordWrap), REASON
    )
    assert table.rowHeight(0) >= lines.height()


def test_an_annual_that_follows_its_quarter_is_on_the_quarters_line(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Deciding the annual alone is refused («el anual se recalcula»): it had a line of its own,
    # with «—» for a reason, that could only lead to that refusal.
    dialog = _requests_shown(open_window, qtbot, T2, ANNUAL)

    assert dialog.table.rowCount() == 1
    change = dialog.table.item(0, 3)
    assert change is not None
    assert change.text() == "Modificado T2 (NUM): 500 → 650 (anual: 1900 → 2050)"
    assert any(label.text() == "Pendientes: 1" for label in dialog.findChildren(QLabel))


def test_the_board_shows_each_units_percent_as_the_status_command_does(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    # The command's table had «% unidad»; the window's, the same board, did not.
    window = open_window(COORDINATOR)
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None
    dialog = StatusBoardDialog(board, window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    shown = {
        table.item(r, 0).text().split()[0]: table.item(r, headers.index("% unidad")).text()  # type: ignore[union-attr]
        for r in range(table.rowCount())
    }
    printed = run_cli("status", "--db", db_path, "--trimestre", "1").stdout.splitlines()
    start = next(i for i, line in enumerate(printed) if line.startswith("Unidad"))
    rows = [line.split() for line in printed[start + 1 :] if line[:3].isdigit()]

    # The command's last column, as the window writes a percentage (as the printed form: «84.55%»).
    assert shown == {row[0]: "—" if row[-1] == "—" else f"{row[-1]}%" for row in rows}
    assert any(text.endswith("%") for text in shown.values())
    assert _header_tip(table, "% unidad").startswith("% de la unidad: promedio simple")
    assert _columns_cut(table) == []


def test_the_board_numbers_its_units_by_their_code_alone(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    """A row count beside the codes read «7 | 008 ISM DIRECCIÓN…»: two numbers for one unit."""
    window = open_window(COORDINATOR)
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None
    dialog = StatusBoardDialog(board, window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()

    names = [dialog.table.item(r, 0) for r in range(dialog.table.rowCount())]
    assert [item.text()[:3] for item in names if item is not None][-2:] == ["008", "009"]
    assert not dialog.table.verticalHeader().isVisible()


def test_the_board_of_the_official_report_shows_every_name_whole(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # At 1366×768 the board kept 1100 pixels of the screen, and «abierto: puede cerrarse» beside
    # «en el informe oficial importado» left the names «004 ISM DIRECCIÓN DE ATE…».
    table = open_board(open_window(COORDINATOR), qtbot).table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]  # type: ignore[union-attr]
    widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)

    assert "002 ISM DIRECCIÓN DE EVALUACIÓN Y SEGUIMIENTO TÉCNICO" in names
    assert table.columnWidth(0) >= widest + 8  # the cell's own margins
    assert _columns_cut(table) == []
    assert not table.horizontalScrollBar().isVisible()
