"""The window's board names the units waiting for a decision on a target-change request.

The field is computed from the requests received (``tests/e2e/test_board_pending_requests``);
here, that the board dialog says it, and where the coordinator decides them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.status_board import StatusBoard, status_board
from ism_desktop.gui.status_board_dialog import StatusBoardDialog
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui
COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)


def _said(open_window: WindowFactory, qtbot: QtBot, asked: dict[str, int]) -> list[str]:
    window = open_window(COORDINATOR)
    board = status_board(window.session.store, Quarter.FIRST, 2024)
    assert board is not None
    rows = tuple(replace(row, requested_metas=asked.get(row.unit.value, 0)) for row in board.rows)
    dialog = StatusBoardDialog(StatusBoard(2024, Quarter.FIRST, rows), window)
    qtbot.addWidget(dialog)
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_the_board_names_the_units_waiting_and_where_to_decide(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    said = _said(open_window, qtbot, {"004": 1, "008": 3})

    assert (
        "Solicitudes de cambio de meta por decidir: 004 (1 meta), 008 (3 metas); se deciden en "
        "la ventana «Solicitudes de cambio de meta…» del menú Coordinación."
    ) in said  # a sentence that ends: ending on «…meta…» it read as cut off


def test_nothing_is_said_with_none_waiting(open_window: WindowFactory, qtbot: QtBot) -> None:
    said = _said(open_window, qtbot, {})

    assert not any(text.startswith("Solicitudes") for text in said)
