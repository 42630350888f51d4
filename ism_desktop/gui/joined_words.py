"""A number a person reads as one word (a document's) kept whole where a box wraps its line.

Qt's word wrap breaks a line after a slash or a hyphen: «(documento ISM/» at a line's end and
«DEST/045/2024)» at the next one's start read as two numbers.
"""

from __future__ import annotations

from collections.abc import Iterable

WORD_JOINER = "\u2060"  # no break on either side of it, and nothing drawn
_BROKEN_AFTER = frozenset("/-")


def kept_whole(text: str, words: Iterable[str]) -> str:
    """``text`` with each of ``words`` in it joined where Qt would break it, read the same."""
    for word in {word for word in words if word}:
        joined = "".join(f"{char}{WORD_JOINER}" if char in _BROKEN_AFTER else char for char in word)
        text = text.replace(word, joined)
    return text
