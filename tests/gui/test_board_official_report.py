"""The window's board says a quarter the imported official report holds was delivered there.

It listed every unit as «Faltan …» in red for the quarter of the report just imported, while
closing their quarter was accepted as delivered in that report.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.status_board import status_board
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from tests.gui.conftest import WindowFactory
from tests.gui.test_board_columns import _columns_cut

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _board(open_window: WindowFactory, qtbot: QtBot, quarter: Quarter) -> StatusBoardDialog:
    window = open_window(COORDINATOR)
    board = status_board(window.session.store, quarter, 2024)
    assert board is not None
    dialog = StatusBoardDialog(board, window)
    qtbot.addWidget(dialog)
    return dialog


def _states(dialog: StatusBoardDialog) -> dict[str, str]:
    table = dialog.table
    return {
        table.item(r, 0).text()[:3]: table.item(r, 1).text()  # type: ignore[union-attr]
        for r in range(table.rowCount())
    }


def test_the_quarter_of_the_imported_report_is_delivered_in_it(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    dialog = _board(open_window, qtbot, Quarter.FIRST)

    states = _states(dialog)
    assert states.pop("002") == "propia"
    assert set(states.values()) == {"en el informe oficial importado"}
    said = [label.text() for label in dialog.findChildren(QLabel)]
    assert (
        "Todas las unidades están al día: 7 unidades sin paquete, con sus cifras en el informe "
        "oficial importado y el trimestre abierto aquí." in said
    )
    # The longer state still leaves every column in sight at 1366×768.
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert _columns_cut(dialog.table) == []


def test_a_later_quarter_is_still_missing(open_window: WindowFactory, qtbot: QtBot) -> None:
    dialog = _board(open_window, qtbot, Quarter.SECOND)

    assert _states(dialog)["004"] == "falta"
    said = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Faltan 7 unidades: 001, 003, 004, 005, 006, 008, 009." in said


def test_their_open_quarter_is_said_closable(open_window: WindowFactory, qtbot: QtBot) -> None:
    # «abierto» alone read as something still awaited from the unit: no package will come.
    dialog = _board(open_window, qtbot, Quarter.FIRST)
    table = dialog.table
    quarter_column = {
        table.item(r, 0).text()[:3]: table.item(r, 2)  # type: ignore[union-attr]
        for r in range(table.rowCount())
    }

    assert quarter_column["002"].text() == "abierto"  # type: ignore[union-attr]
    cell = quarter_column["004"]
    assert cell is not None
    assert cell.text() == "abierto: puede cerrarse"
    assert cell.toolTip().startswith("Abiertos aquí con sus cifras del informe oficial importado:")
    said = [label.text() for label in dialog.findChildren(QLabel)]
    assert cell.toolTip() in said
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert _columns_cut(dialog.table) == []
