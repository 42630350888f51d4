"""The informe's «Regla» column and indicator values as people and Excel read them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

import pdfplumber
from openpyxl import load_workbook

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.indicator_captures import indicator_results, missing_captures
from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.reports.paimef.informe_pdf import informe_pdf
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.paimef_builders import action, programme

AS_OF = date(2026, 4, 10)


def _informe() -> PaimefInforme:
    # Indicator 4 of the first quarter not captured (an «anexo5» warning); acción A.9 with no
    # budget nor justification (two «3.4i-…» errors).
    value = programme(
        action("A.9", "A", "A-I", "0", justification=""), action("B.1", "B", "B-I", "100")
    )
    captures = {(2, "2026-T1"): (Decimal(130), Decimal(100))}
    findings = [*check_programme(value, AS_OF), *missing_captures(2026, captures, AS_OF)]
    return build_informe(
        value,
        AS_OF,
        indicator_results(2026, captures),
        compute_deadlines(2026, value.dates, BusinessCalendar()),
        findings,
    )


def test_the_review_shows_each_rule_by_its_numeral() -> None:
    informe = _informe()
    assert {"anexo5", "3.4i-presupuesto"} <= {finding.rule for finding in informe.findings}

    book = load_workbook(BytesIO(informe_xlsx(informe)))
    rules = {row[1] for row in book["Revisión"].iter_rows(values_only=True)}
    with pdfplumber.open(BytesIO(informe_pdf(informe))) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)

    assert {"3.6.2 c) / Anexo 5", "3.4 i)"} <= rules
    assert not {"anexo5", "3.4i-presupuesto", "3.4i-justificacion"} & rules
    assert "3.6.2 c) / Anexo 5" in text
    assert "anexo5" not in text
    assert "3.4i-" not in text


def test_indicator_values_are_numbers_in_excel() -> None:
    book = load_workbook(BytesIO(informe_xlsx(_informe())))
    sheet = book["Indicadores"]
    row = next(
        r for r in sheet.iter_rows() if r[0].value == 2 and r[2].value == "primer trimestre de 2026"
    )
    value = row[3]

    assert value.data_type == "n"
    assert value.value == 30  # (130 / 100 − 1) × 100
    assert value.number_format == '0.00"%"'  # indicator 2 is a «Porcentaje»
    others = [r[3].value for r in sheet.iter_rows() if r[3].value in ("sin capturar",)]
    assert others  # a period without its capture still says so in words
