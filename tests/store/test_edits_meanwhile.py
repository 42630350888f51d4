"""An edit writes the fields it changed: what another program saved meanwhile stays.

Two windows (two users of one shared file), or a window and a command: each edit wrote the whole
meta as its window had it, and undid the other's saved text without a trace in the history.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.figures import Series
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store

Q1 = Quarter.FIRST
Edit = Callable[[Meta], Meta]


def _figure(meta: Meta) -> Meta:
    return with_achieved(meta, Q1, Decimal(7))


def _text(meta: Meta) -> Meta:
    return with_evaluation(meta, Q1, "TEXTO GUARDADO ANTES.")


def _first(store: Store) -> Meta:
    report = store.reports.load()
    assert report is not None
    return report.metas_of(report.metas[0].key.unit)[0]


@pytest.mark.parametrize(("meanwhile", "stale"), [(_text, _figure), (_figure, _text)])
def test_an_edit_from_a_stale_copy_keeps_what_was_saved_meanwhile(
    tmp_path: Path, seed_path: Path, meanwhile: Edit, stale: Edit
) -> None:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    with Store.open(path) as window, Store.open(path) as command:
        seen = _first(window)
        current = _first(command)
        command.edits.save(2024, current, meanwhile(current), Author("Unidad 004", "beto"))

        window.edits.save(2024, seen, stale(seen), Author("Unidad 004", "ana"))

    with Store.open(path) as store:
        now = _first(store)
    assert now.num.value(Series.ACHIEVED, Q1) == Decimal(7)
    assert now.evaluation(Q1) == "TEXTO GUARDADO ANTES."


def test_figures_saved_from_a_stale_copy_still_add_up(tmp_path: Path, seed_path: Path) -> None:
    # One copy typed NUM 5 / DEN 20 of a percentage meta, an older one NUM 8 (its DEN 10): the
    # file held NUM 8, DEN 20 and MET 80, the older copy's MET beside the other's DEN.
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    with Store.open(path) as window, Store.open(path) as command:
        report = window.reports.load()
        assert report is not None
        seen = next(m for m in report.metas if m.den and m.den.value(Series.ACHIEVED, Q1))
        den = seen.den.value(Series.ACHIEVED, Q1) if seen.den else None
        current = next(m for m in _metas(command) if m.stable_id == seen.stable_id)
        five = with_achieved(current, Q1, Decimal(5), Decimal(20000))
        command.edits.save(2024, current, five, Author("Unidad", "beto"))

        # Only NUM typed in the older copy: its DEN is the one it had read.
        eight = with_achieved(seen, Q1, Decimal(8), den)
        window.edits.save(2024, seen, eight, Author("Unidad", "ana"))

    with Store.open(path) as store:
        now = next(m for m in _metas(store) if m.stable_id == seen.stable_id)
    assert now.den is not None
    num, stored_den, met = (row.value(Series.ACHIEVED, Q1) for row in (now.num, now.den, now.met))
    assert (num, stored_den) == (Decimal(8), den)
    assert met == eight.met.value(Series.ACHIEVED, Q1)


def _metas(store: Store) -> tuple[Meta, ...]:
    report = store.reports.load()
    assert report is not None
    return report.metas
