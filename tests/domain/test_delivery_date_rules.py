"""A quarter's delivery date comes after the quarter ends, and the quarters fall due in order."""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.delivery_dates import out_of_order, out_of_time
from ism_desktop.domain.quarter import Quarter

_AFTER = "debe ser posterior al {}, último día del trimestre."


@pytest.mark.parametrize(
    ("year", "quarter", "due", "rule"),
    [
        (2025, Quarter.THIRD, date(2025, 7, 10), _AFTER.format("30/09/2025")),
        (2025, Quarter.THIRD, date(2025, 9, 30), _AFTER.format("30/09/2025")),
        (2025, Quarter.FOURTH, date(2025, 12, 15), _AFTER.format("31/12/2025")),
        # «15/01/2023» for the fourth quarter of 2024 made every unit late by 1,418 days.
        (2024, Quarter.FOURTH, date(2023, 1, 15), _AFTER.format("31/12/2024")),
        (2023, Quarter.FIRST, date(2025, 1, 1), "debe caer a más tardar el 31/12/2024."),
    ],
    ids=["dentro", "su-último-día", "cuarto-en-diciembre", "año-anterior", "dos-años-después"],
)
def test_a_date_not_after_its_quarter_or_too_late_is_said(
    year: int, quarter: Quarter, due: date, rule: str
) -> None:
    said = f"la fecha de entrega del trimestre {int(quarter)} de {year} ({due:%d/%m/%Y}) {rule}"
    assert out_of_time(due, year, quarter) == said


@pytest.mark.parametrize(
    ("quarter", "due"),
    [
        (Quarter.FIRST, date(2025, 4, 1)),
        (Quarter.THIRD, date(2025, 10, 1)),
        (Quarter.FOURTH, date(2026, 1, 15)),
        (Quarter.FOURTH, date(2026, 12, 31)),
    ],
)
def test_a_date_after_its_quarter_within_the_next_year_is_allowed(
    quarter: Quarter, due: date
) -> None:
    assert out_of_time(due, 2025, quarter) is None


def _dates(*typed: str | None) -> dict[Quarter, date]:
    """The quarters' dates from day-first texts, in quarter order; None: no date."""
    return {
        q: date(int(t[6:]), int(t[3:5]), int(t[:2]))
        for q, t in zip(Quarter, typed, strict=True)
        if t is not None
    }


_T3_BEFORE_T2 = "el trimestre 3 vencería el 15/10/2025, antes que el trimestre 2 (20/10/2025)"
_T4_BEFORE_T3 = "el trimestre 4 vencería el 10/10/2025, antes que el trimestre 3 (15/10/2025)"


@pytest.mark.parametrize(
    ("dates", "involving", "said"),
    [
        (_dates("15/04/2025", "20/10/2025", "15/10/2025", "15/01/2026"), None, [_T3_BEFORE_T2]),
        # Two reports due together (an extension) are in order; a quarter with no date skipped.
        (_dates("15/10/2025", "15/10/2025", None, "15/01/2026"), None, []),
        # The dialog asks about the dates typed, not again about two stored long ago.
        (
            _dates("20/07/2025", "15/07/2025", "15/10/2025", "10/10/2025"),
            {Quarter.FOURTH},
            [_T4_BEFORE_T3],
        ),
        (
            _dates("20/07/2025", "15/07/2025", "15/10/2025", "10/10/2025"),
            None,
            [
                "el trimestre 2 vencería el 15/07/2025, antes que el trimestre 1 (20/07/2025)",
                _T4_BEFORE_T3,
            ],
        ),
    ],
    ids=["t3-antes-que-t2", "mismo-día-y-huecos", "solo-lo-escrito", "todas"],
)
def test_a_quarter_falling_due_before_an_earlier_one_is_noted(
    dates: dict[Quarter, date], involving: set[Quarter] | None, said: list[str]
) -> None:
    assert out_of_order(dates, involving) == said
