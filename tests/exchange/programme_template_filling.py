"""The 2025 programme template written, filled with openpyxl as a person would, its rows found."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import write_year_template

# Per row label, the four original quarters typed; the annuals they make by VAL. ACUM. are
# worked out in the tests that read them back.
TYPED = {"MET": (1, 2, 3, 4), "NUM": (5, 6, 7, 0), "DEN": (10, 10, 10, 0)}


def _fill(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in range(5, sheet.max_row + 1):
            label = sheet.cell(row, 8).value
            if sheet.title != "listas" and sheet.cell(row, 1).value and label in TYPED:
                for offset, value in enumerate(TYPED[label]):
                    sheet.cell(row, 9 + offset, value)
    book.save(path)


def _filled(store: Store, tmp_path: Path) -> Path:
    """The 2025 template, written and filled with ``TYPED``."""
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)
    _fill(path)
    return path


def _rows(path: Path, sheet: str, label: str) -> list[int]:
    book = openpyxl.load_workbook(path)
    return [r for r in range(5, book[sheet].max_row + 1) if book[sheet].cell(r, 8).value == label]
