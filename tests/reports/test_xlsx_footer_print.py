"""The workbook's printed footer («Página X de Y», date) is printed, and at a readable size."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pdfplumber
import pypdfium2
import pytest

from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.xlsx_report import write_report_xlsx
from tests.libreoffice import to_pdf
from tests.reports.conftest import PRINTED_AT

_DPI = 150


def test_the_footer_sits_inside_the_bottom_margin_and_keeps_its_size(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    path = tmp_path / "informe.xlsx"

    write_report_xlsx(seed_report, path, printed_at=PRINTED_AT)

    for sheet in openpyxl.load_workbook(path).worksheets:
        margins = sheet.page_margins
        # Below the body's margin, not on it: there the footer overprints or is cut away.
        assert margins.footer < margins.bottom, sheet.title
        assert margins.header < margins.top, sheet.title


def _ink_in(page: pypdfium2.PdfPage, box: tuple[float, float, float, float]) -> int:
    """How many dark pixels the page shows inside ``box`` (x0, top, x1, bottom in points).

    Extracted text is not enough: a footer cut away still is in the file.
    """
    bitmap = page.render(scale=_DPI / 72, grayscale=True)
    data = bytes(bitmap.buffer)
    x0, top, x1, bottom = (round(value * _DPI / 72) for value in box)
    dark = sum(
        value < 128
        for y in range(top, bottom)
        for value in data[y * bitmap.stride + x0 : y * bitmap.stride + x1]
    )
    bitmap.close()
    return dark


@pytest.mark.slow
def test_libreoffice_prints_the_page_number_and_date_on_every_page(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    workbook = tmp_path / "informe.xlsx"
    write_report_xlsx(seed_report, workbook, printed_at=PRINTED_AT)

    printed = to_pdf(workbook, tmp_path / "pdf", tmp_path / "perfil")

    document = pypdfium2.PdfDocument(printed)
    try:
        with pdfplumber.open(printed) as pdf:
            total = len(pdf.pages)
            assert total == len(document)
            for number, page in enumerate(pdf.pages, start=1):
                footer = page.search(f"Página {number} de {total}")
                date = page.search("ETCA-III-04 · 11-04-2024 10:44")
                assert footer, number
                assert date, number
                for found in (footer[0], date[0]):
                    box = (found["x0"], found["top"], found["x1"], found["bottom"])
                    # Extracted text is not enough: a footer cut away still is in the file.
                    assert _ink_in(document[number - 1], box) > 20, (number, found["text"])
    finally:
        document.close()


@pytest.mark.slow
def test_libreoffice_prints_the_footer_no_smaller_than_the_sheet_s_figures(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    """LibreOffice shrinks the footer with a sheet fitted to one page wide, flag or no flag.

    A 7-point footer printed smaller than the 8-point figures it is under (about 4 points on a
    unit sheet): the page number and print date were hard to read. Written larger, it shrinks
    to about 7 points, as Excel prints it.
    """
    workbook = tmp_path / "informe.xlsx"
    write_report_xlsx(seed_report, workbook, printed_at=PRINTED_AT)

    printed = to_pdf(workbook, tmp_path / "pdf", tmp_path / "perfil")

    with pdfplumber.open(printed) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            [footer] = page.search("Página")
            footer_size = min(c["size"] for c in page.chars if c["top"] >= footer["top"] - 1)
            body_size = max(c["size"] for c in page.chars if c["bottom"] < footer["top"] - 20)
            assert footer_size >= body_size * 0.95, (number, footer_size, body_size)
