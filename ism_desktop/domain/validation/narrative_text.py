"""Folding Spanish text for matching: upper case, no accents, ordinals and dashes as ASCII."""

from __future__ import annotations

import re
import unicodedata

# Characters whose decomposition is not ASCII but which carry meaning for the checks.
_BEFORE_FOLDING = (("°", "O"), ("–", "-"), ("—", "-"), ("‐", "-"), ("‑", "-"))
_COMBINING = re.compile("[\u0300-\u036f]")
# A byte no folded character is: it marks the Latin-1 characters that fold to more than one.
_NOT_ONE_CHARACTER = 0xFF


def _not_a_digit(char: str) -> str:
    """A number sign that is no decimal digit («²», «½», «①») as one character, else itself.

    Decomposed, «m²» read «M2» and «½» «1⁄2»: figures the meta did not hold.
    """
    return "?" if char.isnumeric() and not char.isdecimal() else char


def _fold_slowly(text: str) -> str:
    for char, replacement in _BEFORE_FOLDING:
        if char in text:
            text = text.replace(char, replacement)
    text = "".join(map(_not_a_digit, text))
    decomposed = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return decomposed.encode("ascii", "replace").decode("ascii").upper()


def _latin1_table() -> bytes:
    # Folding works character by character (a decomposition never joins two characters, and
    # Latin-1 has no combining marks to reorder), so each Latin-1 character is folded once here.
    folded = (_fold_slowly(chr(code)) for code in range(256))
    return bytes(ord(text) if len(text) == 1 else _NOT_ONE_CHARACTER for text in folded)


_LATIN1_FOLDED = _latin1_table()


def fold_text(text: str) -> str:
    """Upper case without accents (``Ñ`` → ``N``, ``º`` → ``O``), so spelling variants match.

    Every other character outside ASCII («, ») becomes ``?``, so that a precomposed text keeps
    its length and a position in the folded text is the same position in the original.
    """
    if text.isascii():
        return text.upper()
    try:
        # The narratives are Latin-1 text: one table lookup a character, in C.
        return text.encode("latin-1").translate(_LATIN1_FOLDED).decode("ascii")
    except UnicodeError:  # other characters (–, “), or ½ that folds to three
        return _fold_slowly(text)


# Latin-1 characters ``str.isprintable`` accepts: deleting them from a text's bytes leaves the
# others, at memory speed, where ``isprintable`` looks up every character's category.
_LATIN1_PRINTABLE = bytes(code for code in range(256) if chr(code).isprintable())
# Each Latin-1 character's capital where it is one Latin-1 character (µ, ß and ÿ are not).
_LATIN1_UPPER = bytes(
    ord(upper) if len(upper) == 1 and ord(upper) < 256 else code
    for code, upper in ((code, chr(code).upper()) for code in range(256))
)


def latin1_bytes(text: str) -> bytes | None:
    """The text as Latin-1 bytes, or ``None`` if it has other characters."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


def latin1_printable(data: bytes) -> bool:
    """``str.isprintable`` of the text whose Latin-1 bytes are ``data``."""
    return not data.translate(None, _LATIN1_PRINTABLE)


def collapsed_text(text: str) -> str:
    """The text with its blanks made single spaces, trimmed, and composed (NFC)."""
    data = latin1_bytes(text)
    # Every blank but the space is unprintable: a printable text without double, leading or
    # trailing spaces is already collapsed, and splitting it would only copy it.
    printable = text.isprintable() if data is None else latin1_printable(data)
    if not printable or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    # Latin-1 text (the narratives' own) is already composed: no character of it decomposes
    # and no two of them compose, so only other text needs normalizing.
    return text if data is not None else unicodedata.normalize("NFC", text)


# The fold table with every unprintable Latin-1 character made the byte no folded character is:
# one translation folds a clean text and proves it printable (collapsing and folding took one
# each).
_LATIN1_FOLDED_IF_PRINTABLE = bytes(
    folded if chr(code).isprintable() else _NOT_ONE_CHARACTER
    for code, folded in enumerate(_LATIN1_FOLDED)
)


def collapsed_and_folded(text: str) -> tuple[str, str]:
    """``collapsed_text(text)`` and the ``fold_text`` of it."""
    data = latin1_bytes(text)
    if data is not None and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # Printable, single spaces, no blank at either end: already collapsed (and composed).
        try:
            return text, data.translate(_LATIN1_FOLDED_IF_PRINTABLE).decode("ascii")
        except UnicodeError:  # unprintable, or a character that folds to more than one
            pass
    collapsed = collapsed_text(text)
    return collapsed, fold_text(collapsed)


def upper_text(text: str) -> str:
    """``text.upper()``: for Latin-1 text, one table lookup a character, in C."""
    data = latin1_bytes(text)
    # µ, ß and ÿ, looked for as bytes (memchr); as one-byte strings the search costs more.
    if data is None or 0xB5 in data or 0xDF in data or 0xFF in data:
        return text.upper()
    return data.translate(_LATIN1_UPPER).decode("latin-1")
