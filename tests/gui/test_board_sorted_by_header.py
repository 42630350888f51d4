"""A click on a column's header of the board sorts its units by that column, numbers as numbers.

At a state's scale the board lists 476 units: a click on «Errores» only selected the column, and
the units with errors stayed scattered among the others, one screen of nine rows at a time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.unit_summary import summarize_metas
from ism_desktop.exchange.status_board import StatusBoard, UnitState, UnitStatus
from ism_desktop.gui.status_board_dialog import StatusBoardDialog

pytestmark = pytest.mark.gui
NONE = summarize_metas([], Quarter.FIRST)


def _row(unit: str, errors: int | None, sequence: int | None, received: str | None) -> UnitStatus:
    state = UnitState.MISSING if errors is None else UnitState.RECEIVED
    return UnitStatus(
        "30", UnitCode(unit), f"DIRECCIÓN {unit}", state, NONE, received_at=received,
        sequence=sequence, file_name=None if sequence is None else f"u{unit}.ismpaq",
        errors=errors, unresolved_warnings=errors,
    )  # fmt: skip


# In the board's order, not the names': a dependency 9 goes before a 10 («10» < «9» as text).
ROWS = (
    _row("004", 0, 1, "2024-04-01T17:00:00+00:00"),
    _row("001", 9, 2, "2024-04-09T17:00:00+00:00"),
    _row("003", 12, 10, "2024-03-15T17:00:00+00:00"),
    _row("002", None, None, None),
)


@pytest.fixture
def dialog(qtbot: QtBot) -> StatusBoardDialog:
    shown = StatusBoardDialog(StatusBoard(2024, Quarter.FIRST, ROWS))
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def _titles(dialog: StatusBoardDialog) -> list[str]:
    table = dialog.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]


def _column_index(dialog: StatusBoardDialog, title: str) -> int:
    return [text.removesuffix(" ▲").removesuffix(" ▼") for text in _titles(dialog)].index(title)


def _column(dialog: StatusBoardDialog, column: int) -> list[str]:
    table = dialog.table
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def _click_header(qtbot: QtBot, dialog: StatusBoardDialog, column: int) -> None:
    header = dialog.table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )


def test_the_board_opens_in_the_units_order(dialog: StatusBoardDialog) -> None:
    assert _column(dialog, 0) == [
        "004 DIRECCIÓN 004",
        "001 DIRECCIÓN 001",
        "003 DIRECCIÓN 003",
        "002 DIRECCIÓN 002",
    ]
    assert dialog.table.horizontalHeader().sortIndicatorSection() == -1


@pytest.mark.parametrize(
    ("title", "ascending"),
    [
        # As text «12» came before «9», and «10» before «2».
        ("Errores", ["0", "9", "12"]),
        ("Avisos s/j", ["0", "9", "12"]),
        ("Envío n.º", ["1", "2", "10"]),
    ],
)
def test_a_click_on_a_figures_header_sorts_by_its_number(
    qtbot: QtBot, dialog: StatusBoardDialog, title: str, ascending: list[str]
) -> None:
    column = _column_index(dialog, title)

    _click_header(qtbot, dialog, column)
    first = [text for text in _column(dialog, column) if text != "—"]
    _click_header(qtbot, dialog, column)
    second = [text for text in _column(dialog, column) if text != "—"]

    assert sorted((first, second)) == sorted((ascending, ascending[::-1]))
    # The sorted column alone says so, by an arrow after its title.
    marked = [text for text in _titles(dialog) if text.endswith((" ▲", " ▼"))]
    assert [text[:-2] for text in marked] == [title]
    # Each row's cells travel together: the unit beside its own errors.
    units = _column(dialog, 0)
    errors = _column(dialog, _column_index(dialog, "Errores"))
    assert dict(zip(units, errors, strict=True))["003 DIRECCIÓN 003"] == "12"


def test_a_click_on_received_sorts_by_the_moment_not_the_days_digits(
    qtbot: QtBot, dialog: StatusBoardDialog
) -> None:
    column = _column_index(dialog, "Recibido")

    orders = []
    for _ in range(2):
        _click_header(qtbot, dialog, column)
        orders.append([unit[:3] for unit in _column(dialog, 0) if unit[:3] != "002"])

    # 15 March (003), 1 April (004), 9 April (001); as text «09/04» came before «15/03».
    assert sorted(orders) == sorted((["003", "004", "001"], ["001", "004", "003"]))
