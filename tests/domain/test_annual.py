"""Annual figures by VAL. ACUM.: a sum (SI) or the last programmed quarter (NO)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.annual import achieved_to_date, expected_annual, last_programmed_index


def d(*values: int | str | None) -> list[Decimal | None]:
    return [None if v is None else Decimal(str(v)) for v in values]


def test_cumulative_annual_is_the_sum() -> None:
    assert expected_annual(d(500, 500, 400, 500), cumulative=True) == Decimal(1900)


def test_non_cumulative_annual_is_last_programmed_quarter() -> None:
    # Q3 90/90, Q4 0/0 -> annual 90/90 (unit 002, satisfaction survey).
    num, den = d(0, 0, 90, 0), d(0, 0, 90, 0)

    assert expected_annual(num, False, den) == Decimal(90)
    assert expected_annual(den, False, num) == Decimal(90)


def test_non_cumulative_pair_takes_both_figures_from_the_same_quarter() -> None:
    # NUM 0 in Q4 but DEN programmed there: the annual pair is Q4's, 0/100.
    num, den = d(100, 100, 100, 0), d(100, 100, 100, 100)

    assert expected_annual(num, False, den) == Decimal(0)
    assert expected_annual(den, False, num) == Decimal(100)


def test_nothing_programmed_gives_zero() -> None:
    assert expected_annual(d(0, 0, 0, 0), cumulative=False) == Decimal(0)
    assert last_programmed_index(d(0, 0, 0, 0)) is None


@pytest.mark.parametrize(
    ("cumulative", "through", "expected"),
    [(True, 0, "6"), (True, 1, "10"), (False, 1, "4"), (True, 3, "10")],
)
def test_achieved_to_date(cumulative: bool, through: int, expected: str) -> None:
    assert achieved_to_date(d(6, 4, None, None), cumulative, through) == Decimal(expected)


def test_achieved_to_date_before_anything_reported() -> None:
    assert achieved_to_date(d(None, None, None, None), True, 3) is None
