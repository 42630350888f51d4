"""Every figure of the grid is shown whole at 1366×768: never a percentage cut to «9»."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.figure_grid import CELL_MIN_WIDTH
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui

COORDINATOR = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST)
FRAME_AND_MARGINS = 8  # a line edit's frame and text margins, in pixels


def _cut_cells(window: MainWindow) -> list[str]:
    """The cells of the grid whose figure is wider than the cell: shown cut."""
    return [
        f"{cell.accessibleName()} «{cell.text()}»"
        for cell in window.form.grid.findChildren(QLineEdit)
        if cell.fontMetrics().horizontalAdvance(cell.text()) + FRAME_AND_MARGINS > cell.width()
    ]


def test_every_figure_fits_its_cell(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window(COORDINATOR)
    cut: list[str] = []
    for meta in window.session.metas():
        window.select_meta(meta.stable_id)
        qtbot.wait(1)
        cut.extend(f"{meta.description[:30]} {where}" for where in _cut_cells(window))

    assert cut == []


def test_the_largest_figure_allowed_is_shown_whole_at_1366(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # 999 999 999 999 is accepted; the cell showed «99999999», the rest out of sight.
    window = open_window(unit_profile("004"))
    window.resize(1366, 740)
    select(window, "APOYO Y GESTIONES SOCIALES")
    type_into(qtbot, achieved_cell(window), "999999999999")
    qtbot.wait(10)  # the layout gives the wider cells their room on the next turn

    assert achieved_cell(window).text() == "999999999999"
    assert _cut_cells(window) == []
    assert not window.form_area.horizontalScrollBar().isVisible()
    # Only the quarter being reported widens: every long figure widening pushed the grid
    # past the screen, to be scrolled sideways.
    reported = {id(achieved_cell(window, kind)) for kind in RowKind}
    others = [c for c in window.form.grid.findChildren(QLineEdit) if id(c) not in reported]
    assert {cell.minimumWidth() for cell in others} == {CELL_MIN_WIDTH}


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


def _showing(
    open_window: WindowFactory,
    qtbot: QtBot,
    original: tuple[str, ...],
    modified: tuple[str, ...],
    achieved: str,
) -> MainWindow:
    """A 1366-wide window whose form shows a meta of these NUM figures (T1 reported)."""
    from tests.builders import meta, row

    window = open_window(unit_profile("004"))
    window.resize(1366, 740)
    shown = meta(row(original, modified, (achieved, None, None, None)))
    window.form.grid.show_meta(shown, Quarter.FIRST, editable=True)
    qtbot.wait(10)  # the layout gives the cells their room on the next turn
    return window


def test_long_programmed_figures_keep_the_grid_within_the_form(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Every cell holding 1234567.25: each widened to fit, the grid outgrew a 1366 screen and
    # the form scrolled sideways, the achieved quarter out of sight.
    long = "1234567.25"
    window = _showing(open_window, qtbot, (long,) * 4, (long,) * 4, long)

    grid = window.form.grid
    widened = [c for c in grid.findChildren(QLineEdit) if c.minimumWidth() > CELL_MIN_WIDTH]
    assert {id(c) for c in widened} <= {id(achieved_cell(window, kind)) for kind in RowKind}
    assert grid.width() <= window.form_area.viewport().width()


def test_a_figure_too_long_for_a_read_only_cell_shows_that_it_is_cut(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # 150000000 showed as «1500000»: a figure a hundred times smaller, nothing said.
    long = "150000000"
    window = _showing(open_window, qtbot, (long,) * 4, ("900",) * 4, "12")

    cells = window.form.grid.findChildren(QLineEdit)
    assert _cut_cells(window) == []
    marked = [c for c in cells if c.text().endswith("…")]
    assert {c.accessibleName() for c in marked} == {
        f"Programado original {period} {kind}"
        for period in ("T1", "T2", "T3", "T4", "anual")
        for kind in ("MET", "NUM")
    }
    for cell in marked:
        whole = "600000000" if " anual " in cell.accessibleName() else long  # four quarters
        assert whole.startswith(cell.text().removesuffix("…"))
        assert cell.toolTip() == f"{cell.accessibleName()}: {whole}. Solo lectura."
    assert not window.form_area.horizontalScrollBar().isVisible()


def test_an_empty_form_stays_empty_when_the_window_is_resized(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # A search that found nothing emptied the form; a resize brought back the figures of the
    # meta shown before, with no meta on screen.
    window = open_window(unit_profile("004"))
    select(window, "ESTUDIOS SOCIOECONÓMICOS")
    window.search.setText("refugio marciano")
    assert window.form.meta is None

    window.resize(window.width() - 150, window.height())
    qtbot.wait(10)

    cells = window.form.grid.findChildren(QLineEdit)
    assert [c.text() for c in cells if c.text()] == []
    assert [c.toolTip() for c in cells if c.toolTip()] == []
