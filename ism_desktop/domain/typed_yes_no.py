"""SI or NO as office staff type them: any case, spaces around, and «Sí» with its accent."""

from __future__ import annotations

import unicodedata

# Only the words themselves: «SÌ» or «NÓ» is a slip to correct, not a spelling to guess at.
_WORDS = {"SI": True, "SÍ": True, "NO": False}


def read_yes_no(text: str) -> bool | None:
    """``True`` for SI or SÍ, ``False`` for NO, ``None`` for anything else."""
    # NFC first: an accent typed apart from its i (some keyboards, pasted text) is the same Í.
    return _WORDS.get(unicodedata.normalize("NFC", text.strip()).upper())
