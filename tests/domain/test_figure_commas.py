"""A comma in a typed figure groups thousands; anything else is refused, never read as 10×."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.number_input import FigureInputError, NotANumberError, parse_figure


@pytest.mark.parametrize(
    "typed", ["450,5", "1,5", "1,50", "12,34,567", "1,2345", ",5", "1,", "1,,000", "0,500", "0,750"]
)
def test_a_comma_that_does_not_group_thousands_is_refused(typed: str) -> None:
    # Read as before, "450,5" became 4505: ten times the figure, saved without a word.
    with pytest.raises(FigureInputError, match="la coma solo separa los miles"):
        parse_figure(typed)


def test_the_refusal_suggests_the_point_for_one_comma() -> None:
    with pytest.raises(FigureInputError, match=r"450\.5"):
        parse_figure("450,5")


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1,234", Decimal(1234)),
        ("1,234.5", Decimal("1234.5")),
        ("1,234,567.25", Decimal("1234567.25")),
        ("450.5", Decimal("450.5")),
        ("84.5 %", Decimal("84.5")),
        (" 12,000 ", Decimal(12000)),
    ],
)
def test_grouped_thousands_and_points_still_read(typed: str, value: Decimal) -> None:
    assert parse_figure(typed) == value


def test_a_european_figure_is_not_offered_a_second_point() -> None:
    # «1.000,50» with the comma made a point would read «1.000.50», not a figure either.
    with pytest.raises(FigureInputError) as refused:
        parse_figure("1.000,50")

    assert "1.000.50" not in str(refused.value)
    assert "(1.5)" in str(refused.value)


@pytest.mark.parametrize("typed", ["-0", "-0.00", "- 0.0"])
def test_a_negative_zero_is_zero(typed: str) -> None:
    # It was kept as -0.00 and printed «-0.00» and «-0.00 %» on the official report.
    value = parse_figure(typed)

    assert value == 0
    assert value is not None
    assert not value.is_signed()


@pytest.mark.parametrize("typed", ["3e4", "1E4", "2e-3", "1_000", "Infinity", "inf", "NaN", "0x10"])
def test_only_plain_digits_are_a_figure(typed: str) -> None:
    # Python's decimals read «3e4» as 30000: a slip for «34» (the e lies under the 3 and
    # the 4) was saved as thirty thousand, at 300.00 % of the target, without a word.
    with pytest.raises(FigureInputError, match="no es un número"):
        parse_figure(typed)


@pytest.mark.parametrize(
    ("typed", "value"),
    [("34", Decimal(34)), (".5", Decimal("0.5")), ("7.", Decimal(7)), ("+3", Decimal(3))],
)
def test_plain_figures_still_read(typed: str, value: Decimal) -> None:
    assert parse_figure(typed) == value


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("12\xa0%", Decimal(12)),
        ("１２", Decimal(12)),
        ("1\u202f234", Decimal(1234)),
        ("84.5％", Decimal("84.5")),
    ],
)
def test_a_figure_pasted_with_compatibility_characters_reads(typed: str, value: Decimal) -> None:
    # A non-breaking space from Word, full-width digits: «12 %» was refused as no number.
    assert parse_figure(typed) == value


@pytest.mark.parametrize("typed", ["12\t34", "12\n34", "5²", "12¹"])
def test_two_cells_or_a_superscript_pasted_are_no_figure(typed: str) -> None:
    # Read as 1234 or 52 once every kind of blank and compatibility form was folded away.
    with pytest.raises(FigureInputError, match="no es un número"):
        parse_figure(typed)


@pytest.mark.parametrize("typed", ["1.5e3", "1E3", " 2e-1 ", "+.5E+2", "1.5 e3", "１e3"])
def test_an_exponent_is_told_as_such(typed: str) -> None:
    with pytest.raises(FigureInputError, match="no se aceptan exponentes; escriba la cifra"):
        parse_figure(typed)


@pytest.mark.parametrize("typed", ["50%", "50 %", "%", "12\xa0%"])
def test_a_percent_sign_is_named_where_no_percentage_is_typed(typed: str) -> None:
    # A workbook cell: Excel makes «50%» typed the number 0.5, so the text is not read as 50.
    assert parse_figure("50 %") == Decimal(50)
    with pytest.raises(FigureInputError, match="escriba la cifra sin «%»"):
        parse_figure(typed, percent=False)


@pytest.mark.parametrize("typed", ["1,2a", "1,5 kg", "12,o00", "aprox. 1,200", "1,200 personas"])
def test_a_word_beside_a_comma_is_said_no_number_not_a_decimal_comma(typed: str) -> None:
    # «1,2a» (a key slipped) was told «la coma solo separa los miles; para decimales use punto
    # (1.5)»: the person looked at the comma, which was right, and not at the letter.
    with pytest.raises(NotANumberError) as refused:
        parse_figure(typed)
    assert str(refused.value) == f"«{typed}» no es un número."
