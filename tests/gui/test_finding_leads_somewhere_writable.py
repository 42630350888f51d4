"""«Ir al campo» on a finding about a figure the unit cannot type leads somewhere useful.

The modified target changes only through its button (and its dialog); the programmed original
is the approved programme's. Focusing their read-only cells left the person in a cell that
takes no typing, with nothing said.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource
from ism_desktop.gui.findings_model import FindingRow
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell

pytestmark = pytest.mark.gui
CHANGED = "f20501255102642a"  # unit 004: modified target 3600 against an original of 1080
EVENTS = "324d66f81b69ca65"  # unit 004: original T1 50


def _go(window: MainWindow, rule: str, meta_id: str) -> FindingRow:
    model = window.findings.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    (row,) = [r for r in rows if r.finding.rule == rule and r.finding.meta_id == meta_id]
    window.findings.list.setCurrentIndex(
        window.findings.shown.mapFromSource(model.index(rows.index(row)))
    )
    window.findings.go_button.click()
    return row


def test_the_modified_target_warning_leads_to_the_change_button(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    window = open_window(unit_profile("004"))

    row = _go(window, "META_MODIFICADA", CHANGED)

    assert row.finding.field.startswith("modificado.")
    button = window.form.modify_button
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    said = window.statusBar().currentMessage()
    assert "«Solicitar cambio de meta modificada…»" in said
    assert "no se escribe en la tabla" in said


def _negative_original(db_path: Path) -> None:
    """A programmed original T1 of -50: an error about a figure the unit cannot type."""
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        metas = []
        for meta in report.metas:
            if meta.stable_id == EVENTS:
                num = meta.num
                original = (Decimal(-50), *num.original[1:])
                wrong = FigureRow(
                    original, num.original_annual, num.modified, num.modified_annual, num.achieved
                )
                meta = replace(meta, num=wrong)
            metas.append(meta)
        store.reports.save(replace(report, metas=tuple(metas)), ImportSource("x.txt", "0" * 64))


def test_a_finding_on_the_programmed_original_leads_to_the_typed_figure_and_says_why(
    open_window: WindowFactory, db_path: Path, qtbot: QtBot
) -> None:
    _negative_original(db_path)
    window = open_window(unit_profile("004"))

    row = _go(window, "CIFRA_NEGATIVA", EVENTS)

    assert row.finding.field == "original.t1.num"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is achieved_cell(window))
    said = window.statusBar().currentMessage()
    assert "programado original" in said
    assert "unidad coordinadora" in said


def test_a_finding_in_a_closed_quarter_says_why_its_figure_takes_no_typing(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # «Ir al campo» put the cursor in the read-only cell without a word; Alt+2 said why.
    window = open_window(unit_profile("004"))
    session = window.session
    qtbot.waitUntil(lambda: session.checked, timeout=30_000)
    close_quarter(session.store, 2024, UnitCode("004"), Quarter.FIRST, session.author)
    session.reload(validate=False)
    QApplication.processEvents()
    window.statusBar().clearMessage()

    model = window.findings.model
    rule = "AVANCE_FUERA_DE_RANGO"  # on «avance.t1»: it leads to the figure typed
    (meta_id,) = {
        row.finding.meta_id
        for row in (model.row_at(i) for i in range(model.rowCount()))
        if row.finding.rule == rule
    }
    _go(window, rule, meta_id)

    qtbot.waitUntil(lambda: QApplication.focusWidget() is achieved_cell(window))
    assert achieved_cell(window).isReadOnly()
    assert window.statusBar().currentMessage() == (
        "El primer trimestre está cerrado: sus cifras son de solo consulta. Para corregirlas, "
        "reábralo con un motivo (Año → Cerrar o reabrir un trimestre…)."
    )


def test_a_finding_on_a_closed_quarters_evaluation_leads_to_it_and_says_why_it_takes_no_typing(
    open_window: WindowFactory, qtbot: QtBot
) -> None:
    # The box took the cursor without a word, and every key typed in it was ignored.
    window = open_window(PcProfile(Role.UNIT, UnitCode("009"), 2024, Quarter.SECOND))
    session = window.session
    qtbot.waitUntil(lambda: session.checked, timeout=30_000)
    close_quarter(session.store, 2024, UnitCode("009"), Quarter.SECOND, session.author)
    session.reload(validate=False)
    QApplication.processEvents()
    window.statusBar().clearMessage()
    window.findings.list.setFocus()

    model = window.findings.model
    (row,) = [
        row
        for row in (model.row_at(i) for i in range(model.rowCount()))
        if row.finding.field == "evaluacion.t2"
    ]
    _go(window, row.finding.rule, row.finding.meta_id)

    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.narrative)
    assert window.form.narrative.isReadOnly()
    assert window.statusBar().currentMessage() == (
        "El segundo trimestre está cerrado: su evaluación cualitativa es de solo consulta. Para "
        "corregirla, reábralo con un motivo (Año → Cerrar o reabrir un trimestre…)."
    )


@pytest.mark.parametrize("where", ["figure", "evaluation"])
def test_a_finding_on_another_units_meta_says_it_is_read_only_here(
    open_window: WindowFactory, qtbot: QtBot, where: str
) -> None:
    # The coordinating unit sees every unit's findings: «Ir al campo» put the cursor in a cell
    # of unit 009 that takes no typing, with nothing said.
    window = open_window(PcProfile(Role.COORDINATOR, UnitCode("002"), 2024, Quarter.SECOND))
    qtbot.waitUntil(lambda: window.session.checked, timeout=30_000)
    window.statusBar().clearMessage()
    model = window.findings.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    wanted = "evaluacion.t2" if where == "evaluation" else "realizado.t2.num"
    row = next(
        r for r in rows if r.finding.field == wanted and r.finding.meta_id != "" and
        window.session.meta(r.finding.meta_id).key.unit == UnitCode("009")
    )  # fmt: skip

    window.findings.list.setCurrentIndex(
        window.findings.shown.mapFromSource(model.index(rows.index(row)))
    )
    window.findings.go_button.click()

    assert window.form.meta is not None
    assert window.form.meta.key.unit == UnitCode("009")
    assert window.statusBar().currentMessage() == (
        "Meta de la unidad 009, de solo consulta aquí: la corrige la unidad (pídaselo con "
        "Coordinación → Agregar observación a la meta…)."
    )
