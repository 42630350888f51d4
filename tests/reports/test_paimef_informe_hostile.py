"""The PAIMEF informe with what people really type: many long metas, long names, odd text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO

import pdfplumber
import pytest
from openpyxl import load_workbook

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.indicator_captures import indicator_results
from ism_desktop.domain.paimef.informe import PaimefInforme, build_informe
from ism_desktop.domain.paimef.programme import AnnualProgramme, Goal
from ism_desktop.domain.paimef.programme_rules import check_programme
from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
from ism_desktop.exchange.paimef.xlsx_template import programme_to_xlsx
from ism_desktop.reports.paimef.informe_pdf import informe_pdf
from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.paimef_builders import programme

AS_OF = date(2026, 4, 1)
FORTY_METAS = tuple(
    Goal(
        f"Meta {n:02} de capacitación a servidoras públicas municipales en la atención de "
        "primer contacto",
        "PERSONA",
        n,
    )
    for n in range(1, 41)
)


def _informe(value: AnnualProgramme) -> PaimefInforme:
    deadlines = compute_deadlines(2026, value.dates, BusinessCalendar())
    return build_informe(
        value, AS_OF, indicator_results(2026, {}), deadlines, check_programme(value, AS_OF)
    )


def _with_first(value: AnnualProgramme, **changes: object) -> AnnualProgramme:
    first = replace(value.actions[0], **changes)  # type: ignore[arg-type]
    return replace(value, actions=(first, *value.actions[1:]))


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize(
    "changes",
    [
        # Forty metas of an ordinary length: one acción's row is taller than a page.
        {"goals": FORTY_METAS},
        {"name": "\n".join(f"Renglón {n} del nombre de la acción" for n in range(1, 301))},
        {"name": "Diplomado " * 400},
    ],
    ids=["forty-metas", "three-hundred-lines", "long-name"],
)
def test_an_acción_taller_than_a_page_runs_on_to_the_next(changes: dict[str, object]) -> None:
    value = _with_first(programme(), **changes)

    text = _pdf_text(informe_pdf(_informe(value)))

    first = value.actions[0]
    last_words = (first.goals[-1].description if "goals" in changes else first.name).split()[-4:]
    assert " ".join(last_words) in " ".join(text.split())
    assert "Total del Programa Anual" in text


def test_an_institution_starting_with_equals_is_text_in_every_workbook() -> None:
    value = replace(programme(), institution="=1+1 Instituto")

    informe = load_workbook(BytesIO(informe_xlsx(_informe(value))))
    template = programme_to_xlsx(value)

    for sheet in informe.worksheets:
        assert (sheet["A3"].data_type, sheet["A3"].value[:15]) == ("s", "=1+1 Instituto.")
    assert load_workbook(BytesIO(template))["Programa Anual"]["B3"].data_type == "s"
    assert programme_from_xlsx(template, "plantilla.xlsx").institution == "=1+1 Instituto"


@pytest.mark.parametrize(
    ("each", "word", "times"),
    [
        # $100,749,999.99 in bold, in a vertiente's subtotal, broke before its last digit.
        ("100749999.99", "$100,749,999.99", 8),
        ("100749999.99", "$402,999,999.96", 2),
        # A total past a billion broke too: «$1,200,000,000.0» and «0».
        ("300000000.00", "$1,200,000,000.00", 2),
    ],
)
def test_large_amounts_print_on_one_line(each: str, word: str, times: int) -> None:
    big = [
        replace(a, programmed=Decimal(each), exercised=Decimal(each)) for a in programme().actions
    ]
    value = replace(programme(), actions=tuple(big))

    with pdfplumber.open(BytesIO(informe_pdf(_informe(value)))) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words()]

    assert words.count(word) >= times
