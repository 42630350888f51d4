"""The PAIMEF workbook recalculated by LibreOffice: its formulas give what the program prints."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.libreoffice import to_csv
from tests.reports.test_paimef_informe_formulas import informe_of_april

pytestmark = pytest.mark.slow


def _recalculated(tmp_path: Path, change: dict[str, object]) -> list[list[str]]:
    """The «Avance» sheet as LibreOffice shows it after a person's corrections by acción key."""
    path = tmp_path / "informe.xlsx"
    path.write_bytes(informe_xlsx(informe_of_april()))
    # Saved again by openpyxl, which drops every stored value: LibreOffice must compute them.
    book = openpyxl.load_workbook(path)
    sheet = book["Avance"]
    for (key,) in sheet.iter_rows(min_col=1, max_col=1):
        if key.value in change:
            sheet.cell(key.row, 5).value = change[key.value]
    book.save(path)
    return to_csv(path, tmp_path / "csv", tmp_path / "perfil")["Avance"]


def _figures(rows: list[list[str]], name: str) -> list[str]:
    return next(row[3:6] for row in rows if len(row) > 5 and (name in (row[0], row[1])))


def test_libreoffice_computes_what_the_program_prints(tmp_path: Path) -> None:
    rows = _recalculated(tmp_path, {})

    # The same figures as the PDF informe (test_paimef_informe), written by hand.
    assert _figures(rows, "B.1") == ["$25,000.00", "$24,999.99", "100.00%"]
    assert _figures(rows, "Subtotal vertiente A") == ["$35,000.00", "$0.00", "0.00%"]
    assert _figures(rows, "Total del Programa Anual") == ["$100,000.00", "$24,999.99", "25.00%"]


def test_a_corrected_amount_moves_the_subtotal_the_total_and_the_percentages(
    tmp_path: Path,
) -> None:
    rows = _recalculated(tmp_path, {"A.1": 15000})

    assert _figures(rows, "A.1") == ["$30,000.00", "$15,000.00", "50.00%"]
    # 15,000 of 35,000 = 42.857 %; 39,999.99 of 100,000 = 39.99999 %.
    assert _figures(rows, "Subtotal vertiente A") == ["$35,000.00", "$15,000.00", "42.86%"]
    assert _figures(rows, "Total del Programa Anual") == ["$100,000.00", "$39,999.99", "40.00%"]
