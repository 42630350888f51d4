"""A received report's edits: what the database holds afterwards is exactly what was planned."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.intake import ReportEdit
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource, ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.store.store import Store

AUTHOR = Author("Paquete unidad 004 #1", "prueba")


@pytest.fixture
def stored(seed_text: str, tmp_path: Path) -> tuple[Store, ProgressReport]:
    report = parse_etca_text(seed_text).report
    store = Store.open(tmp_path / "avance.sqlite3")
    store.reports.save(report, ImportSource("informe.txt", "0" * 64))
    loaded = store.reports.load()
    assert loaded is not None
    return store, loaded


def _first(report: ProgressReport, kind: MetaKind, skip: int = 0) -> Meta:
    return [meta for meta in report.metas if meta.kind is kind][skip]


def test_figures_only_narrative_only_and_both_are_stored_as_planned(
    stored: tuple[Store, ProgressReport],
) -> None:
    store, report = stored
    figures = _first(report, MetaKind.PERCENTAGE)
    narrative = _first(report, MetaKind.ABSOLUTE)
    both = _first(report, MetaKind.ABSOLUTE, skip=1)
    edits = [
        ReportEdit(figures, with_achieved(figures, Quarter.FIRST, Decimal(3), Decimal(4))),
        ReportEdit(narrative, with_evaluation(narrative, Quarter.FIRST, "SE CORRIGIÓ.")),
        ReportEdit(
            both,
            with_evaluation(with_achieved(both, Quarter.FIRST, Decimal(9)), Quarter.FIRST, ""),
        ),
    ]

    store.edits.save_reported(2024, edits, AUTHOR)

    loaded = store.reports.load()
    assert loaded is not None
    for edit in edits:
        assert loaded.meta_by_id(edit.after.stable_id) == edit.after
        history = store.edits.history(2024, edit.after.stable_id)
        assert [entry.change for entry in history] == list(edit.changes)
    edited = {edit.after.stable_id for edit in edits}
    assert [m for m in loaded.metas if m.stable_id not in edited] == [
        m for m in report.metas if m.stable_id not in edited
    ]


def test_an_edit_is_diffed_once_when_made(stored: tuple[Store, ProgressReport]) -> None:
    _, report = stored
    meta = _first(report, MetaKind.ABSOLUTE)
    after = with_evaluation(with_achieved(meta, Quarter.FIRST, Decimal(1)), Quarter.FIRST, "OTRA.")

    edit = ReportEdit(meta, after)

    assert [change.field for change in edit.changes] == [
        "realizado.t1.num",
        "evaluacion.t1",
    ]
