"""The real es_MX dictionary with the institution's words."""

from __future__ import annotations

import pytest

from ism_desktop.spelling.dictionary import SpanishSpelling
from tests.spelling.shipped import shipped_spelling


@pytest.fixture
def spelling() -> SpanishSpelling:
    """The dictionary as the program ships it, fresh for each test."""
    return shipped_spelling()
