"""Writing the report tells how far it is: each page of the PDF, each sheet of the workbook."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab import rl_config

from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.pdf_report import write_pdf
from ism_desktop.reports.report_layout import layout_report
from ism_desktop.reports.xlsx_report import build_workbook
from tests.reports.conftest import PRINTED_AT


def test_each_page_is_told_of_all_and_the_pdf_is_the_same(
    seed_report: ProgressReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[int, int]] = []
    # No creation date nor random document id: the two writings can be compared.
    monkeypatch.setattr(rl_config, "invariant", 1)
    layout = layout_report(seed_report, printed_at=PRINTED_AT)
    counted, plain = io.BytesIO(), io.BytesIO()

    pages = write_pdf(layout, counted, lambda number, count: told.append((number, count)))
    write_pdf(layout, plain)

    read = len(PdfReader(counted).pages)
    assert pages == read > 1
    assert told == [(number, read) for number in range(1, read + 1)]
    assert counted.getvalue() == plain.getvalue()


def test_each_sheet_is_told_the_summary_last(seed_report: ProgressReport) -> None:
    told: list[tuple[int, int]] = []
    layout = layout_report(seed_report, printed_at=PRINTED_AT)

    data = build_workbook(layout, lambda number, count: told.append((number, count)))

    sheets = len(load_workbook(io.BytesIO(data), read_only=True).sheetnames)
    assert sheets > 2
    assert told == [(number, sheets) for number in range(1, sheets + 1)]
    assert data == build_workbook(layout)
