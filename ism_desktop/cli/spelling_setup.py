"""The commands' dictionary: loaded once per command; a missing one is said, not fatal."""

from __future__ import annotations

import sys

from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.spelling.dictionary import SpanishSpelling
from ism_desktop.workspace.spelling_words import (
    SpellingUnavailableError,
    load_spelling,
    with_spelling,
)


def checker_or_none() -> SpanishSpelling | None:
    """The Spanish dictionary, or ``None`` after a note on stderr if it cannot be read."""
    try:
        return load_spelling()
    except SpellingUnavailableError as exc:
        print(f"Aviso: {exc}; la ortografía no se revisa.", file=sys.stderr)
        return None


def spelling_settings() -> ValidationSettings:
    """Validation settings that check spelling when the dictionary can be read."""
    return with_spelling(checker_or_none())
