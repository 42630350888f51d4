"""A package carries each sitting's autosaves of a field as one change; the database keeps all.

A unit's evaluation written over an afternoon was a history row at every pause, each with the
whole text before and after: hundreds of copies of the same paragraphs made a package too big
to deliver, though the coordinating unit reads none of the rows in between.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.store.store import Store
from tests.exchange.test_package_export import ESTUDIOS, UNIT, _no_findings

ANA = Author("Unidad 004", "ana")
SENTENCE = "Se aplicaron los estudios socioeconómicos programados en los municipios del sur. "
SAVES = 200


@pytest.fixture
def store(seed_text: str) -> Iterator[Store]:
    with Store.in_memory() as opened:
        opened.reports.save(parse_etca_text(seed_text).report, ImportSource("seed.txt", "0" * 64))
        yield opened


def _estudios(store: Store) -> Any:
    report = store.reports.load()
    assert report is not None
    return next(m for m in report.metas_of(UNIT) if m.description == ESTUDIOS)


def _written_in_one_sitting(store: Store) -> tuple[str, str]:
    """The evaluation grows a sentence at each autosave; a figure typed in between."""
    start = _estudios(store).evaluations.get(Quarter.FIRST, "")
    text = start
    for number in range(SAVES):
        before = _estudios(store)
        text = f"{text}{SENTENCE}"
        store.edits.save(2024, before, with_evaluation(before, Quarter.FIRST, text), ANA)
        if number == SAVES // 2:
            after = _estudios(store)
            store.edits.save(2024, after, with_achieved(after, Quarter.FIRST, Decimal(780)), ANA)
    return start, text


def _history(path: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as archive:
        metas = json.loads(archive.read("datos.json"))["metas"]
    rows: list[dict[str, Any]] = next(m for m in metas if m["descripcion"] == ESTUDIOS)["historial"]
    return rows


def test_a_sittings_autosaves_travel_as_one_change_each_side_of_a_figure(
    store: Store, tmp_path: Path
) -> None:
    start, text = _written_in_one_sitting(store)
    stored = store.edits.history(2024, _estudios(store).stable_id)
    assert len(stored) == SAVES + 1  # the database keeps every save

    history = _history(
        export_package(store, UNIT, Quarter.FIRST, tmp_path, validate=_no_findings).path
    )

    assert [(row["campo"], row.get("guardados", 1)) for row in history] == [
        ("evaluacion.t1", SAVES // 2 + 1),
        ("realizado.t1.num", 1),
        ("evaluacion.t1", SAVES // 2 - 1),
    ]
    first, figure, last = history
    assert first["antes"] == start
    assert last["despues"] == text
    assert first["despues"] == last["antes"]  # where the figure came in between
    assert first["desde"] == stored[0].at
    assert last["fecha"] == stored[-1].at
    assert (figure["antes"], figure["despues"]) == ("761.00", "780")
    assert not {"guardados", "desde"} & set(figure)  # a single save as it was
    assert {row["usuario"] for row in history} == {"ana"}
