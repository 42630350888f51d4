"""Which pieces of a narrative are words to check: not codes, figures, dates or acronyms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ism_desktop.domain.validation.narrative_patterns import ROMAN

_CHUNK = re.compile(r"\S+")
# Combining accents count as part of the word: text pasted from a PDF may carry «O» + «´».
_LETTERS = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*")
_DIGIT = re.compile(r"\d")
# Ordinal signs («4º», «1ª») are letters to Unicode but never part of a Spanish word.
_ORDINALS = frozenset("ºª")


def _is_address(chunk: str) -> bool:
    return "@" in chunk or "://" in chunk or chunk.lower().startswith("www.")


def is_shouted(text: str) -> bool:
    """Whether a text is written in capitals, as most of the state's reports are."""
    upper = lower = 0
    for char in text:
        if char.isupper():
            upper += 1
        elif char.islower():
            lower += 1
    return upper > lower


def checkable_words(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word worth a dictionary look-up (composed), with its start and end in ``text``.

    A blank-separated piece with a digit in it is a code, a figure, a date or an ordinal
    (E306E05, 4º, 08/03/2024, AVGM(2)) and is skipped whole. In a text in lower case a word in
    capitals is an acronym, as Word takes it; in a text in capitals every word is checked.
    """
    shouted = is_shouted(text)
    for chunk in _CHUNK.finditer(text):
        piece = chunk.group()
        if _DIGIT.search(piece) or _is_address(piece):
            continue
        offset = chunk.start()
        for match in _LETTERS.finditer(piece):
            word = unicodedata.normalize("NFC", match.group())
            if len(word) < 2 or _ORDINALS.intersection(word):
                continue
            if word.isupper() and (not shouted or ROMAN.fullmatch(word)):
                continue
            yield word, offset + match.start(), offset + match.end()
