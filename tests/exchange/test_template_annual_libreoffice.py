"""The template's annual as a real spreadsheet shows it is the annual the import stores."""

from __future__ import annotations

from decimal import Decimal
from itertools import product
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.exchange.programme_template import (
    COL_ANNUAL,
    COL_CUMULATIVE,
    COL_Q1,
    TemplateSheet,
    write_template,
)
from ism_desktop.exchange.programme_template_reader import read_template
from tests.builders import meta, row
from tests.libreoffice import to_csv

pytestmark = pytest.mark.slow

ZEROS = row([0, 0, 0, 0])
# Every way zeros can fall in the four quarters (bit q set: quarter q programmed).
MASKS = range(16)
# VAL. ACUM. as staff type it: the reader and Excel must both take each the same way.
TYPED_CUMULATIVE = ("SI", "NO", " Sí ", "no")


def _quarters(mask: int, scale: int) -> list[int]:
    return [scale * (quarter + 1) if mask >> quarter & 1 else 0 for quarter in range(4)]


def _template(tmp_path: Path) -> tuple[Path, dict[str, tuple[list[int], list[int] | None]]]:
    """A template of P metas (every NUM × DEN zero pattern) and A metas, filled in as typed."""
    figures: dict[str, tuple[list[int], list[int] | None]] = {}
    for num_mask, den_mask in product(MASKS, MASKS):
        figures[f"P {num_mask:02} {den_mask:02}"] = (
            _quarters(num_mask, 1),
            _quarters(den_mask, 10),
        )
    # The case found: Excel showed 90 / 100 where the import stores Q4's 0 / 100.
    figures["P EMPODERAMIENTO"] = ([90, 90, 90, 0], [100, 100, 100, 100])
    for mask in MASKS:
        figures[f"A {mask:02}"] = (_quarters(mask, 3), None)
    metas = [
        meta(ZEROS, None if den is None else ZEROS, description=name, unit_of_measure="PORCENTAJE")
        for name, (_, den) in figures.items()
    ]
    path = tmp_path / "plantilla.xlsx"
    write_template(2026, [TemplateSheet(UnitCode("004"), "Atención", metas)], path)
    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    first_rows = [r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 4).value]
    for index, first in enumerate(first_rows):
        name = str(sheet.cell(first, 4).value)
        num, den = figures[name]
        typed = TYPED_CUMULATIVE[index % len(TYPED_CUMULATIVE)]
        sheet.cell(first, COL_CUMULATIVE, "NO" if "EMPODERAMIENTO" in name else typed)
        for offset in range(4):
            sheet.cell(first, COL_Q1 + offset, num[offset])
            if den is not None:
                sheet.cell(first + 1, COL_Q1 + offset, den[offset])
    book.save(path)
    return path, figures


def test_the_template_shows_the_annual_the_import_stores(tmp_path: Path) -> None:
    path, figures = _template(tmp_path)
    read = read_template(path, 2026, "30")
    assert not read.problems
    assert len(read.metas) == len(figures)

    shown = to_csv(path, tmp_path / "csv", tmp_path / "perfil")["004"]

    differences = []
    for item in read.metas:
        stored = {"MET": item.meta.num, "NUM": item.meta.num, "DEN": item.meta.den}
        for label, at in item.rows.items():
            figure_row = stored[label]
            assert figure_row is not None
            excel = Decimal(shown[at - 1][COL_ANNUAL - 1])
            if excel != figure_row.original_annual:
                differences.append(
                    (
                        item.meta.description,
                        item.meta.cumulative,
                        label,
                        excel,
                        figure_row.original_annual,
                    )
                )
    assert differences == []
