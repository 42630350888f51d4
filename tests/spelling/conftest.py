"""The real es_MX dictionary, read once per test session (it takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spylls.hunspell import Dictionary

from ism_desktop.spelling.dictionary import SpanishSpelling, read_hunspell
from ism_desktop.spelling.loading import SpellingFiles
from ism_desktop.spelling.word_lists import read_words
from tests.conftest import REPO_ROOT

RESOURCES = REPO_ROOT / "resources"


@pytest.fixture(scope="session")
def hunspell() -> Dictionary:
    return read_hunspell(SpellingFiles(RESOURCES, Path()).dictionary_base)


@pytest.fixture
def spelling(hunspell: Dictionary) -> SpanishSpelling:
    """The dictionary with the institution's words, as the program ships it."""
    institutional = read_words(SpellingFiles(RESOURCES, Path()).institutional)
    return SpanishSpelling(hunspell, institutional)
