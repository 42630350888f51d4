"""The figure grid's columns keep their width whatever the % DE AVANCE says.

The % cell took the width of its text: clearing a figure («sin reportar») or typing a large one
(«2469135.60 %») widened it and squeezed every column of figures, which jumped as one typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui


def _columns(window: MainWindow) -> list[QRect]:
    grid = window.form.grid
    layout = grid.layout()
    assert layout is not None
    layout.activate()  # the layout as it stands after the last figure, without waiting
    cells = [grid.cell(RowKind.NUM, series, Quarter.FIRST) for series in Series]
    return [cell.geometry() for cell in cells] + [grid.progress.geometry()]


@pytest.mark.parametrize("typed", ["", "123456", "1"])
def test_columns_stay_put_while_a_figure_is_typed(
    open_window: WindowFactory, qtbot: QtBot, typed: str
) -> None:
    window = open_window(unit_profile("004"))
    window.resize(1366, 740)
    select(window, "APOYO Y GESTIONES SOCIALES")  # 386 of 500: «77.20 %»
    before = _columns(window)

    type_into(qtbot, achieved_cell(window), typed)

    assert window.form.grid.progress.text() != "77.20%"  # the % did change
    assert _columns(window) == before
