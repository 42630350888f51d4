"""A day on the user's list of non-working days that the week or the law already closes.

Adding such a day is refused (``known_non_working``), but a list written before that check, or
by hand, may hold one. It is kept as it is (it is the user's data and harms no count) and said
as a warning of the review: the person believed the list made that day inhábil.
"""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, federal_holidays
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.domain.typed_date import day_first

RULE = "dias_inhabiles"


def why_already_closed(day: date) -> str | None:
    """Why ``day`` is inhábil without any list («sábado», a legal holiday), or ``None``."""
    holiday = federal_holidays(day.year).get(day)
    if holiday is not None:
        return f"de descanso obligatorio por la Ley Federal del Trabajo («{holiday}»)"
    return BusinessCalendar().non_working_reason(day)


def listed_but_already_closed(calendar: BusinessCalendar, year: int) -> list[PaimefFinding]:
    """A warning for each listed day of ``year`` that is a weekend or a legal holiday."""
    findings = []
    for listed in calendar.listed:
        why = why_already_closed(listed.day) if listed.day.year == year else None
        if why is None:
            continue
        findings.append(
            PaimefFinding(
                RULE,
                Severity.WARNING,
                "",
                f"inhabil.{listed.day.isoformat()}",
                f"El día inhábil {day_first(listed.day)} («{listed.reason}») de la lista de días "
                f"inhábiles agregados es {why}: ya era inhábil sin anotarlo y no cambia ningún "
                "plazo. Puede quitarlo de la lista en la pestaña «Fechas y plazos» de la ventana "
                "PAIMEF o justificar este aviso.",
            )
        )
    return findings
