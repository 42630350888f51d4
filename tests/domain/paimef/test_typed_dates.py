"""Dates typed by office staff: day first as they write them (15/03/2026), or AAAA-MM-DD."""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.paimef.input_parsing import InputError, parse_typed_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15/03/2026", date(2026, 3, 15)),
        ("5/3/2026", date(2026, 3, 5)),
        (" 05/03/2026 ", date(2026, 3, 5)),
        ("2026-03-05", date(2026, 3, 5)),
        ("31/12/2100", date(2100, 12, 31)),
    ],
)
def test_day_first_and_iso_are_read(typed: str, expected: date) -> None:
    assert parse_typed_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("30/02/2026", "no existe"),
        ("03/15/2026", "no existe"),  # month first is not how it is written here
        ("15/03/26", "DD/MM/AAAA"),
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
