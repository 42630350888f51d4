"""Generators of hostile values: each yields (case id, value) pairs for ``parametrize``.

Add a case by adding a value to a generator (or a new generator) and using it in a test; the
README beside this file says how.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta


def control_characters() -> Iterator[tuple[str, str]]:
    """Every C0 control character but tab, newline and carriage return, plus DEL and C1."""
    for code in [*range(0x00, 0x20), 0x7F, 0x85, 0x9B]:
        if chr(code) in "\t\n\r":
            continue
        yield f"U+{code:04X}", chr(code)


def lone_surrogates() -> Iterator[tuple[str, str]]:
    """Halves of a UTF-16 pair with no other half: not text, cannot be encoded as UTF-8."""
    for code in (0xD800, 0xDBFF, 0xDC00, 0xDFFF):
        yield f"U+{code:04X}", chr(code)


def non_ascii_digits(width: int = 3) -> Iterator[tuple[str, str]]:
    """``width`` digits in every script Python's ``\\d`` and ``int()`` accept besides ASCII."""
    seen: set[str] = set()
    for code in range(0x80, 0x1FBFF):
        char = chr(code)
        if unicodedata.category(char) != "Nd" or unicodedata.digit(char, -1) != 0:
            continue
        name = unicodedata.name(char, f"U+{code:04X}").split(" DIGIT")[0]
        if name in seen or len(seen) >= 12:
            continue
        seen.add(name)
        digits = "".join(chr(code + 4) if i == width - 1 else char for i in range(width))
        yield name.lower().replace(" ", "-"), digits


def huge_numbers() -> Iterator[tuple[str, str]]:
    """Figures no real report has: 13 to 400 digits, and tiny exponents."""
    for digits in (13, 27, 29, 60, 400):
        yield f"{digits}-digitos", "9" * digits + ".00"
    yield "exponente", "1E+30"


def big_sequences() -> Iterator[tuple[str, object]]:
    """Sequence numbers that are not small positive integers."""
    yield "2^63", 2**63
    yield "2^63-1", 2**63 - 1
    yield "2^31", 2**31
    yield "texto", "7"
    yield "decimal", 2.9
    yield "booleano", True
    yield "cero", 0
    yield "negativo", -3


def mid_line_cuts(text: str, count: int) -> Iterator[tuple[str, int]]:
    """Up to ``count`` offsets over the last two thirds of ``text``, each inside a line."""
    start, step = len(text) // 3, max(1, len(text) // (count * 2))
    found = 0
    for offset in range(start, len(text) - 2, step):
        if found == count:
            return
        if text[offset - 1] != "\n" and text[offset] != "\n" and text[offset - 1].strip():
            found += 1
            yield f"corte-{offset}", offset


def huge_record_numbers() -> Iterator[tuple[str, str]]:
    """Record numbers typed on the command line that SQLite cannot hold or no record has."""
    yield "2^63", str(2**63)
    yield "23-digitos", "9" * 23
    yield "400-digitos", "9" * 400
    yield "cero", "0"
    yield "negativo", "-3"
    yield "superindice", "\u00b2"


def overlong_paths(folder: str) -> Iterator[tuple[str, str]]:
    """Database paths under ``folder`` with a file or folder name over 255 bytes."""
    yield "archivo", f"{folder}/{'b' * 300}.sqlite3"
    yield "carpeta", f"{folder}/{'c' * 300}/avance.sqlite3"
    yield "acentos", f"{folder}/{'ó' * 130}.sqlite3"


def lock_process_ids() -> Iterator[tuple[str, str, bool]]:
    """First lines of a window's lock file and whether that process could still be running."""
    yield "14-digitos", "99999999999999", False
    yield "2^31", str(2**31), False
    yield "2^63", str(2**63), False
    yield "400-digitos", "9" * 400, False
    yield "cero", "0", True
    yield "negativo", "-1", True
    yield "texto", "doce", True


def undecodable_names() -> Iterator[tuple[str, bytes]]:
    """File names, as bytes, that are not UTF-8 (Linux takes any bytes but ``/`` and NUL)."""
    yield "ff-fe", b"bad\xff\xfe"
    yield "latin-1", b"caf\xe9"
    yield "corte", b"a\xc3("


def echoed_values() -> Iterator[tuple[str, str]]:
    """Values a refusal quotes back: terminal escapes, a bell, a bidi override, huge texts."""
    yield "escape", "\x1b[2J\x1b[31mA"
    yield "campana", "B\x07"
    yield "bidi", "C\u202eD"
    yield "enorme", "Z" * 100_000
    yield "combinantes", "e\u0301" * 5_000


def out_of_range_due_dates(year: int) -> Iterator[tuple[str, str, str]]:
    """Per quarter, delivery dates ``trimestre fecha`` refuses for ``year``: (id, quarter, date).

    The day before the quarter starts, the day after the next year ends, and the calendar's ends.
    """
    for quarter, first_month in (("1", 1), ("2", 4), ("3", 7), ("4", 10)):
        before = date(year, first_month, 1) - timedelta(days=1)
        yield f"T{quarter}-antes", quarter, before.strftime("%d/%m/%Y")
        yield f"T{quarter}-despues", quarter, f"01/01/{year + 2}"
    yield "año-1", "1", "0001-01-01"
    yield "año-9999", "4", "31/12/9999"


def invisible_characters() -> Iterator[tuple[str, str]]:
    """Characters that print as nothing or as a space: a clave with one looks like another."""
    for code in (0x00A0, 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x202E, 0x2060, 0xFEFF):
        yield f"U+{code:04X}", chr(code)


def hostile_moments() -> Iterator[tuple[str, str]]:
    """Texts a package's «fecha» (a moment) may carry that no export of ours ever wrote.

    Each part of a real moment (``2024-04-10T09:30:00-07:00``) pushed past its bounds, and
    texts that are not a moment at all.
    """
    yield "nan", "NaN"
    yield "vacia", ""
    yield "espacio", " "
    yield "año-0", "0000-01-01"
    yield "fin", "9999-12-31T23:59:59+14:00"
    yield "solo-dia", "2024-04-10"
    yield "escape", "2024-04-10T09:30:00\x1b[2J"
    yield "digitos-arabes", "\u0662\u0660\u0662\u0664-04-10T09:30:00-07:00"
    yield "espacio-en-vez-de-T", "2024-04-10 09:30:00-07:00"
    yield "microsegundos", "2024-04-10T09:30:00.123456-07:00"
    real = {"año": 2024, "mes": 4, "dia": 10, "hora": 9, "minuto": 30, "segundo": 0}
    bounds = {"año": (1999, 2101), "mes": (0, 13), "dia": (0, 32), "hora": (24, 99)}
    bounds |= {"minuto": (60, 99), "segundo": (60, 99)}
    for part, values in bounds.items():
        for value in values:
            moment = real | {part: value}
            yield (
                f"{part}-{value}",
                "{año:04d}-{mes:02d}-{dia:02d}T{hora:02d}:{minuto:02d}:{segundo:02d}-07:00".format(
                    **moment
                ),
            )
    for offset in ("+14:01", "-14:30", "+23:59", "-99:00", "-02:62", "+05:60"):
        yield f"diferencia{offset}", f"2024-04-10T09:30:00{offset}"


def look_alike_characters(ascii_char: str) -> Iterator[tuple[str, str]]:
    """Characters that read as ``ascii_char`` but are others: other alphabets, math, symbols.

    Found by code: every character whose compatibility form is ``ascii_char`` and is not the
    fullwidth one (a subscript, a circled, a bold mathematical letter…), the first few of each
    kind, and the letters of other alphabets named like it (Cyrillic, Greek, Cherokee, Lisu).
    """
    kinds: set[str] = set()
    chars: set[str] = set()
    for code in range(0x80, 0x1FBFF):
        char = chr(code)
        decomposition = unicodedata.decomposition(char)
        if unicodedata.normalize("NFKC", char) != ascii_char or decomposition.startswith("<wide>"):
            continue
        kind = decomposition.split(" ", 1)[0] or "canonica"
        if kind not in kinds:
            kinds.add(kind)
            chars.add(char)
            yield f"U+{code:04X}", char
    names = {
        "A": (
            "CYRILLIC CAPITAL LETTER A",
            "GREEK CAPITAL LETTER ALPHA",
            "CHEROKEE LETTER GO",
            "LISU LETTER A",
            "LATIN LETTER SMALL CAPITAL A",
        ),
        "1": ("ARABIC-INDIC DIGIT ONE", "DEVANAGARI DIGIT ONE", "MATHEMATICAL BOLD DIGIT ONE"),
        ".": ("ONE DOT LEADER", "ARABIC FULL STOP", "HALFWIDTH IDEOGRAPHIC FULL STOP"),
        "-": ("HYPHEN", "NON-BREAKING HYPHEN", "EN DASH", "MINUS SIGN", "SMALL HYPHEN-MINUS"),
        "T": ("CYRILLIC CAPITAL LETTER TE", "GREEK CAPITAL LETTER TAU", "CHEROKEE LETTER I"),
        "O": (
            "CYRILLIC CAPITAL LETTER O",
            "GREEK CAPITAL LETTER OMICRON",
            "ARMENIAN CAPITAL LETTER OH",
        ),
        "C": (
            "CYRILLIC CAPITAL LETTER ES",
            "GREEK CAPITAL LUNATE SIGMA SYMBOL",
            "ROMAN NUMERAL ONE HUNDRED",
        ),
    }.get(ascii_char, ())
    for name in names:
        char = unicodedata.lookup(name)
        if char not in chars:
            chars.add(char)
            yield f"U+{ord(char):04X}", char


def look_alike_keys(key: str = "A.1") -> Iterator[tuple[str, str]]:
    """``key`` with one character swapped for each of its look-alikes: reads as ``key``, is not."""
    for position, ascii_char in enumerate(key):
        for case, char in look_alike_characters(ascii_char):
            yield f"{key}-{position + 1}-{case}", key[:position] + char + key[position + 1 :]


def fullwidth(text: str) -> str:
    """``text`` typed at full width («A.1» → «Ａ．１»): the same characters, wider."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def before_the_end_due_dates(year: int) -> Iterator[tuple[str, str, str]]:
    """Per quarter, delivery dates within ``year`` but not after the quarter ends: (id, q, date).

    The quarter's first and last day: no report can be due before its quarter is over, yet an
    earlier version let such a date be typed, and its packages still travel.
    """
    for quarter, first_month in (("1", 1), ("2", 4), ("3", 7), ("4", 10)):
        first = date(year, first_month, 1)
        last = (first + timedelta(days=92)).replace(day=1) - timedelta(days=1)
        yield f"T{quarter}-primer-dia", quarter, first.isoformat()
        yield f"T{quarter}-ultimo-dia", quarter, last.strftime("%d/%m/%Y")


def hostile_news_dates() -> Iterator[tuple[str, object]]:
    """Values of a wrong JSON type where a package carries a moment (a date and time)."""
    yield "numero", 20240410
    yield "nan-numero", float("nan")
    yield "infinito", float("inf")
    yield "verdadero", True
    yield "lista", ["2024-04-10T09:30:00-07:00"]
    yield "objeto", {"fecha": "2024-04-10T09:30:00-07:00"}
    yield "año-enorme", "99999999-04-10T09:30:00-07:00"
    yield "larguisima", "2024-04-10T09:30:00-07:00" + "0" * 100_000


def fuzzed_moments(seed: int, count: int) -> Iterator[object]:
    """``count`` random values where a package carries a moment, most of them near one.

    Each part of ``2024-04-10T09:30:00-07:00`` drawn from far past its bounds (years to
    99 999, months to 99), random texts of every plane, and values of every JSON type.
    """
    rng = random.Random(seed)
    others: list[object] = [None, True, 0, -1, 10**30, 1.5, float("nan"), [], {}, ["x"]]
    for _ in range(count):
        shape = rng.randrange(4)
        if shape == 0:
            year = rng.choice([rng.randrange(100_000), rng.randrange(1990, 2110)])
            # Each part mostly in its bounds (the 31st of every month too), else up to 99.
            bounds = ((1, 12), (1, 31), (0, 24), (0, 60), (0, 60))
            parts = [
                rng.randrange(low, low + size) if rng.random() < 0.8 else rng.randrange(100)
                for low, size in bounds
            ]
            sign, hours, minutes = rng.choice("+-"), rng.randrange(16), rng.randrange(70)
            offset = rng.choice(["", f"{sign}{hours:02d}:{minutes:02d}", "Z", f"{sign}{hours}"])
            yield "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}".format(year, *parts) + offset
        elif shape == 1:
            real = "2024-04-10T09:30:00-07:00"
            at = rng.randrange(len(real))
            yield real[:at] + chr(rng.randrange(0x20000)) + real[at + rng.randrange(2) :]
        elif shape == 2:
            yield "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(80)))
        else:
            yield rng.choice(others)
