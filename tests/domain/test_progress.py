"""The official % de avance: against ORIGINAL, truncated to hundredths; and against modified."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.progress import (
    is_reported,
    official_progress,
    progress_against_modified,
    truncate_hundredths,
)
from ism_desktop.domain.quarter import Quarter
from tests.builders import meta, row

Q1 = Quarter.FIRST


@pytest.mark.parametrize(
    ("original", "modified", "achieved", "official"),
    [
        (270, 900, 978, "362.22"),  # against modified it would be 108.66
        (900, 900, 761, "84.55"),
        (800, 800, 695, "86.87"),
        (500, 500, 386, "77.20"),
        (1600, 1600, 1709, "106.81"),
        (650, 650, 213, "32.76"),
        (50, 30, 39, "78.00"),
        (15, 6, 6, "40.00"),
        (3, 3, 2, "66.66"),  # truncated, never rounded up to 66.67
        (0, 1, 0, "0.00"),  # nothing programmed: 0.00 by definition
        (0, 0, 5, "0.00"),
    ],
)
def test_official_progress_on_report_figures(
    original: int, modified: int, achieved: int, official: str
) -> None:
    m = meta(row([original, 0, 0, 0], [modified, 0, 0, 0], achieved=[achieved, None, None, None]))

    assert official_progress(m, Q1) == Decimal(official)
    assert str(official_progress(m, Q1)) == official


def test_progress_against_modified_uses_the_modified_quarter() -> None:
    m = meta(row([270, 270, 270, 270], [900, 900, 900, 900], achieved=[978, None, None, None]))

    assert progress_against_modified(m, Q1) == Decimal("108.66")


def test_not_reported_is_none_not_zero() -> None:
    m = meta(row([10, 10, 10, 10], achieved=[10, None, None, None]))

    assert official_progress(m, Quarter.SECOND) is None
    assert official_progress(m, Q1) == Decimal("100.00")


def test_later_quarters_are_per_quarter_not_cumulative() -> None:
    m = meta(row([10, 20, 10, 10], achieved=[10, 10, None, None]))

    assert official_progress(m, Quarter.SECOND) == Decimal("50.00")


def test_percentage_meta_compares_achieved_with_programmed_percentage() -> None:
    num = row(
        [100, 10, 100, 100],
        original_annual=100,
        modified_annual=100,
        achieved=["99.44", None, None, None],
    )
    den = row(
        [100, 100, 100, 100],
        original_annual=100,
        modified_annual=100,
        achieved=[100, None, None, None],
    )

    assert official_progress(meta(num, den, cumulative=False), Q1) == Decimal("99.44")


def test_percentage_meta_with_zero_programmed_denominator_is_zero() -> None:
    num = row([0, 0, 0, 90], achieved=[0, None, None, None])
    den = row([0, 0, 0, 90], achieved=[0, None, None, None])

    assert official_progress(meta(num, den), Q1) == Decimal("0.00")


def test_percentage_meta_against_modified_when_modified_quarter_is_empty() -> None:
    # Unit 003: original Q1 100 %, modified Q1 0/0, achieved 100 % -> official 100.00.
    num = row(
        [100, 100, 100, 100],
        [0, 100, 100, 100],
        original_annual=100,
        modified_annual=100,
        achieved=[100, None, None, None],
    )
    den = row(
        [100, 100, 100, 100],
        [0, 100, 100, 100],
        original_annual=100,
        modified_annual=100,
        achieved=[100, None, None, None],
    )
    m = meta(num, den, cumulative=False)

    assert official_progress(m, Q1) == Decimal("100.00")
    assert progress_against_modified(m, Q1) == Decimal("0.00")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("84.559", "84.55"), ("0.009", "0.00"), ("100", "100.00"), ("362.2222222", "362.22")],
)
def test_truncate_hundredths(value: str, expected: str) -> None:
    assert str(truncate_hundredths(Decimal(value))) == expected


def test_a_quarter_with_nothing_programmed_reads_sin_programacion() -> None:
    from ism_desktop.domain.figures import Series
    from ism_desktop.domain.progress import describe_progress, is_programmed

    nothing = meta(row([0, 5, 5, 0], [0, 5, 5, 0], achieved=[3, None, None, None]))
    assert not is_programmed(nothing, Quarter.FIRST)
    assert describe_progress(nothing, Quarter.FIRST) == "sin programación"
    assert describe_progress(nothing, Quarter.FIRST, Series.MODIFIED) == "sin programación"
    unreported = meta(row([4, 5, 5, 0], [4, 5, 5, 0], achieved=[None, None, None, None]))
    assert describe_progress(unreported, Quarter.FIRST) == "sin reportar"
    reported = meta(row([4, 5, 5, 0], [4, 5, 5, 0], achieved=[3, None, None, None]))
    assert describe_progress(reported, Quarter.FIRST) == "75.00%"


@pytest.mark.parametrize(
    ("achieved", "programmed", "expected"),
    [
        # Below the context's smallest exponent each "× 1" rounds its figure: 5E-1000027 × 1
        # is 0, so 0.00%; 2.5E-1000026 × 1 and 1 × 1.5E-1000026 are both 2E-1000026, so 100.00%.
        ("5E-1000027", "1E-1000026", "0.00"),
        ("2.5E-1000026", "1.5E-1000026", "100.00"),
    ],
)
def test_count_progress_is_the_pair_formula_with_denominators_of_one(
    achieved: str, programmed: str, expected: str
) -> None:
    """A count's % is ``ach × 1 × 100 / (1 × prog)``, every rounding of it included."""
    subject = meta(row([programmed] * 4, achieved=[achieved, None, None, None]))
    assert official_progress(subject, Q1) == Decimal(expected)


def test_a_quarter_is_reported_only_with_its_achieved_figures_in() -> None:
    count = meta(row([5, 5, 5, 5], achieved=[0, None, None, None]))
    pair = meta(
        row([50, 50, 50, 50], achieved=[40, 45, None, None]),
        row([100, 100, 100, 100], achieved=[100, None, None, None]),
    )

    # 0 achieved is reported; nothing typed is not.
    assert is_reported(count, Quarter.FIRST)
    assert not is_reported(count, Quarter.SECOND)
    assert is_reported(pair, Quarter.FIRST)
    # A percentage needs its DEN too: 45 over nothing is not a reported quarter.
    assert not is_reported(pair, Quarter.SECOND)
