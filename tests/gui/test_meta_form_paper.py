"""The form as the paper row: its columns, its words, and what it shows as it changes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.number_input import parse_figure
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # unit 004: original Q1 900, achieved 761
NOTHING_IN_Q1 = "SERVICIOS OTORGADOS"  # unit 004, tipo P: 0 % programmed in Q1


def test_columns_read_left_to_right_as_on_paper(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    grid = window.form.grid

    def x(series: Series, period: Quarter | None) -> int:
        return grid.cell(RowKind.NUM, series, period).x()

    order = [
        *((Series.ORIGINAL, p) for p in (*Quarter, None)),
        *((Series.MODIFIED, p) for p in (*Quarter, None)),
        *((Series.ACHIEVED, p) for p in Quarter),
    ]
    xs = [x(series, period) for series, period in order]
    assert xs == sorted(xs)
    assert grid.progress.x() > xs[-1]
    rows = [grid.cell(kind, Series.ORIGINAL, Quarter.FIRST).y() for kind in RowKind]
    assert rows == sorted(rows)  # MET, NUM, DEN downwards
    titles = [label.text() for label in grid.findChildren(QLabel)]
    for title in ("PROGRAMADO ORIGINAL", "MODIFICADO", "REALIZADO", "% DE\nAVANCE", "ANUAL"):
        assert title in titles
    assert grid.progress.text() == "84.55%"


@pytest.mark.parametrize("quarter", [Quarter.FIRST, Quarter.THIRD])
def test_the_reported_quarter_is_highlighted(open_window: WindowFactory, quarter: Quarter) -> None:
    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), 2024, quarter))
    select(window, STUDIES)
    grid = window.form.grid
    for period in Quarter:
        tinted = "#ffe082" in grid.cell(RowKind.NUM, Series.ORIGINAL, period).styleSheet()
        assert tinted is (period is quarter)
    assert not grid.cell(RowKind.NUM, Series.ACHIEVED, quarter).isReadOnly()


def test_nothing_programmed_reads_sin_programacion(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    meta = select(window, NOTHING_IN_Q1)

    assert window.form.official_label.text() == "Avance oficial T1: sin programación"
    assert window.form.grid.progress.text() == "sin prog."  # as the list says it; whole beside
    assert window.form.grid.progress.toolTip().endswith("sin programación")
    assert window.model.index_of(meta.stable_id, 1).data() == "sin prog."
    tip = window.model.index_of(meta.stable_id, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "sin programación" in tip


def test_a_figure_refused_while_typed_does_not_drive_the_percentages(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # Past the largest figure, the MET and the % kept the last figure that was admissible,
    # as if it counted: they show what is stored until the figure typed is one.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "99999999999999999", press_enter=False)

    assert "demasiado grande" in window.form.input_error.text()
    assert window.form.grid.progress.text() == "84.55%"
    met = window.form.grid.cell(RowKind.MET, Series.ACHIEVED, Quarter.FIRST)
    assert parse_figure(met.text()) == Decimal(761)


def test_the_empty_form_keeps_nothing_of_the_previous_meta(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    qtbot.keyClicks(window.search, "no hay tal meta")

    assert window.form.meta is None

    grid = window.form.grid
    assert all(not grid.cell(k, s, q).text() for k in RowKind for s in Series for q in Quarter)
    assert grid.progress.text() == ""
    # Nor the colour of its progress: an empty orange box stood where «Avance oficial» was.
    assert window.form.official_label.styleSheet() == ""


def test_a_figure_refused_as_it_is_typed_moves_nothing_below_the_grid(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    legend = window.form.findChild(QLabel, "leyenda_avance")
    assert legend is not None

    def legend_top() -> int:
        QApplication.processEvents()  # the layout settles on the next turn of the loop
        return legend.mapTo(window, QPoint(0, 0)).y()

    before = legend_top()
    type_into(qtbot, achieved_cell(window), "abc", press_enter=False)
    assert window.form.input_error.isVisible()

    assert legend_top() == before


def test_window_title_names_the_quarter_in_good_spanish(open_window: WindowFactory) -> None:
    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.THIRD))
    assert "2024, tercer trimestre" in window.windowTitle()
    assert window.form.narrative_box.title() == "Evaluación cualitativa del tercer trimestre"


def test_a_search_that_hides_the_meta_shown_shows_the_first_it_finds(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The row found was highlighted while the form said «Elija una meta…», and a click on it
    # did nothing: it looked chosen and could not be opened.
    from ism_desktop.gui.meta_tree_model import META_ID_ROLE

    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.FIRST))
    select(window, "IMPULSO DE ACCIONES AFIRMATIVAS")
    qtbot.keyClicks(window.search, "eventos de promocion")

    selected = window.tree.selectionModel().selectedRows()
    shown = window.form.meta
    assert shown is not None
    assert [index.data(META_ID_ROLE) for index in selected] == [shown.stable_id]
    assert shown.description.startswith("EVENTOS CONMEMORATIVOS")

    qtbot.keyClicks(window.search, " en comunidades")  # one of unit 004's, shown in turn
    assert _shown(window).startswith("EVENTOS DE PROMOCIÓN")
    window.search.clear()  # the meta found stays shown when the search is emptied
    assert _shown(window).startswith("EVENTOS DE PROMOCIÓN")


def _shown(window: MainWindow) -> str:
    meta = window.form.meta
    return "" if meta is None else meta.description


def test_the_counter_says_one_character_in_the_singular(open_window: WindowFactory) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)

    window.form.narrative.setPlainText("S")

    assert window.form.char_count.text() == "1 carácter"
