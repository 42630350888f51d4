"""A superscript or a fraction sign («m²», «½») in a narrative is no figure the meta must hold."""

from __future__ import annotations

import unicodedata

import pytest

from ism_desktop.domain.validation.narrative_facts import NarrativeFacts
from ism_desktop.domain.validation.narrative_text import fold_text

# Every character that is a number to Unicode but not a decimal digit: superscripts («²»),
# subscripts, fractions («½»), circled and parenthesised numbers. NFKD made «½» read «1⁄2».
_NOT_DIGITS = [
    chr(code)
    for code in range(0x80, 0x2500)
    if chr(code).isnumeric()
    and not chr(code).isdecimal()
    and any(c.isdigit() for c in unicodedata.normalize("NFKD", chr(code)))
]


def test_the_cases_cover_latin1_and_beyond() -> None:
    assert {"²", "³", "¹", "½", "¼", "¾", "⅓", "⁴", "₂", "①"} <= set(_NOT_DIGITS)


@pytest.mark.parametrize("sign", _NOT_DIGITS)
def test_a_number_sign_is_no_figure(sign: str) -> None:
    text = f"SE HABILITARON 40 M{sign} DE OFICINA Y {sign} DEL ALMACÉN."

    assert [figure.text for figure in NarrativeFacts(text).figures] == ["40"]


@pytest.mark.parametrize("sign", _NOT_DIGITS)
def test_folding_keeps_one_character_for_one(sign: str) -> None:
    # Positions in the folded text are positions in the original.
    assert len(fold_text(f"A{sign}B")) == 3


@pytest.mark.parametrize("digit", ["１２", "０"])
def test_other_decimal_digits_still_count(digit: str) -> None:
    assert fold_text(digit).isdigit()
