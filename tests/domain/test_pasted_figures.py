"""A figure pasted from Excel or a web page, and spaces inside a typed figure."""

from __future__ import annotations

from decimal import Decimal
from itertools import product

import pytest

from ism_desktop.domain.number_input import FigureInputError, NotANumberError, parse_figure

# What surrounds a figure copied from one Excel cell (its line break) or a web page (marks no
# one sees), at either end.
_AROUND = ["\r\n", "\n", "\r", "\t", "\u200b", "\ufeff", "\u200e", "\u200f", " \r\n"]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        (f"{before}{figure}{after}", value)
        for (figure, value), before, after in product(
            [("88", Decimal(88)), ("1,234.5", Decimal("1234.5")), ("84.5 %", Decimal("84.5"))],
            ["", *_AROUND],
            _AROUND,
        )
    ],
)
def test_a_pasted_cell_reads_without_its_line_break_or_invisible_marks(
    typed: str, value: Decimal
) -> None:
    # «88\r\n», one cell copied from Excel, was «"88" no es un número».
    assert parse_figure(typed) == value


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\u00ad"])
def test_an_invisible_mark_inside_the_figure_goes_too(mark: str) -> None:
    assert parse_figure(f"1{mark}234") == Decimal(1234)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("95\t100", "95?100"), ("95\r\n100", "95??100"), ("95\n100", "95?100"), ("12\t%", "12?%")],
)
def test_two_cells_pasted_are_still_refused(typed: str, shown: str) -> None:
    # The message shows each character that breaks a line or a cell as «?».
    with pytest.raises(NotANumberError) as refused:
        parse_figure(typed)
    assert str(refused.value) == f"«{shown}» no es un número."


@pytest.mark.parametrize(
    ("typed", "value"),
    [(f"1{space}234", Decimal(1234)) for space in (" ", "\u00a0", "\u202f", "\u2009")]
    + [
        ("12 345 678.25", Decimal("12345678.25")),
        ("-1 000", Decimal(-1000)),
        ("1 234 %", Decimal(1234)),
    ],
)
def test_a_space_that_groups_thousands_reads(typed: str, value: Decimal) -> None:
    assert parse_figure(typed) == value


@pytest.mark.parametrize(
    "typed", ["12 34", "1 23", "1234 567", "1 2345", "0 500", "1 234 56", "12 3.5"]
)
def test_a_space_between_digits_that_does_not_group_thousands_is_refused(typed: str) -> None:
    # «12 34» was saved as 1234 without a word: a slip of the thumb made a figure.
    with pytest.raises(FigureInputError, match="un espacio entre dígitos solo separa los miles"):
        parse_figure(typed)


@pytest.mark.parametrize("typed", ["12%%", "12 % %", "%%"])
def test_more_than_one_percent_sign_is_refused(typed: str) -> None:
    with pytest.raises(FigureInputError, match=f"^«{typed}» no es un número.$"):
        parse_figure(typed)


@pytest.mark.parametrize("typed", ["%", " % ", "%\r\n"])
def test_the_percent_sign_alone_is_not_reported(typed: str) -> None:
    # A percentage cell shows «84.5 %»: deleting the figure leaves the sign.
    assert parse_figure(typed) is None


@pytest.mark.parametrize("typed", ["1 234,50", "1 000,5", "1 234,567"])
def test_a_decimal_comma_is_told_about_before_the_spaces(typed: str) -> None:
    with pytest.raises(FigureInputError, match="la coma solo separa los miles"):
        parse_figure(typed)
