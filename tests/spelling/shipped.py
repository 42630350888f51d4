"""The dictionary the program ships, read once per test process (it takes about a second)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spylls.hunspell import Dictionary

from ism_desktop.spelling.dictionary import SpanishSpelling, read_hunspell
from ism_desktop.spelling.loading import SpellingFiles
from ism_desktop.spelling.word_lists import read_words
from tests.conftest import REPO_ROOT

RESOURCES = REPO_ROOT / "resources"


@cache
def shipped_hunspell() -> Dictionary:
    """The es_MX Hunspell dictionary of resources/spelling/."""
    return read_hunspell(SpellingFiles(RESOURCES, Path()).dictionary_base)


def shipped_spelling() -> SpanishSpelling:
    """A fresh checker with the institution's words (its own added and ignored words)."""
    institutional = read_words(SpellingFiles(RESOURCES, Path()).institutional)
    return SpanishSpelling(shipped_hunspell(), institutional)
