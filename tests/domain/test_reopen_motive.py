"""A reopening's motive says why in words: nothing, a unit's code or symbols alone do not."""

from __future__ import annotations

import random
import string

import pytest

from ism_desktop.domain.reopen_motive import MotiveProblem, motive_problem

CODES = ("001", "002", "003")


def _symbols(seed: int) -> str:
    chance = random.Random(seed)
    keys = string.digits + string.punctuation
    # One key at least that is not a space: spaces alone are the missing motive.
    typed = [
        chance.choice(keys),
        *(chance.choice(keys + " \t") for _ in range(chance.randint(0, 19))),
    ]
    chance.shuffle(typed)
    return "".join(typed)


@pytest.mark.parametrize("typed", ["", " ", "\t \u3000", "\n"])
def test_nothing_is_missing(typed: str) -> None:
    assert motive_problem(typed, CODES) is MotiveProblem.MISSING


@pytest.mark.parametrize("typed", ["003", " 001 ", "002\t"])
def test_a_listed_code_alone_is_a_unit_code(typed: str) -> None:
    assert motive_problem(typed, CODES) is MotiveProblem.UNIT_CODE


@pytest.mark.parametrize(
    "typed",
    [
        "004",
        "12.5",
        "<<>>",
        "٠٠٣",
        "００３",
        "¡¿?!",
        "€ 100",
        *(_symbols(seed) for seed in range(20)),
    ],
)
def test_digits_and_symbols_alone_have_no_words(typed: str) -> None:
    assert motive_problem(typed, CODES) is MotiveProblem.NO_WORDS


@pytest.mark.parametrize(
    "typed", ["Corrección", "003 pidió corregir la cifra", "T1: cifra mal capturada", "ñ", "Ω"]
)
def test_a_word_says_why(typed: str) -> None:
    assert motive_problem(typed, CODES) is None
