"""The lists our templates offer in Excel keep within what Excel opens without repairing.

Office limits a data validation's titles to 32 characters, its error to 224 and its prompt to
255 (MS-OI29500, dataValidation); past them Excel says the book has a problem and repairs it,
dropping the lists. «Fila: MET (tipo A), NUM y DEN (tipo P)» was 38.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import openpyxl
from openpyxl.worksheet.datavalidation import DataValidation

from ism_desktop.exchange.paimef.xlsx_template import programme_to_xlsx
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import write_year_template
from tests.exchange.next_year import store as store  # the fixture
from tests.paimef_builders import programme

# Attribute: Office's limit on it, in characters.
LIMITS = {"errorTitle": 32, "promptTitle": 32, "error": 224, "prompt": 255}


def _overlong(book: openpyxl.Workbook) -> list[str]:
    found = []
    for sheet in book.worksheets:
        checks: list[DataValidation] = list(sheet.data_validations.dataValidation)
        for check in checks:
            for name, limit in LIMITS.items():
                text = getattr(check, name) or ""
                if len(text) > limit:
                    found.append(f"{sheet.title} {check.sqref} {name} ({len(text)}): {text}")
    return found


def test_the_programme_templates_lists_fit_excels_limits(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)
    book = openpyxl.load_workbook(path)
    assert any(sheet.data_validations.dataValidation for sheet in book.worksheets)

    assert _overlong(book) == []


def test_the_paimef_templates_lists_fit_excels_limits() -> None:
    book = openpyxl.load_workbook(BytesIO(programme_to_xlsx(programme())))
    assert any(sheet.data_validations.dataValidation for sheet in book.worksheets)

    assert _overlong(book) == []
