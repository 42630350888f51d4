"""A delivery date typed with two digits of year is read near the year it is for.

Not near the clock's: the dates of 2022's quarters, typed «15/01/23» in 2026, are of 2023.
"""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import ClosingError, check_due_date


def test_an_earlier_years_date_is_read_near_that_year() -> None:
    assert check_due_date("15/01/23", 2022, Quarter.FOURTH) == date(2023, 1, 15)
    assert check_due_date("15/07/22", 2022, Quarter.SECOND) == date(2022, 7, 15)


def test_a_two_digit_year_far_from_its_year_is_refused_saying_how_it_read() -> None:
    with pytest.raises(ClosingError, match=r"trimestre 2: la fecha «1/2/30» sería el 01/02/2030"):
        check_due_date("1/2/30", 2024, Quarter.SECOND)
