"""The one home of every size limit, and what counts as text: each entry point checks these.

A limit that differs between the end that writes and the end that reads turns a valid export
into a refused package; so the report text, the packages, the window and the commands all ask
here, and every refusal names the limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

# A narrative (qualitative evaluation), justification, observation or reason.
MAX_NARRATIVE_CHARS = 20_000
# Figures: no programme counts in the trillions; 10^12 keeps the % arithmetic exact.
FIGURE_BOUND = Decimal(10) ** 12
# Decimal places a figure may carry (the form prints two; percentages may carry more).
MAX_FIGURE_DECIMALS = 6
# A meta's description and unit of measure, as a programa base or a package carries them: what
# one side stores, the other must be able to receive.
MAX_DESCRIPTION_CHARS = 2_000
MAX_MEASURE_CHARS = 100
# A reason or a document's number typed for a reopening or a decision, which packages carry.
# Also the longest document any path stores (an approval's): every reader of a stored or
# received document admits this many, so that what was accepted is never cut nor refused.
MAX_REASON_CHARS = 2_000
# The number of the document authorising a target change as a unit types it (its package is
# read by coordinating units of earlier versions, which admit no more).
MAX_DOCUMENT_CHARS = 400
# Package sequence numbers: far below SQLite's 2^63, and a unit never sends this many.
MAX_SEQUENCE = 1_000_000_000
# A jump of more than this over the last received number is refused: one hostile package
# must not spend the rest of a unit's numbers.
MAX_SEQUENCE_STEP = 1_000_000

# Characters that are not text: C0/C1 controls other than tab, newline and carriage return,
# DEL, UTF-16 halves that cannot be written as UTF-8 (nor into an Excel cell), and U+FFFE and
# U+FFFF, which XML cannot hold (an xlsx with one is unreadable).
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def thousands(value: int) -> str:
    """``20000`` as the messages print it: ``20 000``, a no-break space between the groups.

    An ordinary space let a dialog's message break a figure across lines («20» / «001»).
    """
    return f"{value:,}".replace(",", "\u00a0")


def too_long(text: str, limit: int = MAX_NARRATIVE_CHARS, *, feminine: bool) -> str | None:
    """Why ``text`` is too long (Spanish), or ``None`` when it fits.

    The caller names the noun, so it says its gender: «el autor … es demasiado largo», «la
    justificación … es demasiado larga».
    """
    if len(text) <= limit:
        return None
    long = "larga" if feminine else "largo"
    return f"es demasiado {long}: máx. {thousands(limit)} caracteres (tiene {thousands(len(text))})"


def bad_character(text: str) -> str | None:
    """Why ``text`` is not plain text (Spanish, naming the first bad character), or ``None``."""
    # The byte test first: a narrative is Latin-1 text, whose bytes it reads at memory speed
    # where ``isprintable`` looks up every character (both answer "text" alike).
    if _surely_text(text) or text.isprintable():
        return None
    found = _NOT_TEXT.search(text)
    if found is None:
        return None
    return (
        f"tiene un carácter que no es texto (U+{ord(found.group()):04X}, "
        f"posición {found.start() + 1})"
    )


# The same characters as bytes: in Latin-1 (where most reports' text fits) each is one byte
# no other character uses; in UTF-8 the C0 controls and DEL are, the C1 controls are C2 80 to
# C2 9F, and halves of UTF-16 do not encode at all.
_CONTROLS = {*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F}
_LATIN1_TEXT = bytes(set(range(256)) - _CONTROLS - set(range(0x80, 0xA0)))
_UTF8_TEXT = bytes(set(range(256)) - _CONTROLS)
_UTF8_C1 = re.compile(b"\xc2[\x80-\x9f]|\xef\xbf[\xbe\xbf]")  # C1; U+FFFE, U+FFFF


def _surely_text(text: str) -> bool:
    # A whole report is megabytes: the pattern takes tens of milliseconds to look at every
    # character, while encoding and deleting the allowed bytes runs at memory speed. Only a
    # "yes" is final here; a "no" goes to the pattern, which also finds the character to name.
    try:
        return not text.encode("latin-1").translate(None, _LATIN1_TEXT)
    except UnicodeEncodeError:
        pass
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return not data.translate(None, _UTF8_TEXT) and not _UTF8_C1.search(data)


def text_problem(text: str, limit: int = MAX_NARRATIVE_CHARS, *, feminine: bool) -> str | None:
    """The first reason ``text`` may not be stored (bad character, too long), or ``None``.

    ``feminine``: the gender of the noun the message follows (see ``too_long``).
    """
    return bad_character(text) or too_long(text, limit, feminine=feminine)


def field_text_problem(text: str, limit: int = MAX_NARRATIVE_CHARS) -> str | None:
    """``text_problem`` for a field of any name: «tiene 20 001 caracteres (máx. 20 000)»."""
    if len(text) > limit:
        return f"tiene {thousands(len(text))} caracteres (máx. {thousands(limit)})"
    return bad_character(text)


def texts_admissible(texts: Sequence[str], limit: int = MAX_NARRATIVE_CHARS) -> bool:
    """True only if ``text_problem`` finds nothing in any of ``texts``; False if it may.

    A whole report's texts are looked at in one pass: their join is surely text only if each
    of them is (no character is split or made by the joining).
    """
    return max(map(len, texts), default=0) <= limit and _surely_text("".join(texts))


def without_bad_characters(text: str) -> str:
    """``text`` with every character that is not text removed (for writing old data safely)."""
    return _NOT_TEXT.sub("", text)


# Line breaks as other programs copy them: Word's manual break (U+000B), a page break, the
# Unicode line and paragraph separators, and Windows' and old Mac's ends of line.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029]")


def as_typed_text(text: str) -> str:
    """Text pasted from another program as if typed: its line breaks as lines, no control codes.

    A break Word copies as U+000B would otherwise be stored as a character that is not text,
    and the coordinating unit refuses it.
    """
    return without_bad_characters(_LINE_BREAKS.sub("\n", text))


def readable_text(text: str, limit: int = MAX_NARRATIVE_CHARS) -> str:
    """Text an older version stored unchecked, as the checks admit it now: never refused.

    Its pasted line breaks as lines, no other character that is not text, and at most
    ``limit`` characters (cut with «…»). Refusing it would stop every reading of the data.
    """
    if len(text) <= limit and bad_character(text) is None:
        return text
    cleaned = as_typed_text(text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def one_plain_line(text: str) -> str:
    """``text`` as one line of plain text: anything not text, and every run of blanks, a space.

    For text only shown (a note of a review), where refusing would block what it belongs to.
    """
    return " ".join(_NOT_TEXT.sub(" ", text).split())


def figure_problem(value: Decimal) -> str | None:
    """Why a figure is not admissible (Spanish), or ``None``: finite, bounded, few decimals."""
    if not value.is_finite():
        return "no es un número"
    exponent = value.as_tuple().exponent
    if abs(value) >= FIGURE_BOUND:
        return f"es demasiado grande (máx. {thousands(int(FIGURE_BOUND) - 1)})"
    if isinstance(exponent, int) and exponent < -MAX_FIGURE_DECIMALS:
        return f"tiene más de {MAX_FIGURE_DECIMALS} decimales"
    return None


def sequence_problem(value: object) -> str | None:
    """Why a package sequence number is not valid (Spanish), or ``None``."""
    if type(value) is not int:  # bool, float and numeric text are not sequence numbers
        return f"el número de envío «{str(value)[:20]}» no es un número entero"
    if not 1 <= value <= MAX_SEQUENCE:
        return f"el número de envío {str(value)[:24]} está fuera del intervalo 1 a {MAX_SEQUENCE}"
    return None
