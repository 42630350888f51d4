"""Días hábiles: weekdays that are not a day of descanso obligatorio nor a day the user closed.

The days of descanso obligatorio are those of the Ley Federal del Trabajo, art. 74. The 1 October
of every six years (the transmission of the Federal Executive) holds from 2024; earlier
sexenios used 1 December, which a user adds as a non-working day if an old year needs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

_MONDAY = 0
_SATURDAY = 5
_TRANSMISSION_FROM = 2024
_TRANSMISSION_EVERY = 6


@dataclass(frozen=True, slots=True)
class NonWorkingDay:
    """A day the office does not work beyond the law's (Holy Week, a closure)."""

    day: date
    reason: str


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday = 0) of a month, e.g. the third Monday of March."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def federal_holidays(year: int) -> dict[date, str]:
    """The days of descanso obligatorio of one year (Ley Federal del Trabajo, art. 74)."""
    days = {
        date(year, 1, 1): "1 de enero",
        nth_weekday(year, 2, _MONDAY, 1): "Primer lunes de febrero (5 de febrero)",
        nth_weekday(year, 3, _MONDAY, 3): "Tercer lunes de marzo (21 de marzo)",
        date(year, 5, 1): "1 de mayo",
        date(year, 9, 16): "16 de septiembre",
        nth_weekday(year, 11, _MONDAY, 3): "Tercer lunes de noviembre (20 de noviembre)",
        date(year, 12, 25): "25 de diciembre",
    }
    if year >= _TRANSMISSION_FROM and (year - _TRANSMISSION_FROM) % _TRANSMISSION_EVERY == 0:
        days[date(year, 10, 1)] = "1 de octubre (transmisión del Poder Ejecutivo Federal)"
    return days


class BusinessCalendar:
    """Counts días hábiles and días naturales; knows why a day is not hábil."""

    def __init__(self, extra: Iterable[NonWorkingDay] = ()) -> None:
        self._extra = {item.day: item.reason for item in extra}
        self._holidays: dict[int, dict[date, str]] = {}

    @property
    def listed(self) -> list[NonWorkingDay]:
        """The days the user added, by date (the law's and the weekends are not among them)."""
        return [NonWorkingDay(day, reason) for day, reason in sorted(self._extra.items())]

    def non_working_reason(self, day: date) -> str | None:
        """Why ``day`` is not a día hábil (``None`` when it is one)."""
        if day.weekday() >= _SATURDAY:
            return "sábado" if day.weekday() == _SATURDAY else "domingo"
        holidays = self._holidays.get(day.year)
        if holidays is None:
            holidays = self._holidays[day.year] = federal_holidays(day.year)
        return holidays.get(day) or self._extra.get(day)

    def is_business_day(self, day: date) -> bool:
        """True for a weekday that is neither a legal holiday nor a day the user closed."""
        return self.non_working_reason(day) is None

    def add_business_days(self, start: date, count: int) -> date:
        """The ``count``-th día hábil after ``start`` (the day of the event is not counted)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        day, counted = start, 0
        while counted < count:
            day += timedelta(days=1)
            if self.is_business_day(day):
                counted += 1
        return day

    def last_business_day(self, year: int, month: int) -> date:
        """The last día hábil of a month, e.g. of February for the Programa Anual (4.3.1)."""
        next_month = date(year + month // 12, month % 12 + 1, 1)
        day = next_month - timedelta(days=1)
        while not self.is_business_day(day):
            day -= timedelta(days=1)
        return day

    def business_days_until(self, today: date, due: date) -> int:
        """Días hábiles left after ``today`` up to ``due``; negative (those passed) once late."""
        if due >= today:
            return self._count(today, due)
        return -self._count(due, today)

    def _count(self, after: date, through: date) -> int:
        days = (after + timedelta(days=offset) for offset in range(1, (through - after).days + 1))
        return sum(1 for day in days if self.is_business_day(day))
