"""The printed informe says the INDESOL's unrecorded transfer as the INDESOL's, not «vencido»."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pdfplumber
from openpyxl import load_workbook

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.reports.paimef.informe_pdf import informe_pdf
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.paimef_builders import programme


def _informe() -> PaimefInforme:
    value = programme()  # signed 13 March 2026: the transfer was due 27 April
    deadlines = compute_deadlines(2026, value.dates, BusinessCalendar())
    return build_informe(value, date(2026, 12, 7), [], deadlines, [])


def test_the_xlsx_says_the_transfer_is_unrecorded() -> None:
    sheet = load_workbook(BytesIO(informe_xlsx(_informe())))["Plazos"]
    states = {row[1].value: row[5].value for row in sheet.iter_rows()}
    assert states["4.3.6"] == "sin registro de la ministración"
    assert states["4.3.4.2"] == "vencido"


def test_the_pdf_says_the_transfer_is_unrecorded() -> None:
    with pdfplumber.open(BytesIO(informe_pdf(_informe()))) as pdf:
        whole = "\n".join(page.extract_text() or "" for page in pdf.pages)
    line = next(line for line in whole.splitlines() if line.startswith("27/04/2026 4.3.6"))
    assert "INDESOL" in line
    assert "vencido" not in line
    assert "sin registro de la" in whole
