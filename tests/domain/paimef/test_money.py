"""Amounts of pesos: what is accepted, what is refused and why."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.paimef.money import (
    AmountError,
    money_display,
    money_field_text,
    parse_amount,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("250000.00", "250000.00"),
        ("250000", "250000.00"),
        ("250,000.50", "250000.50"),
        ("$1,234.5", "1234.50"),
        ("0", "0.00"),
        ("10.500", "10.50"),
    ],
)
def test_accepted(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1,5e3", "no es un monto"),
        ("-0", "negativo"),
        ("-12.00", "negativo"),
        ("abc", "no es un monto"),
        ("1" * 40, "demasiado grande"),
        ("10.005", "fracciones de centavo"),
        ("1,5", "no es un monto"),
        ("1e3", "no es un monto"),
        ("", "falta"),
        ("NaN", "no es un monto"),
        ("0,500", "no es un monto"),  # a decimal comma, not five hundred pesos
    ],
)
def test_refused(text: str, reason: str) -> None:
    with pytest.raises(AmountError, match=reason):
        parse_amount(text)


def test_display() -> None:
    assert money_display(Decimal("1234567.5")) == "$1,234,567.50"
    assert money_display(Decimal("-3")) == "-$3.00"


@pytest.mark.parametrize("value", ["0", "7.5", "1234567.5", "999999999999.99"])
def test_a_field_shows_what_reads_back(value: str) -> None:
    assert parse_amount(money_field_text(Decimal(value))) == Decimal(value)


def test_field_text_is_grouped_without_the_sign() -> None:
    assert money_field_text(Decimal("1234567.5")) == "1,234,567.50"


def test_a_refusal_does_not_forbid_the_commas_the_field_itself_shows() -> None:
    # The field shows «250,000.00»; its refusal said «escriba solo dígitos y punto decimal».
    with pytest.raises(AmountError) as refused:
        parse_amount("30,000.5x")

    assert str(refused.value) == (
        "«30,000.5x» no es un monto en pesos: escriba dígitos y punto decimal, con o sin comas "
        "de miles, por ejemplo 250000.00 o 250,000.00."
    )
