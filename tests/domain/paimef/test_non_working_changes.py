"""The changes of the user's non-working days, as the PAIMEF history records them."""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.paimef.business_calendar import BusinessCalendar, NonWorkingDay
from ism_desktop.domain.paimef.deadlines import compute_deadlines
from ism_desktop.domain.paimef.non_working_changes import (
    already_there,
    day_changes,
    moved_deadlines,
    with_day,
)

THURSDAY = NonWorkingDay(date(2026, 4, 2), "Jueves Santo")
FRIDAY = NonWorkingDay(date(2026, 4, 3), "Viernes Santo")


def test_a_day_added_changed_and_removed() -> None:
    changes = day_changes([THURSDAY], [NonWorkingDay(THURSDAY.day, "otra vez"), FRIDAY])
    assert [(c.what, c.detail) for c in changes] == [
        ("día inhábil 02/04/2026, motivo cambiado", "motivo: «Jueves Santo» → «otra vez»"),
        ("día inhábil 03/04/2026 agregado", "Viernes Santo"),
    ]
    removed = day_changes([THURSDAY, FRIDAY], [FRIDAY])
    assert [(c.what, c.detail) for c in removed] == [
        ("día inhábil 02/04/2026 quitado", "Jueves Santo")
    ]
    assert day_changes([THURSDAY], [THURSDAY]) == []


def test_with_day_replaces_the_one_of_its_date() -> None:
    assert with_day([FRIDAY], THURSDAY) == [THURSDAY, FRIDAY]
    again = NonWorkingDay(THURSDAY.day, "otra vez")
    assert with_day([THURSDAY, FRIDAY], again) == [again, FRIDAY]
    assert already_there([THURSDAY, FRIDAY], THURSDAY.day) == THURSDAY
    assert already_there([FRIDAY], THURSDAY.day) is None


def test_the_deadlines_a_day_moves() -> None:
    dates = {"firma_instrumento": date(2026, 3, 13)}
    before = compute_deadlines(2026, dates, BusinessCalendar())
    after = compute_deadlines(2026, dates, BusinessCalendar([THURSDAY]))
    moved = moved_deadlines(before, after)
    assert any("4.3.6" in line and "27/04/2026 → 28/04/2026" in line for line in moved)
    assert moved_deadlines(before, before) == []
