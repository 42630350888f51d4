"""A tipo P meta in the window: emptying NUM or DEN changes that cell only, and undo restores it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.number_input import parse_figure
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
QUALITY = "ÍNDICE DE CALIDAD EN LOS INFORMES TRIMESTRALES"  # unit 003: T1 100 of 100, VAL. NO
HUNDRED = Decimal(100)
# What the person leaves in each cell of T1 (NUM, DEN): "" is a cell emptied.
TYPED = {
    "NUM vaciado": ("", "100"),
    "DEN vaciado": ("100", ""),
    "ambos vaciados": ("", ""),
    "NUM en 0": ("0", "100"),
    "DEN en 0": ("100", "0"),
    "NUM cambiado": ("95", "100"),
}


def _stored(db_path: Path) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """The meta's achieved T1 NUM, DEN and MET as the database holds them."""
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description == QUALITY]
        assert meta.den is not None
        return meta.num.achieved[0], meta.den.achieved[0], meta.met.achieved[0]


def _cell(window: MainWindow, kind: RowKind) -> Decimal | None:
    """What an achieved cell of T1 shows, as a figure (the grid may drop ".00")."""
    return parse_figure(achieved_cell(window, kind).text())


def _met_text(window: MainWindow) -> str:
    return window.form.grid.cell(RowKind.MET, Series.ACHIEVED, Quarter.FIRST).text()


def _missing(window: MainWindow, qtbot: QtBot, meta_id: str) -> list[str]:
    """The messages of the meta's missing-figure findings, once the rules have run."""
    session = window.session
    qtbot.waitUntil(lambda: session.checked, timeout=30_000)
    return [
        row.finding.message
        for row in window.findings.model.rows()
        if row.finding.meta_id == meta_id and row.finding.rule == "REALIZADO_FALTANTE"
    ]


def test_clearing_num_keeps_den_and_undo_restores_both(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = open_window(unit_profile("003"))
    meta = select(window, QUALITY)
    printed = _stored(db_path)
    assert printed[:2] == (HUNDRED, HUNDRED)

    type_into(qtbot, achieved_cell(window, RowKind.NUM), "")

    assert _stored(db_path) == (None, HUNDRED, None)
    assert _cell(window, RowKind.DEN) == HUNDRED
    assert _met_text(window) == ""  # not «0 %»: nothing is computed without NUM
    assert window.form.official_label.text() == "Avance oficial T1: sin reportar"
    history = window.session.store.edits.history(2024, meta.stable_id)
    assert [(e.change.field, e.change.new) for e in history] == [("realizado.t1.num", "")]
    assert _missing(window, qtbot, meta.stable_id) == [
        "Falta el realizado NUM de T1; si no hubo avance capture 0 (sin capturar no equivale a 0)."
    ]

    type_into(qtbot, achieved_cell(window, RowKind.NUM), "95")
    assert _stored(db_path) == (Decimal(95), HUNDRED, Decimal("95.00"))
    assert _missing(window, qtbot, meta.stable_id) == []

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _stored(db_path) == printed
    assert (_cell(window, RowKind.NUM), _cell(window, RowKind.DEN)) == (HUNDRED, HUNDRED)
    assert window.form.official_label.text() == "Avance oficial T1: 100.00%"


@pytest.mark.parametrize(("num", "den"), TYPED.values(), ids=list(TYPED))
def test_each_cell_keeps_what_was_typed_in_it(
    open_window: WindowFactory, qtbot: QtBot, db_path: Path, num: str, den: str
) -> None:
    window = open_window(unit_profile("003"))
    meta = select(window, QUALITY)
    printed = _stored(db_path)

    # As a person does it: each cell typed and entered, NUM first.
    type_into(qtbot, achieved_cell(window, RowKind.NUM), num)
    type_into(qtbot, achieved_cell(window, RowKind.DEN), den)

    want_num, want_den = (Decimal(text) if text else None for text in (num, den))
    stored_num, stored_den, stored_met = _stored(db_path)
    assert (stored_num, stored_den) == (want_num, want_den)
    both = want_num is not None and want_den is not None
    assert (stored_met is None) is not both
    assert (_met_text(window) == "") is not both
    changed = {
        f"realizado.t1.{kind}"
        for kind, value in (("num", want_num), ("den", want_den))
        if value != HUNDRED
    }
    history = window.session.store.edits.history(2024, meta.stable_id)
    assert {entry.change.field for entry in history} == changed
    missing = [kind for kind, value in (("NUM", want_num), ("DEN", want_den)) if value is None]
    assert [m.split(" de T1")[0] for m in _missing(window, qtbot, meta.stable_id)] == [
        f"Falta el realizado {kind}" for kind in missing
    ]

    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert _stored(db_path) == printed
