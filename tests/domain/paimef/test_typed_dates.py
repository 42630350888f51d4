"""Dates typed by office staff: day first as they write them (15/03/2026), or AAAA-MM-DD.

A year of two digits («15/03/26», as the office writes it) is of this century: refused, a
first reader typed the date again and again without seeing what was wrong with it.
"""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.paimef.input_parsing import InputError, parse_typed_date
from ism_desktop.domain.typed_date import read_typed_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15/03/2026", date(2026, 3, 15)),
        ("5/3/2026", date(2026, 3, 5)),
        (" 05/03/2026 ", date(2026, 3, 5)),
        ("2026-03-05", date(2026, 3, 5)),
        ("31/12/2100", date(2100, 12, 31)),
        ("15/03/26", date(2026, 3, 15)),
        ("5/3/26", date(2026, 3, 5)),
        ("29/02/28", date(2028, 2, 29)),
    ],
)
def test_day_first_and_iso_are_read(typed: str, expected: date) -> None:
    # Two digits of year are read near the year worked on: 2026 here, not the test's clock.
    assert parse_typed_date(typed, near=2026) == expected
    assert read_typed_date(typed, near=2026) == expected  # the one reading of typed dates


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("30/02/2026", "no existe"),
        ("03/15/2026", "no existe"),  # month first is not how it is written here
        ("15/03/6", "DD/MM/AAAA"),  # one digit, three: no way to tell which year is meant
        ("15/03/026", "DD/MM/AAAA"),
        ("26-03-15", "DD/MM/AAAA"),  # day or year first? neither is how dates are typed here
        ("29/02/27", "no existe"),
        ("03/15/26", "no existe"),
        ("15.03.2026", "DD/MM/AAAA"),
        ("mañana", "DD/MM/AAAA"),
        ("", "DD/MM/AAAA"),
        ("01/01/1999", "fuera de los años"),
        ("2026-02-30", "no existe"),
    ],
)
def test_what_is_not_a_date_says_why(typed: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        parse_typed_date(typed)


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("1/2/30", "01/02/2030"),  # four years ahead: a slip, not a date anyone meant
        ("26/03/15", "26/03/2015"),  # 2026-03-15 typed year first, as «26-03-15» is refused
        ("01/01/00", "01/01/2000"),
    ],
)
def test_a_two_digit_year_far_from_the_working_one_is_refused(typed: str, read_as: str) -> None:
    with pytest.raises(
        ValueError, match=f"sería el {read_as}, a más de dos años de 2026.*cuatro cifras"
    ):
        read_typed_date(typed, near=2026)
    with pytest.raises(InputError, match=f"sería el {read_as}"):
        parse_typed_date(typed, near=2026)


@pytest.mark.parametrize(
    ("typed", "near", "expected"),
    [
        ("15/03/24", 2026, date(2024, 3, 15)),  # last programme's year, two back
        ("31/12/28", 2026, date(2028, 12, 31)),
        ("15/07/24", 2024, date(2024, 7, 15)),  # a 2024 quarter's date, typed years later
        ("1/2/2030", 2026, date(2030, 2, 1)),  # four digits: the year said whole is taken
        ("2015-03-26", 2026, date(2015, 3, 26)),
    ],
)
def test_a_year_near_the_working_one_or_written_whole_is_read(
    typed: str, near: int, expected: date
) -> None:
    assert read_typed_date(typed, near=near) == expected
