"""Only the digits 0–9 are read: «4²», «①» or «１２３» pass ``str.isdigit`` and broke the readers.

``int("4²")`` raised a bare ValueError, in English, out of the acción form on every keystroke.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from ism_desktop.domain.paimef.input_parsing import (
    InputError,
    parse_iso_date,
    parse_quantity,
    parse_year,
)
from ism_desktop.domain.paimef.money import AmountError, parse_amount

# Every character Python calls a digit that is not 0–9: superscripts, circled, other scripts.
NOT_ASCII_DIGITS = [
    *[
        chr(code)
        for code in range(0x80, 0x3000)
        if chr(code).isdigit() and unicodedata.category(chr(code)) in ("Nd", "No")
    ][::7],
    "１",  # fullwidth, as a Japanese keyboard layout types it
]


@pytest.mark.parametrize("digit", NOT_ASCII_DIGITS)
def test_a_digit_that_is_not_0_to_9_is_refused_in_spanish(digit: str) -> None:
    for parse, text, what in (
        (parse_quantity, f"4{digit}", "no es una cantidad"),
        (parse_year, f"202{digit}", "no es un ejercicio fiscal"),
        (parse_iso_date, f"2026-03-1{digit}", "no es una fecha"),
    ):
        with pytest.raises(InputError, match=f"^«{re.escape(text)}» {what}"):
            parse(text)
    with pytest.raises(AmountError, match=f"^«12{re.escape(digit)}.00» no es un monto en pesos"):
        parse_amount(f"12{digit}.00")


def test_a_quantity_of_thousands_of_digits_is_refused_as_too_large() -> None:
    # int() of more than 4,300 digits raises its own ValueError («Exceeds the limit…»).
    with pytest.raises(InputError, match="demasiado grande"):
        parse_quantity("9" * 5000)
