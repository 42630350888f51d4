"""A delivery that closes the year recorded before the year closed: a typed year, most likely.

In January the office writes the Informe Final (4.3.9) or the reintegro (4.5.1) of the year
just closed, and «08/01/2026» for «08/01/2027» is the slip of the month. The term read
«cumplido», the warning of the unspent funds went quiet, and the review said nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ism_desktop.domain.paimef.programme_rules import check_programme
from tests.paimef_builders import programme

AFTER_CLOSE = date(2027, 1, 20)


def _date_findings(**dates: date) -> list[tuple[str, str, str, str]]:
    value = programme(year=2026)
    value = replace(value, dates={**value.dates, **dates})
    return [
        (f.rule, f.severity.label, f.field, f.message)
        for f in check_programme(value, AFTER_CLOSE)
        if f.field.startswith("fechas.")
    ]


# Each delivery that closes the year: its label and the numeral of its term.
CLOSING = {
    "entrega_informe_final": ("Entrega del Informe Final", "4.3.9"),
    "reintegro_tesofe": ("Reintegro a la TESOFE realizado", "4.5.1"),
}


@pytest.mark.parametrize("key", CLOSING)
def test_a_closing_delivery_dated_inside_the_year_is_a_warning(key: str) -> None:
    label, numeral = CLOSING[key]
    expected = (
        f"Numeral {numeral}: la fecha de «{label}» (08/01/2026) es anterior al cierre del "
        "ejercicio 2026 (31/12/2026), desde el que corre su plazo; revise el año."
    )

    assert _date_findings(**{key: date(2026, 1, 8)}) == [
        (numeral, "aviso", f"fechas.{key}", expected)
    ]


@pytest.mark.parametrize("day", [date(2026, 12, 31), date(2027, 1, 8)])
def test_a_closing_delivery_on_the_last_day_or_after_it_says_nothing(day: date) -> None:
    assert _date_findings(entrega_informe_final=day, reintegro_tesofe=day) == []
