"""Changes of the user's non-working days and the deadlines they moved, for the history."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ism_desktop.domain.paimef.business_calendar import (
    BusinessCalendar,
    NonWorkingDay,
    federal_holidays,
)
from ism_desktop.domain.paimef.deadlines import Deadline
from ism_desktop.domain.typed_date import day_first
from ism_desktop.domain.wording import after_colon


@dataclass(frozen=True, slots=True)
class NonWorkingDayChange:
    """One day added, removed or given another reason; ``what`` and ``detail`` as recorded."""

    day: date
    what: str
    detail: str


def already_there(days: Iterable[NonWorkingDay], day: date) -> NonWorkingDay | None:
    """The non-working day already listed for ``day``, if any."""
    return next((item for item in days if item.day == day), None)


def known_non_working(day: date) -> str | None:
    """Why adding ``day`` would change nothing (a weekend, a legal holiday), or ``None``.

    Such a day is already not hábil: listed, it moved no deadline and only made the list
    longer, and the person did not learn that the program already counted it.
    """
    holiday = federal_holidays(day.year).get(day)
    if holiday is not None:
        return (
            f"El {day_first(day)} ya es inhábil, de descanso obligatorio por la Ley Federal del "
            f"Trabajo: {after_colon(holiday)}. No hace falta agregarlo."
        )
    weekend = BusinessCalendar().non_working_reason(day)
    if weekend is not None:
        return f"El {day_first(day)} es {weekend}: ya es inhábil. No hace falta agregarlo."
    return None


def with_day(days: Sequence[NonWorkingDay], new: NonWorkingDay) -> list[NonWorkingDay]:
    """The list with ``new`` added, or in place of the one listed for its date."""
    return sorted([*(item for item in days if item.day != new.day), new], key=lambda i: i.day)


def day_changes(
    before: Iterable[NonWorkingDay], after: Iterable[NonWorkingDay]
) -> list[NonWorkingDayChange]:
    """What differs between two lists of non-working days, by date."""
    old = {item.day: item.reason for item in before}
    new = {item.day: item.reason for item in after}
    changes = []
    for day in sorted(old.keys() | new.keys()):
        shown = f"día inhábil {day_first(day)}"
        if day not in old:
            changes.append(NonWorkingDayChange(day, f"{shown} agregado", new[day]))
        elif day not in new:
            changes.append(NonWorkingDayChange(day, f"{shown} quitado", old[day]))
        elif old[day] != new[day]:
            detail = f"motivo: «{old[day]}» → «{new[day]}»"
            changes.append(NonWorkingDayChange(day, f"{shown}, motivo cambiado", detail))
    return changes


def moved_deadlines(before: Sequence[Deadline], after: Sequence[Deadline]) -> list[str]:
    """Each deadline whose due day differs between two computations, «… : old → new»."""
    was = {item.term.key: item.due for item in before}
    return [
        f"plazo {item.term.numeral} ({item.description}): "
        f"{day_first(was[item.term.key])} → {day_first(item.due)}"
        for item in after
        if item.term.key in was and was[item.term.key] != item.due
    ]
