"""Whether what was typed as the motive of a reopening says why, in words.

A reopening lets a unit change what it delivered, so its motive is kept in the log: a code
typed there by mistake («003», meant for the list of units) reopened a quarter with it.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum


class MotiveProblem(Enum):
    """Why a motive typed does not say why a quarter is reopened."""

    MISSING = "missing"  # nothing, or only spaces
    UNIT_CODE = "unit_code"  # the code of a unit listed, and nothing else
    NO_WORDS = "no_words"  # digits, punctuation or symbols only: no letter at all


def motive_problem(typed: str, unit_codes: Collection[str] = ()) -> MotiveProblem | None:
    """What is wrong with ``typed`` as a reopening's motive; None when it says something.

    ``unit_codes``: the codes the person could have meant to choose, said apart when typed.
    A letter of any script counts (``str.isalpha``): «٣» or «３» are digits, not words.
    """
    text = typed.strip()
    if not text:
        return MotiveProblem.MISSING
    if text in unit_codes:
        return MotiveProblem.UNIT_CODE
    if not any(character.isalpha() for character in text):
        return MotiveProblem.NO_WORDS
    return None
