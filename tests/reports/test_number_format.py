from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.reports.number_format import format_figure, format_met_percent, format_progress


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (Decimal("1900"), "1900.00"),
        (Decimal("1900.00"), "1900.00"),
        (Decimal("99.44"), "99.44"),
        (Decimal("0"), "0.00"),
        (None, "0.00"),
        (Decimal("6400"), "6400.00"),
    ],
)
def test_figures_print_two_decimals_without_separator(value: Decimal | None, printed: str) -> None:
    assert format_figure(value) == printed


@pytest.mark.parametrize(
    ("value", "computed", "printed"),
    [
        # Each case is printed so in the official report of 2024, first quarter.
        (Decimal("0.00"), False, "0.00%"),
        (Decimal("100"), False, "100%"),
        (Decimal("10"), False, "10%"),
        (Decimal("99.44"), False, "99.44%"),
        (Decimal("100.00"), True, "100.00%"),
        (None, False, "0.00%"),
        (Decimal("0"), True, "0.00%"),
        (Decimal("99.5"), False, "99.50%"),
    ],
)
def test_met_percentages_print_as_the_form_does(
    value: Decimal | None, computed: bool, printed: str
) -> None:
    assert format_met_percent(value, computed=computed) == printed


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (Decimal("84.55"), "84.55%"),
        (Decimal("362.22"), "362.22%"),
        (Decimal("100"), "100.00%"),
        (Decimal("0.00"), "0.00%"),
        (None, "0.00%"),
    ],
)
def test_progress_always_has_two_decimals(value: Decimal | None, printed: str) -> None:
    assert format_progress(value) == printed
