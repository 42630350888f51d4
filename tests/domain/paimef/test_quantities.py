"""A meta's quantity: whole numbers, with the thousands separator written in Mexico."""

from __future__ import annotations

import pytest

from ism_desktop.domain.paimef.input_parsing import InputError, parse_quantity


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0", 0),
        ("40", 40),
        ("1,000", 1000),
        ("12,500", 12500),
        (" 250,000 ", 250000),
        ("1,000,000", 1000000),
        (1500, 1500),
        (1500.0, 1500),
    ],
)
def test_a_quantity_is_read_with_or_without_thousands_separators(
    typed: object, expected: int
) -> None:
    # «1,000» was refused: in Mexico the comma separates thousands.
    assert parse_quantity(typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["1,5", "1,50", "12,5000", "1,000,00", ",500", "1,", "0,500", "1,000.5", "1.5", "1 000"],
)
def test_an_ambiguous_or_broken_quantity_is_refused(typed: str) -> None:
    # «1,5» may be a decimal comma: never read as fifteen nor as a thousand and five hundred.
    with pytest.raises(InputError, match="no es una cantidad: escriba un número entero desde 0"):
        parse_quantity(typed)


def test_a_grouped_quantity_too_large_is_refused_as_such() -> None:
    with pytest.raises(InputError, match="«1,000,000,000,000» es una cantidad demasiado grande"):
        parse_quantity("1,000,000,000,000")
