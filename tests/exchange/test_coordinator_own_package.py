"""The coordinating unit's own package is refused when asked, before anything is written.

Its metas are typed in the coordinator's database and never travel: the package went to no
one (the coordinating unit refuses a package of its own unit), yet it closed the quarter and
used a number. The refusal says what to do instead: close the quarter and print its report.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource, ProgressReport
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.exchange.export.check import ExportCheck
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.store.store import Store

OWN = UnitCode("002")


def _no_findings(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
    return ExportCheck()


@pytest.fixture
def store(seed_text: str) -> Iterator[Store]:
    with Store.in_memory() as opened:
        opened.reports.save(parse_etca_text(seed_text).report, ImportSource("seed.txt", "0" * 64))
        yield opened


@pytest.mark.parametrize("known", [True, False], ids=["coordinators_database", "fresh_import"])
def test_the_coordinators_own_package_is_refused_and_nothing_changes(
    store: Store, tmp_path: Path, known: bool
) -> None:
    if known:
        store.identity.set(PcIdentity(Role.COORDINATOR, "30", OWN))
    out = tmp_path / "paquetes"

    with pytest.raises(ExportError) as refused:
        export_package(store, OWN, Quarter.FIRST, out, validate=_no_findings)

    said = str(refused.value)
    assert said.startswith("la unidad 002 es la unidad coordinadora: sus metas ya están en esta")
    assert "Año → Cerrar o reabrir un trimestre…" in said
    assert "«trimestre cerrar»" in said
    assert "Archivo → Exportar informe en PDF y Excel…" in said
    assert "«report»" in said
    assert said.endswith("No se escribió nada.")
    assert not out.exists()
    assert not store.closures.is_closed(2024, "30", OWN, Quarter.FIRST)
    assert store.packages.history(OWN) == []  # no number used
