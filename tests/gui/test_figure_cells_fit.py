"""Every figure of the grid is shown whole at 1366×768: never a percentage cut to «9»."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
FRAME_AND_MARGINS = 8  # a line edit's frame and text margins, in pixels


def test_every_figure_fits_its_cell(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(COORDINATOR)
    cut: list[str] = []
    for meta in window.session.metas():
        window.select_meta(meta.stable_id)
        qtbot.wait(1)
        for cell in window.form.grid.findChildren(QLineEdit):
            text = cell.text()
            if cell.fontMetrics().horizontalAdvance(text) + FRAME_AND_MARGINS > cell.width():
                cut.append(f"{meta.description[:30]} {cell.accessibleName()} «{text}»")

    assert cut == []


def test_a_cell_marked_wrong_keeps_its_figure_whole(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(COORDINATOR)
    meta = window.session.metas()[0]
    window.select_meta(meta.stable_id)
    grid = window.form.grid
    [cell, *_] = grid.editable_cells(meta, Quarter.FIRST)
    cell.setText("9,999.5")

    grid.mark_invalid(cell, "«9,999.5» es demasiado grande.")

    # The style of a wrong figure replaced the smaller type the cell had been given.
    assert cell.fontMetrics().horizontalAdvance(cell.text()) + FRAME_AND_MARGINS <= cell.width()
