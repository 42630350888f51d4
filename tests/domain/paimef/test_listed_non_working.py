"""A day on the list of non-working days that the week or the law already closes is warned of.

Lists written before such a day was refused still hold some: kept as they are, but said.
"""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, NonWorkingDay
from ism_desktop.domain.paimef.findings import Severity, message_with_remedy
from ism_desktop.domain.paimef.non_working_checks import listed_but_already_closed
from ism_desktop.domain.paimef.rule_references import field_label, rule_reference

LIST = [
    NonWorkingDay(date(2026, 3, 7), "Cierre anual"),  # a Saturday
    NonWorkingDay(date(2026, 4, 2), "Jueves Santo"),  # a Thursday: a true addition
    NonWorkingDay(date(2026, 5, 1), "Día del Trabajo"),  # a Friday of the LFT's holidays
    NonWorkingDay(date(2025, 12, 28), "Vacaciones"),  # a Sunday of the year before
]


def test_a_weekend_and_a_holiday_on_the_list_are_warned_of_in_their_year() -> None:
    findings = listed_but_already_closed(BusinessCalendar(LIST), 2026)

    assert [(f.rule, f.severity, f.action, f.field) for f in findings] == [
        ("dias_inhabiles", Severity.WARNING, "", "inhabil.2026-03-07"),
        ("dias_inhabiles", Severity.WARNING, "", "inhabil.2026-05-01"),
    ]
    assert findings[0].message == (
        "El día inhábil 07/03/2026 («Cierre anual») de la lista de días inhábiles agregados es "
        "sábado: ya era inhábil sin anotarlo y no cambia ningún plazo."
    )
    assert findings[1].message == (
        "El día inhábil 01/05/2026 («Día del Trabajo») de la lista de días inhábiles agregados "
        "es de descanso obligatorio por la Ley Federal del Trabajo («1 de mayo»): ya era "
        "inhábil sin anotarlo y no cambia ningún plazo."
    )
    # What to do is said apart: only the window can remove the day (not a printed informe).
    assert findings[0].remedy == (
        "Puede quitarlo de la lista en la pestaña «Fechas y plazos» o justificar este aviso."
    )
    assert message_with_remedy(findings[0]) == f"{findings[0].message} {findings[0].remedy}"


def test_the_days_of_another_year_are_left_to_that_years_review() -> None:
    findings = listed_but_already_closed(BusinessCalendar(LIST), 2025)

    assert [f.field for f in findings] == ["inhabil.2025-12-28"]
    assert "es domingo:" in findings[0].message


def test_a_list_of_true_additions_says_nothing() -> None:
    calendar = BusinessCalendar([NonWorkingDay(date(2026, 4, 2), "Jueves Santo")])

    assert listed_but_already_closed(calendar, 2026) == []
    assert listed_but_already_closed(BusinessCalendar(), 2026) == []


def test_the_warning_is_read_by_what_it_is_about() -> None:
    assert rule_reference("dias_inhabiles") == "Días inhábiles"
    assert field_label("inhabil.2026-03-07") == "día inhábil 07/03/2026"
