"""A next year's programme made as the coordinator makes it: new, template filled, approved.

The template is filled in Excel with the seed year's original targets (as an office would copy
last year's), read back and approved; a unit's base of it is then received on its own PC.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.export.base import export_base
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import (
    approve_year,
    import_year_template,
    new_year,
    write_year_template,
)

FRESH_YEAR = 2025  # the seed report is 2024's
AUTHOR = Author("Unidad 002", "ana")
_FIRST_ROW, _ID, _ROW, _Q1 = 5, 1, 8, 9  # the template's first meta row and its columns


def approved_fresh_year(store: Store, seed_path: Path, folder: Path) -> None:
    """The seed imported, then next year's programme with its targets, approved."""
    import_etca_file(seed_path, store.reports)
    new_year(store, FRESH_YEAR, 2024, AUTHOR)
    template = folder / "programa.xlsx"
    write_year_template(store, FRESH_YEAR, template)
    report = store.reports.load(year=2024)
    assert report is not None
    rows = {
        (meta.stable_id, name): row.original
        for meta in report.metas
        for name, row in (("MET", meta.met), ("NUM", meta.num), ("DEN", meta.den))
        if row is not None
    }
    book = load_workbook(template)
    for sheet in book.worksheets:
        for line in range(_FIRST_ROW, sheet.max_row + 1):
            key = (sheet.cell(line, _ID).value, sheet.cell(line, _ROW).value)
            for offset, value in enumerate(rows.get(key, ())):
                sheet.cell(line, _Q1 + offset).value = float(value)
    book.save(template)
    import_year_template(store, FRESH_YEAR, template, AUTHOR)
    approve_year(store, FRESH_YEAR, "Unidad coordinadora")


def fresh_year_base(seed_path: Path, folder: Path, unit: str = "004") -> Path:
    """The coordinator approves the next year in its own file; the unit's base, written."""
    with Store.open(folder / "coordinadora.sqlite3") as store:
        approved_fresh_year(store, seed_path, folder)
        return export_base(store, UnitCode(unit), folder / "base", year=FRESH_YEAR).path
