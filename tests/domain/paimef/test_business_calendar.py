"""Días hábiles across weekends, the LFT art. 74 holidays, days the user closes and year ends."""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.paimef.business_calendar import (
    BusinessCalendar,
    NonWorkingDay,
    federal_holidays,
)


def test_holidays_of_2026_written_out() -> None:
    # 2026: 1 Feb is a Sunday, so the first Monday is 2 Feb; March's Mondays are 2, 9, 16;
    # November's are 2, 9, 16. No transmission of power in 2026.
    assert sorted(federal_holidays(2026)) == [
        date(2026, 1, 1),
        date(2026, 2, 2),
        date(2026, 3, 16),
        date(2026, 5, 1),
        date(2026, 9, 16),
        date(2026, 11, 16),
        date(2026, 12, 25),
    ]


@pytest.mark.parametrize(
    ("year", "is_holiday"), [(2024, True), (2025, False), (2029, False), (2030, True), (2036, True)]
)
def test_first_of_october_every_six_years_from_2024(year: int, is_holiday: bool) -> None:
    assert (date(year, 10, 1) in federal_holidays(year)) is is_holiday


def test_mondays_of_2024() -> None:
    holidays = federal_holidays(2024)
    assert date(2024, 2, 5) in holidays  # 1 Feb 2024 was a Thursday
    assert date(2024, 3, 18) in holidays
    assert date(2024, 11, 18) in holidays


def test_weekends_and_holidays_are_not_business_days() -> None:
    calendar = BusinessCalendar()
    assert calendar.non_working_reason(date(2026, 3, 14)) == "sábado"
    assert calendar.non_working_reason(date(2026, 3, 15)) == "domingo"
    assert calendar.non_working_reason(date(2026, 3, 16)) == "Tercer lunes de marzo (21 de marzo)"
    assert calendar.is_business_day(date(2026, 3, 17))
    assert calendar.is_business_day(date(2026, 10, 1))  # a Thursday, not a transmission year


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        # Friday → the following Monday.
        (date(2026, 3, 6), 1, date(2026, 3, 9)),
        # Friday 13 March; Monday 16 is a holiday: 17, 18, 19, 20, 23.
        (date(2026, 3, 13), 1, date(2026, 3, 17)),
        (date(2026, 3, 13), 5, date(2026, 3, 23)),
        # ... then 24, 25, 26, 27, 30.
        (date(2026, 3, 13), 10, date(2026, 3, 30)),
        # Thursday 31 Dec 2026; Friday 1 Jan is a holiday; 4, 5, 6, 7, 8 January 2027.
        (date(2026, 12, 31), 5, date(2027, 1, 8)),
        # Wednesday 24 Dec 2025; 25 is a holiday; Friday 26, then Monday 29.
        (date(2025, 12, 24), 2, date(2025, 12, 29)),
        # Saturday start counts from Monday.
        (date(2026, 3, 21), 1, date(2026, 3, 23)),
    ],
)
def test_add_business_days(start: date, count: int, expected: date) -> None:
    assert BusinessCalendar().add_business_days(start, count) == expected


def test_thirty_business_days_with_and_without_holy_week() -> None:
    # From Friday 13 March 2026: March 17-20 (4), 23-27 (9), 30-31 (11), April 1-3 (14),
    # 6-10 (19), 13-17 (24), 20-24 (29), Monday 27 April (30).
    assert BusinessCalendar().add_business_days(date(2026, 3, 13), 30) == date(2026, 4, 27)
    closed = [
        NonWorkingDay(date(2026, 4, 2), "Jueves Santo"),
        NonWorkingDay(date(2026, 4, 3), "Viernes Santo"),
    ]
    calendar = BusinessCalendar(closed)
    # Two fewer business days in the first week of April: two more at the end (28, 29).
    assert calendar.add_business_days(date(2026, 3, 13), 30) == date(2026, 4, 29)
    assert calendar.non_working_reason(date(2026, 4, 3)) == "Viernes Santo"


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [
        (2026, 2, date(2026, 2, 27)),  # 28 Feb 2026 is a Saturday
        (2027, 2, date(2027, 2, 26)),  # 28 Feb 2027 is a Sunday
        (2024, 2, date(2024, 2, 29)),  # leap year, a Thursday
        (2026, 5, date(2026, 5, 29)),  # 31 May 2026 is a Sunday
        (2026, 12, date(2026, 12, 31)),  # a Thursday
    ],
)
def test_last_business_day(year: int, month: int, expected: date) -> None:
    assert BusinessCalendar().last_business_day(year, month) == expected


def test_last_business_day_skips_a_closed_day() -> None:
    calendar = BusinessCalendar([NonWorkingDay(date(2026, 2, 27), "Cierre de oficinas")])
    assert calendar.last_business_day(2026, 2) == date(2026, 2, 26)


def test_business_days_until_counts_forward_and_back() -> None:
    calendar = BusinessCalendar()
    assert calendar.business_days_until(date(2026, 3, 13), date(2026, 3, 23)) == 5
    assert calendar.business_days_until(date(2026, 3, 23), date(2026, 3, 23)) == 0
    # Two business days (24 and 25) have passed since the deadline.
    assert calendar.business_days_until(date(2026, 3, 25), date(2026, 3, 23)) == -2


def test_count_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        BusinessCalendar().add_business_days(date(2026, 1, 5), 0)
