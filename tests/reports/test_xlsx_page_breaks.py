"""A printed unit sheet ends its pages between metas: a meta's evaluation stays with its figures."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.report_layout import EVALUATION_LABEL
from ism_desktop.reports.xlsx_page_breaks import PageBreaks
from ism_desktop.reports.xlsx_report import write_report_xlsx
from tests.libreoffice import to_pdf
from tests.reports.conftest import PRINTED_AT


def test_rows_that_do_not_fit_start_a_page_and_a_taller_meta_goes_on() -> None:
    # At 100 %: 540 points of page (letter landscape less two half-inch margins), 95 % of
    # it counted, less the 100-point repeated row: 413 points for the rows of the sheet.
    pages = PageBreaks(100, [100.0])

    pages.keep_together(2, [150.0])
    pages.keep_together(3, [150.0])
    pages.keep_together(4, [150.0])  # 450 > 413: row 4 starts page 2
    pages.keep_together(5, [300.0, 300.0])  # 750: row 5 starts page 3, row 6 page 4

    assert pages.breaks == [3, 4, 5]  # zero-based: the rows that start a page


def test_rows_among_the_repeated_ones_are_already_on_the_first_page() -> None:
    pages = PageBreaks(100, [100.0, 100.0])

    pages.keep_together(2, [100.0, 300.0])  # row 2 is repeated: only row 3 is placed
    pages.keep_together(4, [10.0])

    assert pages.breaks == []


def _is_heading(sheet: Worksheet, row: int) -> bool:
    cell = sheet.cell(row, 1)
    return (
        bool(cell.font.b)
        and cell.value not in (None, EVALUATION_LABEL)
        and sheet.cell(row, 5).value is None
    )


def _meta_starts(sheet: Worksheet) -> set[int]:
    """The first row of each meta: its MET row, or the group lines right above it."""
    starts = set()
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, 5).value == "MET":
            first = row
            while _is_heading(sheet, first - 1):
                first -= 1
            starts.add(first)
    return starts


@pytest.fixture
def seed_workbook(tmp_path: Path, seed_report: ProgressReport) -> Path:
    """The seed report's workbook, as a reviewer receives it."""
    path = tmp_path / "informe.xlsx"
    write_report_xlsx(seed_report, path, printed_at=PRINTED_AT)
    return path


def test_every_page_break_of_the_seed_workbook_falls_between_metas(seed_workbook: Path) -> None:
    broken = {}
    for sheet in openpyxl.load_workbook(seed_workbook).worksheets[1:]:
        breaks = [brk.id for brk in sheet.row_breaks.brk]
        # A break's id is the last row of a page: the next row must start a meta.
        assert {row + 1 for row in breaks} <= _meta_starts(sheet), sheet.title
        broken[sheet.title] = breaks
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToHeight == 0
    # 001 and 006 print on more than one page (as LibreOffice prints them).
    assert broken["001"]
    assert broken["006"]


def _pdf_pages(path: Path) -> list[list[str]]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        for page in text.split("\f")[:-1]
    ]


@pytest.mark.slow
def test_libreoffice_prints_no_evaluation_apart_from_its_figures(
    tmp_path: Path, seed_report: ProgressReport, seed_workbook: Path
) -> None:
    # Every meta of the seed has an evaluation: a page holds as many of those as DEN rows.
    assert all(meta.evaluation(Quarter.FIRST) for meta in seed_report.metas)

    pages = _pdf_pages(to_pdf(seed_workbook, tmp_path / "pdf", tmp_path / "perfil"))

    unit_pages = [
        page for page in pages if any(x.startswith("UNIDAD ADMINISTRATIVA ") for x in page)
    ]
    assert len(unit_pages) > 8  # some unit runs over more than one page
    for number, page in enumerate(unit_pages, start=1):
        dens = sum("DEN" in line.split() for line in page)
        labels = page.count(EVALUATION_LABEL)
        assert dens == labels, (number, page)
        unit = next(i for i, line in enumerate(page) if line.startswith("UNIDAD ADMINISTRATIVA "))
        assert page[unit + 1] != EVALUATION_LABEL, number
