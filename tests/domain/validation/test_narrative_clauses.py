"""The clause helpers: where a sentence starts within a reach, and what negates a verb."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ism_desktop.domain.validation.narrative_clauses import (
    negated,
    number_value,
    sentence_start_within,
)


@pytest.mark.parametrize("mark", list(".;:!?"))
@pytest.mark.parametrize("at", [0, 1, 5, 18, 19, 20, 21, 30, 39])
@pytest.mark.parametrize("reach", [10, 20, 40])
def test_a_sentence_starts_after_its_mark_or_at_the_reach(mark: str, at: int, reach: int) -> None:
    # A mark at ``at`` in forty letters: the sentence of position 40 starts right after it,
    # unless that is more than ``reach`` back, where the reach's end is taken.
    text = "A" * at + mark + "A" * (39 - at) + "B" * 10

    assert sentence_start_within(text, 40, reach) == max(at + 1, 40 - reach)
    assert sentence_start_within(text, 40, 60) == at + 1


def test_a_sentence_without_a_mark_starts_at_the_text_or_the_reach() -> None:
    assert sentence_start_within("A" * 50, 45, 40) == 5
    assert sentence_start_within("A" * 50, 30, 40) == 0
    # Marks further back than the reach and after the position are not this sentence's.
    assert sentence_start_within("A. " + "A" * 50 + ". B", 50, 40) == 10


@pytest.mark.parametrize(
    ("before", "words"),
    [
        ("LA META NO SE ", "NO SE"),
        ("LA META SIN ", "SIN"),
        ("NI SE ", "NI SE"),
        ("SIN EMBARGO SE ", ""),
        ("NO OBSTANTE SE ", ""),
        ("NO, DE TODAS FORMAS SE ", ""),  # the comma ends the negated clause
        ("EN NOVIEMBRE LA UNIDAD SE ", ""),  # NO and NI inside words
        ("NO LO HICIMOS ASI Y SE ", ""),  # more than four words back
        ("EL MUNICIPIO NO SE ", "NO SE"),
    ],
)
def test_what_negates_the_verb(before: str, words: str) -> None:
    assert negated(before) == words


@pytest.mark.parametrize(
    ("text", "value"),
    [("48", "48"), ("1,709", "1709"), ("86,87", "86.87"), ("99.44", "99.44"), ("007", "7")],
)
def test_a_figure_read_again_is_the_same_value(text: str, value: str) -> None:
    # A report quotes the same few figures over and over: each text is read once.
    first = number_value(text)

    assert first == Decimal(value)
    assert str(first) == value  # the digits as written: no exponent, no trailing zeros lost
    assert number_value(text) is first
