"""A deadline met late is printed as such, with the days late, in the PDF and the xlsx alike."""

from __future__ import annotations

from dataclasses import replace
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

# Delivered on Tuesday 10 March 2026: 7 business days after Friday 27 February (2-6, 9, 10
# March) and 2 after the notice of participation's Friday 6 March.
LATE_PROGRAMME = "cumplido fuera de plazo (7 días hábiles de retraso)"
LATE_NOTICE = "cumplido fuera de plazo (2 días hábiles de retraso)"


def _informe() -> PaimefInforme:
    value = programme()
    value = replace(value, dates={**value.dates, "entrega_programa_anual": date(2026, 3, 10)})
    deadlines = compute_deadlines(2026, value.dates, BusinessCalendar())
    return build_informe(value, date(2026, 4, 1), [], deadlines, [])


def test_the_xlsx_says_each_late_delivery_and_how_late() -> None:
    sheet = load_workbook(BytesIO(informe_xlsx(_informe())))["Plazos"]
    rows = {
        (row[1].value, str(row[2].value)[:20]): row[5].value
        for row in sheet.iter_rows()
        if row[1].value == "4.3.1"
    }
    assert rows == {
        ("4.3.1", "Presentar el Program"): LATE_PROGRAMME,
        ("4.3.1", "Sin Programa Anual n"): LATE_NOTICE,
    }


def test_the_pdf_says_each_late_delivery_and_how_late() -> None:
    with pdfplumber.open(BytesIO(informe_pdf(_informe()))) as pdf:
        whole = "\n".join(page.extract_text() or "" for page in pdf.pages)
    # The state wraps in its column: its second line is printed beside the description's.
    assert (
        "27/02/2026 4.3.1 Presentar el Programa Anual (último día hábil de febrero) IMEF "
        "10/03/2026 cumplido fuera de plazo (7\ndías hábiles de retraso)"
    ) in whole
    notice = whole[whole.index("06/03/2026 4.3.1") :].split("\n")[:2]
    assert notice[0].endswith("IMEF 10/03/2026 cumplido fuera de plazo (2")
    assert notice[1].endswith("días hábiles de retraso)")
