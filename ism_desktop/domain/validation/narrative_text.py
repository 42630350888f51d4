"""Folding Spanish text for matching: upper case, no accents, ordinals and dashes as ASCII."""

from __future__ import annotations

import re
import unicodedata

# Characters whose decomposition is not ASCII but which carry meaning for the checks.
_BEFORE_FOLDING = (("°", "O"), ("–", "-"), ("—", "-"), ("‐", "-"), ("‑", "-"))
_COMBINING = re.compile("[\u0300-\u036f]")


def fold_text(text: str) -> str:
    """Upper case without accents (``Ñ`` → ``N``, ``º`` → ``O``), so spelling variants match.

    Every other character outside ASCII («, ») becomes ``?``, so that a precomposed text keeps
    its length and a position in the folded text is the same position in the original.
    """
    if text.isascii():
        return text.upper()
    for char, replacement in _BEFORE_FOLDING:
        if char in text:
            text = text.replace(char, replacement)
    decomposed = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return decomposed.encode("ascii", "replace").decode("ascii").upper()
