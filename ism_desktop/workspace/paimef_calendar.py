"""Changing the non-working days: the file beside the data and its PAIMEF history rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, NonWorkingDay
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.non_working_changes import (
    NonWorkingDayChange,
    day_changes,
    moved_deadlines,
)
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_review import non_working_days, save_non_working


@dataclass(frozen=True, slots=True)
class NonWorkingDaysSaved:
    """What a save changed: the days, and each deadline moved (by fiscal year)."""

    changes: tuple[NonWorkingDayChange, ...]
    moved: dict[int, list[str]]

    @property
    def summary(self) -> str:
        """The changes in a sentence, for the window's message line («Guardado: …»)."""
        said = "; ".join(change.what for change in self.changes)
        count = sum(len(lines) for lines in self.moved.values())
        if count:
            said += "; mueve 1 plazo" if count == 1 else f"; mueve {count} plazos"
        return said


def change_non_working_days(
    store: Store,
    days: Sequence[NonWorkingDay],
    author: Author,
    year: int | None = None,
    named: Mapping[date, str] | None = None,
) -> NonWorkingDaysSaved:
    """Replace the non-working days with ``days``; each change recorded in the history.

    ``named``: how the history names a day's change, by its day, when Deshacer or Rehacer
    writes it («deshacer: día inhábil 02/04/2026 agregado»); else by what it did.

    Each change is in the history of its day's year, of each year whose deadlines it moved, and
    of ``year``, the one the person works on (a day of 2025 changed in the 2026 window).

    The history rows and the file are written together: a file that cannot be written leaves
    no row, a row that cannot be written leaves the file as it was.

    Raises:
        PaimefFormatError: the file there cannot be read (it is never replaced unread).
        StoreError: the database refused the history rows; nothing changed.
        OSError: the file could not be written; nothing changed.
    """
    before = non_working_days(store)
    changes = day_changes(before, days)
    if not changes:
        return NonWorkingDaysSaved((), {})
    moved = _moved(store, BusinessCalendar(before), BusinessCalendar(days))
    with store.one_transaction():
        for number, change in enumerate(changes, start=1):
            years = {change.day.year} if year is None else {change.day.year, year}
            details = [change.detail]
            if number == len(changes):  # the deadlines moved by them all, said once
                years |= moved.keys()
                details += [
                    line if year == change.day.year else f"PAIMEF {year}, {line}"
                    for year, lines in sorted(moved.items())
                    for line in lines
                ]
            what = (named or {}).get(change.day, change.what)
            store.paimef.record_change(years, author, what, details)
        save_non_working(store, list(days))
    return NonWorkingDaysSaved(tuple(changes), moved)


def _moved(store: Store, before: BusinessCalendar, after: BusinessCalendar) -> dict[int, list[str]]:
    moved = {}
    for year in store.paimef.years():
        programme = store.paimef.load(year)
        if programme is None:
            continue
        lines = moved_deadlines(
            compute_deadlines(year, programme.dates, before),
            compute_deadlines(year, programme.dates, after),
        )
        if lines:
            moved[year] = lines
    return moved
