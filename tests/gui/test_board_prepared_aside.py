"""The board of deliveries is prepared off the window's thread, the window saying so.

With a state's report (5,000 metas of 477 units) the board checks every meta again for its
counts: two seconds of CPU, seven on a busy laptop, the Coordinación menu frozen open on the
screen without a word until the board appeared.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange import status_board as board_module
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from tests.gui.conftest import WindowFactory
from tests.gui.test_report_written_aside import WindowTicks
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui
PREPARING_BOARD = "Preparando el tablero de entregas…"


def test_the_board_is_prepared_while_the_window_answers(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(COORDINATOR)
    ticks = WindowTicks(window)
    monkeypatch.setattr(board_module, "status_board", ticks.wrap(board_module.status_board))
    shown: list[list[str]] = []

    def exec_(dialog: StatusBoardDialog) -> int:
        table = dialog.table
        items = (table.item(row, 0) for row in range(table.rowCount()))
        shown.append([item.text() for item in items if item is not None])
        return 0

    monkeypatch.setattr(StatusBoardDialog, "exec", exec_)

    window.coordination.show_board()
    ticks.stop()

    assert ticks.answered == [True]
    assert ticks.said == {PREPARING_BOARD}
    [units] = shown
    assert (
        "004 ISM DIRECCIÓN DE ATENCIÓN CIUDADANA" in units
    )  # the sample report's units, as before


def test_a_year_without_a_programme_says_so_and_shows_no_board(
    open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2031, Quarter.FIRST))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(StatusBoardDialog, "exec", lambda _d: pytest.fail("board shown"))

    window.coordination.show_board()

    assert said == ["No hay programa cargado."]
