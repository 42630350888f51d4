"""Delivery dates of quarterly reports: how many days are left, or how late a report is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ism_desktop.domain.dependency_words import CODE_ROOM, codes_by_dependency
from ism_desktop.domain.local_time import instant
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar
from ism_desktop.domain.quarter import Quarter

_WEEKEND = ("sábado", "domingo")
_NAMED = re.compile(r"(.*?)(?: \((.*)\))?")
_A_DATE = re.compile(r"\d{1,2} de [a-z]+")


def due_date_problem(due: date, year: int, quarter: Quarter) -> str | None:
    """Why ``due`` cannot be the quarter's delivery date (Spanish, no final stop), or ``None``.

    From the quarter's first day to the end of the next year: «15/01/2023» for the fourth
    quarter of 2024 made every unit late. The bounds of a date received in a package: an
    earlier version let a date be typed before its quarter ended, and such a package is still
    taken. A date typed now must also fall after the quarter (``delivery_dates.out_of_time``).
    """
    first, last = quarter.first_day(year), date(year + 1, 12, 31)
    if first <= due <= last:
        return None
    return (
        f"la fecha de entrega del trimestre {int(quarter)} de {year} "
        f"({due:%d/%m/%Y}) debe caer entre el {first:%d/%m/%Y} y el {last:%d/%m/%Y}"
    )


def days_left(due: date, today: date) -> int:
    """Days until the due date (negative once it has passed)."""
    return (due - today).days


def countdown_text(due: date, today: date, delivered: bool = False) -> str:
    """Spanish, e.g. ``faltan 5 días``, ``vence hoy`` or ``3 días de atraso``.

    Read after a delivery date («Fecha de entrega: 15/04/2024 (3 días de atraso)»): a noun, so
    that no adjective has to agree with whatever the sentence is about. ``delivered`` (the
    coordinator's PC, no unit missing) says the board's words: «(entregado)» there read as the
    coordinator's own report sent, its quarter still open.
    """
    if delivered:
        return "todas las unidades al día"
    left = days_left(due, today)
    if left > 1:
        return f"faltan {left} días"
    if left == 1:
        return "falta 1 día"
    if left == 0:
        return "vence hoy"
    late = -left
    return f"{late} día{'s' if late != 1 else ''} de atraso"


def is_late(due: date, today: date, delivered: bool) -> bool:
    """Whether a report not delivered is past its due date."""
    return not delivered and today > due


def arrived_late(due: date, received_at: str) -> bool:
    """Whether a report that arrived at ``received_at`` (a stored moment) came after its due date.

    The day is this PC's, as the board shows it: due the 15th, arriving the 15th is on time.
    """
    try:
        day = instant(received_at).astimezone().date()
    except (OverflowError, ValueError):  # not a moment: nothing to say it came late
        return False
    return day > due


def late_units_text(
    units: Sequence[tuple[str, str]], shown: int = 3, *, several: bool = False
) -> str:
    """The late units in a few words: ``001, 003, 004 y 4 más`` (a status bar has no room).

    ``units`` are (dependency, code) pairs; among ``several`` dependencies the codes repeat,
    and each says its own: ``003, 004 de la dependencia 51; 001 de la dependencia 84 y 5 más``.
    A report reads a code of any length: a long one is cut, or the window grew past the screen.
    """
    cut = len(units) > shown + 1
    said = codes_by_dependency(units[:shown] if cut else units, several, room=CODE_ROOM)
    return f"{said} y {len(units) - shown} más" if cut else said


def non_working_note(due: date) -> str | None:
    """«el 12/07/2025 es sábado» for a delivery date on a weekend or an official holiday.

    The days of descanso obligatorio are the Ley Federal del Trabajo's, as the PAIMEF deadlines
    count them. Such a date is allowed (the institution decides); this says it, no more.
    """
    reason = BusinessCalendar().non_working_reason(due)
    if reason is None:
        return None
    said = f"el {due:%d/%m/%Y} es"
    if reason in _WEEKEND:
        return f"{said} {reason}"
    # The law's names: «1 de enero», «Primer lunes de febrero (5 de febrero)», «1 de octubre
    # (transmisión…)». The date itself is said already; a movable day says which it stands for.
    named = _NAMED.fullmatch(reason)
    head, why = (named.group(1), named.group(2)) if named else (reason, None)
    if _A_DATE.fullmatch(head):
        detail = "" if why is None else f" ({why})"
    else:
        detail = (
            f" ({head[:1].lower()}{head[1:]}" + ("" if why is None else f", por el {why}") + ")"
        )
    return f"{said} día de descanso obligatorio{detail}"
