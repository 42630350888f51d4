"""The calendar days a quarter starts and ends on."""

from __future__ import annotations

from datetime import date

from ism_desktop.domain.quarter import Quarter


def test_each_quarter_starts_on_the_first_of_its_first_month() -> None:
    starts = [quarter.first_day(2024) for quarter in Quarter]

    assert starts == [date(2024, 1, 1), date(2024, 4, 1), date(2024, 7, 1), date(2024, 10, 1)]


def test_each_quarter_ends_on_the_last_day_of_its_last_month() -> None:
    ends = [quarter.last_day(2024) for quarter in Quarter]

    assert ends == [date(2024, 3, 31), date(2024, 6, 30), date(2024, 9, 30), date(2024, 12, 31)]
