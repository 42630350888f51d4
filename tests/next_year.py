"""The next year's programme at the coordinator, and a unit's base of it, for the year's tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.report import ImportSource
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.export.base import export_base
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import approve_year

NEXT_YEAR = 2025  # the seed report is 2024's


def prepare_next_year(store: Store) -> None:
    """The seed's metas as the next year's programme, not approved; the period stays 2024's."""
    report = store.reports.load(year=2024)
    assert report is not None
    before = store.reports.current_period()
    store.reports.save(replace(report, year=NEXT_YEAR), ImportSource("programa.txt", "0" * 64))
    assert before is not None
    store.reports.set_current_period(*before)


def next_year_base(seed_path: Path, folder: Path, unit: str = "004") -> Path:
    """A coordinator's database approves the next year; the unit's base of it, written there."""
    with Store.open(folder / "coordinadora.sqlite3") as store:
        import_etca_file(seed_path, store.reports)
        prepare_next_year(store)
        approve_year(store, NEXT_YEAR, "Unidad coordinadora")
        return export_base(store, UnitCode(unit), folder / "base", year=NEXT_YEAR).path
