"""The coordinator's findings summary says apart the units that have not delivered the quarter."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.finding import Finding, Severity
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.findings_panel import FindingsPanel
from ism_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import type_into
from tests.gui.year_window_setup import COORDINATOR

pytestmark = pytest.mark.gui
SECOND = PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND)


def _second_quarter_started(open_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    """The coordinator's window of the second quarter, one of its own figures typed."""
    # Only the first quarter's official report came: no unit has delivered the second yet.
    window = open_window(SECOND)
    own = next(m for m in window.session.metas() if m.key.unit == UnitCode("002") and m.den is None)
    window.select_meta(own.stable_id)
    # The coordinator starts its own quarter: the summary counts the errors from then on.
    type_into(qtbot, window.form.grid.cell(RowKind.NUM, Series.ACHIEVED, Quarter.SECOND), "1")
    qtbot.waitUntil(lambda: "errores" in window.findings.summary.text())
    return window


def test_units_without_a_package_are_not_told_to_correct_their_errors(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = _second_quarter_started(open_window, qtbot)

    text = window.findings.summary.text()
    assert re.fullmatch(
        r"\d+ errores · \d+ avisos \(\d+ sin justificar\)\. De ellos, \d+ son de la unidad 002: "
        r"corríjalos antes de imprimir el informe institucional\. Los otros 114 son de 7 "
        r"unidades que aún no entregan el trimestre: sus cifras llegan en sus paquetes\.",
        text,
    ), text


def test_a_delivered_quarter_keeps_saying_the_units_correct_their_errors(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The first quarter is in the official report imported: every unit delivered it.
    window = open_window(COORDINATOR)
    qtbot.waitUntil(lambda: window.session.checked)

    assert "aún no entrega" not in window.findings.summary.text()


_RED = "color: #b71c1c"
_AMBER = "color: #8a4b00"


def test_errors_only_of_units_yet_to_deliver_are_not_shown_red(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = _second_quarter_started(open_window, qtbot)
    # The coordinator's own errors stand: red.
    assert window.findings.summary.styleSheet().startswith(_RED)
    rows = window.findings.model.rows()

    # Its own metas complete: the errors left are the figures 7 units have not sent yet.
    others = [row for row in rows if not row.own]
    window.findings.set_rows(
        others, metas=len(window.session.metas()), coordinator=True, unit="002"
    )

    text = window.findings.summary.text()
    assert "aún no entregan el trimestre" in text, text
    assert window.findings.summary.styleSheet().startswith(_AMBER)
    assert "font-weight: bold" not in window.findings.summary.styleSheet()


def _error(meta_id: str, unit: str, *, own: bool = False) -> FindingRow:
    """An error of ``unit``'s meta, as the coordinator's list holds it."""
    finding = Finding(
        "realizado", Severity.ERROR, meta_id, Quarter.SECOND, "num.realizado.T2", "Falta T2."
    )
    return FindingRow(finding, f"META {meta_id}", None, own=own, unit=unit, entity="30")


def _painted(panel: FindingsPanel, unit: str) -> tuple[Any, Any, str]:
    """The foreground, the background and the tooltip of ``unit``'s row."""
    model = panel.model
    (index,) = [model.index(i) for i in range(model.rowCount()) if model.row_at(i).unit == unit]
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    return index.data(Qt.ItemDataRole.ForegroundRole), index.data(BACKGROUND), tip


BACKGROUND = Qt.ItemDataRole.BackgroundRole


def test_the_rows_of_a_unit_yet_to_deliver_are_amber_and_say_why(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    # The summary said them apart in amber; their rows were red like errors to correct.
    panel = FindingsPanel(awaited=lambda: frozenset({("30", UnitCode("001"))}))
    qtbot.addWidget(panel)
    rows = [_error("a", "001"), _error("b", "003"), _error("c", "002", own=True)]

    panel.set_rows(rows, metas=3, coordinator=True, unit="002")
    qtmodeltester.check(panel.model)

    awaited, delivered, own = (_painted(panel, unit) for unit in ("001", "003", "002"))
    assert awaited[:2] == (QColor("#8a4b00"), None)  # the summary's amber
    assert awaited[2] == (
        "Unidad 001 · META a\n\nFalta T2.\n\nError de una unidad que aún no entrega su paquete "
        "del trimestre: estas cifras son las del informe oficial; las suyas llegan en su paquete."
    )
    assert delivered == (
        QColor("#b71c1c"),
        None,
        "Unidad 003 · META b\n\nFalta T2.\n\nError de otra unidad: lo corrige esa unidad.",
    )
    assert own == (
        QColor("#b71c1c"),
        None,
        "Unidad 002 · META c\n\nFalta T2.\n\nError: impide exportar.",
    )


def test_a_unit_that_delivers_since_has_its_rows_red_again(qtbot: QtBot) -> None:
    waiting = {("30", UnitCode("001"))}
    panel = FindingsPanel(awaited=lambda: frozenset(waiting))
    qtbot.addWidget(panel)
    panel.set_rows([_error("a", "001")], metas=1, coordinator=True, unit="002")
    assert _painted(panel, "001")[0] == QColor("#8a4b00")

    waiting.clear()  # its package came: the rows shown are checked again
    panel.set_rows(panel.model.rows(), metas=1, coordinator=True, unit="002")

    assert _painted(panel, "001")[0] == QColor("#b71c1c")
    assert "aún no entrega" not in _painted(panel, "001")[2]


def test_in_the_window_the_undelivered_units_rows_are_amber_and_its_own_red(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = _second_quarter_started(open_window, qtbot)
    model = window.findings.model
    errors = [model.index(i) for i in range(model.rowCount()) if model.row_at(i).finding.is_error]
    colours = {
        (model.row_at(index.row()).unit, index.data(Qt.ItemDataRole.ForegroundRole).name())
        for index in errors
    }

    units = {unit for unit, _colour in colours}
    assert {("002", "#b71c1c")} == {pair for pair in colours if pair[0] == "002"}
    assert {(unit, "#8a4b00") for unit in units - {"002"}} == {
        pair for pair in colours if pair[0] != "002"
    }
    assert len(units) == 8  # its own and the 7 units that have not delivered the second quarter
