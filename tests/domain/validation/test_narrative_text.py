"""The Latin-1 shortcuts of narrative reading answer exactly what the string methods answer."""

from __future__ import annotations

import unicodedata

import pytest

from ism_desktop.domain.validation.narrative_facts import NarrativeFacts
from ism_desktop.domain.validation.narrative_text import (
    collapsed_and_folded,
    collapsed_text,
    fold_text,
    latin1_bytes,
    latin1_printable,
    upper_text,
)

LATIN1 = [chr(code) for code in range(256)]


def test_every_latin1_character_is_printable_as_str_says() -> None:
    for char in LATIN1:
        data = latin1_bytes(char)
        assert data is not None
        assert latin1_printable(data) is char.isprintable(), hex(ord(char))


@pytest.mark.parametrize(
    "text",
    [
        *LATIN1,
        "".join(LATIN1),
        "Campaña ÿ µ straße 4º «sesión»",  # capitals outside Latin-1 (Ÿ, Μ) or longer (SS)
        "Sesión – “informe” ½",  # not Latin-1 at all
        "",
    ],
)
def test_upper_text_is_str_upper(text: str) -> None:
    assert upper_text(text) == text.upper()


def test_latin1_text_is_already_composed() -> None:
    # NarrativeFacts skips NFC normalization for Latin-1 text: no character of it changes
    # alone, and no two of them compose into one.
    for first in LATIN1:
        assert unicodedata.normalize("NFC", first) == first
        for second in LATIN1:
            pair = first + second
            assert unicodedata.normalize("NFC", pair) == pair


@pytest.mark.parametrize(
    "text",
    [
        "SE REALIZARON\t386\u00a0APOYOS\x85 EN  MARZO ",  # blanks that are not spaces
        "SE REALIZARON 386 APOYOS EN LA STRAẞE",  # not Latin-1
        "Se realizaron 386 apoyos en la calle Straße",
        "SESIÓN\u0301 DOBLE",  # a combining accent: not Latin-1, normalized
    ],
)
def test_collapsing_and_quotes_are_as_before(text: str) -> None:
    facts = NarrativeFacts(text)
    collapsed = unicodedata.normalize("NFC", " ".join(text.split()))
    assert (
        facts.quote(0, len(facts.folded))
        == (
            collapsed.upper() if len(collapsed.upper()) == len(facts.folded) else facts.folded
        ).strip()
    )


def test_folding_while_collapsing_is_folding_after_it() -> None:
    # One translation folds a clean Latin-1 text and tells it printable; anything else (an
    # unprintable character, a double blank, one that folds to several) takes the two steps.
    texts = [
        text
        for char in LATIN1
        for text in (char, f"SE {char}REALIZ{char}", f" {char}A", f"A{char} ", f"{char}  {char}")
    ]
    texts += ["", " ", "SESIÓN – “INFORME” ½", "SESIÓN\u0301 DOBLE", "META ´ CUMPLIDA ¨", "½ DE 4"]
    for text in texts:
        collapsed = collapsed_text(text)
        assert collapsed_and_folded(text) == (collapsed, fold_text(collapsed)), repr(text)
