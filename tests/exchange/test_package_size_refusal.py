"""A package the coordinating unit would refuse for its size is never written: the export says so.

The receiver caps ``datos.json`` at 48 MB. A full-length evaluation (20,000 characters) carries
both its old and new text in every history row the package holds, so some 1,250 rows of it reach
that cap. One person's sitting travels as one row; two people revising the text in turn are
each a row, and are what fills it here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_evaluation
from ism_desktop.domain.limits import MAX_NARRATIVE_CHARS
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.package.reader import read_package
from ism_desktop.exchange.package.writer import Addressee, ExportError, write_package
from ism_desktop.exchange.package.zip_guard import MIB
from ism_desktop.store.store import Store
from tests.exchange.package_builders import NOW, no_findings, seed_store

TRANSPARENCIA = "d8b0c7a337b76ab1"  # unit 009
UNIT = UnitCode("009")
_PARAGRAPH = "Se atendió la información pública de la unidad en tiempo y en forma. "


@pytest.fixture
def unit_store(seed_text: str) -> Iterator[Store]:
    with seed_store(seed_text) as store:
        yield store


def _revise(store: Store, autosaves: int) -> None:
    """A full-length evaluation saved ``autosaves`` times, a few characters changed each time.

    By two people in turn: no save continues the other's sitting, so each is a row of its own.
    """
    report = store.reports.load()
    assert report is not None
    meta = report.meta_by_id(TRANSPARENCIA)
    assert meta is not None
    body = (_PARAGRAPH * 300)[: MAX_NARRATIVE_CHARS - 6]
    for sitting in range(autosaves):
        after = with_evaluation(meta, Quarter.FIRST, f"{body} {sitting:05d}")
        who = ("ana", "luis")[sitting % 2]
        store.edits.save(2024, meta, after, Author("Unidad 009", who))
        meta = after


def _nothing_written(store: Store, out: Path) -> None:
    assert not out.exists()
    assert store.packages.history(UNIT) == []
    assert not store.closures.is_closed(2024, "30", UNIT, Quarter.FIRST)


def test_an_evaluation_autosaved_past_the_data_cap_is_not_exported(
    unit_store: Store, tmp_path: Path
) -> None:
    _revise(unit_store, 1250)
    out = tmp_path / "envio"

    with pytest.raises(ExportError) as refused:
        export_package(unit_store, UNIT, Quarter.FIRST, out, validate=no_findings, now=NOW)

    message = str(refused.value)
    assert message.startswith("no se exporta el paquete: sus datos (datos.json) ocuparían 50.")
    assert "la unidad coordinadora admite hasta 48.0 MB" in message
    assert "historial de cambios" in message
    assert message.endswith(
        "comuníquese con la unidad coordinadora para acordar cómo entregar este trimestre."
    )
    _nothing_written(unit_store, out)


def test_the_same_evaluation_autosaved_less_is_exported(unit_store: Store, tmp_path: Path) -> None:
    _revise(unit_store, 1100)

    exported = export_package(
        unit_store, UNIT, Quarter.FIRST, tmp_path, validate=no_findings, now=NOW
    )

    # Near the cap, and the coordinating unit's reading takes it.
    assert read_package(exported.path).manifest.sequence == 1


def test_a_coordinator_package_past_the_data_cap_is_not_written(
    unit_store: Store, tmp_path: Path
) -> None:
    to = Addressee("30", UNIT, "Unidad", 2024, Quarter.FIRST)
    data = {"observaciones": [{"texto": "x" * MIB}] * 49}
    out = tmp_path / "envio"

    with pytest.raises(ExportError) as refused:
        write_package(unit_store, PackageKind.OBSERVATIONS, to, data, out, datetime(2024, 4, 1))

    assert str(refused.value).startswith(
        "no se escribe el paquete: sus datos (datos.json) ocuparían 49."
    )
    assert "la unidad que lo recibe admite hasta 48.0 MB" in str(refused.value)
    _nothing_written(unit_store, out)
