"""A day on the user's list of non-working days that the week or the law already closes.

Adding such a day is refused (``known_non_working``), but a list written before that check, or
by hand, may hold one. It is kept as it is (it is the user's data and harms no count) and said
as a warning of the review, and marked in the list: the person believed the list closed it.
"""

from __future__ import annotations

from ism_desktop.domain.paimef.business_calendar import (
    BusinessCalendar,
    NonWorkingDay,
    federal_holidays,
)
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.domain.typed_date import day_first

RULE = "dias_inhabiles"


def closed_anyway(listed: NonWorkingDay) -> tuple[str, str] | None:
    """Why the listed day is inhábil without the list, at length and in a word; else None.

    («de descanso obligatorio por la Ley Federal del Trabajo («1 de mayo»)», «descanso
    obligatorio»), or («sábado», «sábado»).
    """
    holiday = federal_holidays(listed.day.year).get(listed.day)
    if holiday is not None:
        said = f"de descanso obligatorio por la Ley Federal del Trabajo («{holiday}»)"
        return said, "descanso obligatorio"
    weekend = BusinessCalendar().non_working_reason(listed.day)
    return None if weekend is None else (weekend, weekend)


def closed_anyway_finding(listed: NonWorkingDay) -> PaimefFinding | None:
    """The warning of a listed day that is a weekend or a legal holiday; else None."""
    closed = closed_anyway(listed)
    if closed is None:
        return None
    return PaimefFinding(
        RULE,
        Severity.WARNING,
        "",
        f"inhabil.{listed.day.isoformat()}",
        f"El día inhábil {day_first(listed.day)} («{listed.reason}») de la lista de días "
        f"inhábiles agregados es {closed[0]}: ya era inhábil sin anotarlo y no cambia ningún "
        "plazo.",
        remedy=(
            "Puede quitarlo de la lista en la pestaña «Fechas y plazos» o justificar este aviso."
        ),
    )


def listed_but_already_closed(calendar: BusinessCalendar, year: int) -> list[PaimefFinding]:
    """A warning for each listed day of ``year`` that is a weekend or a legal holiday."""
    found = (closed_anyway_finding(listed) for listed in calendar.listed if listed.day.year == year)
    return [finding for finding in found if finding is not None]
