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
        ("01/01/00", date(2000, 1, 1)),
    ],
)
def test_day_first_and_iso_are_read(typed: str, expected: date) -> None:
    assert parse_typed_date(typed) == expected
    assert read_typed_date(typed) == expected  # the one reading every typed date goes through


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
