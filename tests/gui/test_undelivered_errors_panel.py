"""The coordinator's findings summary says apart the units that have not delivered the quarter."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
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
