"""A figure with more than two decimals shows in the window as the printed form shows it.

The window rounded (999999999999.999999 showed 1000000000000.00, above the largest figure
admitted) while the PDF and the workbook cut to hundredths, as the official form does: the
same figure read differently on screen and on paper.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.number_input import editable_figure, format_figure


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("999999999999.999999", "999999999999.99"),
        ("66.666666", "66.66"),
        ("0.005", "0.00"),
        ("-1.239", "-1.23"),
        ("84.55", "84.55"),
        ("1900", "1900.00"),
    ],
)
def test_a_figure_is_cut_to_hundredths_as_printed(stored: str, shown: str) -> None:
    assert format_figure(Decimal(stored)) == shown


def test_a_percentage_keeps_its_sign() -> None:
    assert format_figure(Decimal("99.999"), percent=True) == "99.99%"


@pytest.mark.parametrize(
    ("stored", "offered"),
    [("66.666666", "66.666666"), ("66.660000", "66.66"), ("84.55", "84.55"), ("1900", "1900.00")],
)
def test_a_figure_offered_for_correction_keeps_every_decimal(stored: str, offered: str) -> None:
    assert editable_figure(Decimal(stored)) == offered


@pytest.mark.parametrize(
    ("stored", "offered"),
    [("1900", "1900"), ("1900.00", "1900"), ("84.50", "84.50"), ("66.666666", "66.666666")],
)
def test_a_whole_figure_is_offered_bare_where_the_grid_shows_it_so(
    stored: str, offered: str
) -> None:
    assert editable_figure(Decimal(stored), bare_whole=True) == offered
