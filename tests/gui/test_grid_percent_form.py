"""Every percentage in the figure grid is written as the official form writes it.

At 1366 a whole percentage showed «100%» beside «99.44 %»: the form prints the sign close up,
a whole MET percentage without decimals («100%», «99.44%») and its % DE AVANCE with two.
"""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

_FORM_PERCENT = re.compile(r"^\d+(\.\d\d)?%$")


@pytest.mark.parametrize("width", [1366, 1900])
def test_percentages_in_the_grid_are_written_as_the_form_writes_them(
    open_window: WindowFactory, qtbot: QtBot, width: int
) -> None:
    window = open_window(unit_profile("009"))
    window.resize(width, 740)
    select(window, "PORCENTAJE DE CUMPLIMIENTO")  # MET 100 programmed, 99.44 achieved
    grid = window.form.grid

    met_cells = [grid.cell(RowKind.MET, s, q) for s in Series for q in Quarter]
    written = [cell.text() for cell in met_cells] + [grid.progress.text()]

    assert [text for text in written if text and not _FORM_PERCENT.match(text)] == []
    assert grid.cell(RowKind.MET, Series.ORIGINAL, Quarter.FIRST).text() == "100%"
    assert grid.cell(RowKind.MET, Series.ACHIEVED, Quarter.FIRST).text() == "99.44%"
    assert grid.progress.text() == "99.44%"
