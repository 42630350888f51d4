"""Claves and meta descriptions read by their letters: a look-alike of another alphabet is refused.

«А.1» with a Cyrillic А, «Α.1» with a Greek Alpha, or «A‐1» with a Unicode hyphen reads as
«A.1»/«A-1» on screen and in the informe, yet is another clave: two acciones A.1, and a
justification of «A.1» reaching one of them. A fullwidth «Ａ.１» is the same letters typed with
an East Asian keyboard's width: it is read as «A.1» (its ``<wide>`` compatibility form, the
honest reading); every other character outside the Spanish keyboard is refused.
"""

from __future__ import annotations

import unicodedata

from ism_desktop.domain.wording import quoted

# Letters of a Spanish keyboard beyond ASCII: a free clave («CAPACITACIÓN-1») may hold them.
SPANISH_LETTERS = frozenset("ÁÉÍÓÚÜÑáéíóúüñ")
_SCRIPTS = {"CYRILLIC": "cirílico", "GREEK": "griego", "ARMENIAN": "armenio"}


def fold_widths(text: str) -> str:
    """``text`` with its fullwidth ASCII forms as the characters they are («Ａ１» → «A1»).

    And composed (NFC): «Ó» written as O and an accent, as macOS and some editors write it, is
    the same character, and the same clave.
    """
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", "".join(_WIDE_ASCII.get(char, char) for char in text))


# «！» to «～»: the ASCII characters at full width, each the character it widens.
_WIDE_ASCII = {chr(code + 0xFEE0): chr(code) for code in range(0x21, 0x7F)}


def _alphabet(char: str) -> str:
    name = unicodedata.name(char, "")
    script = _SCRIPTS.get(name.split(" ", 1)[0])
    return f"del alfabeto {script}" if script else "que no está en el teclado en español"


def _describe(char: str, position: int) -> str:
    return (
        f"«{quoted(char)}» (U+{ord(char):04X}, posición {position + 1}), un carácter "
        f"{_alphabet(char)} que se lee como otro"
    )


def key_problem(text: str) -> str | None:
    """Why a clave (already width-folded) could read as another (Spanish), or ``None``."""
    if text.isascii() and text.isprintable():
        return None
    for position, char in enumerate(text):
        if not char.isprintable():
            return (
                f"tiene un carácter que no se ve o parece un espacio (U+{ord(char):04X}, "
                f"posición {position + 1}); escriba la clave sin él, o se leería igual que otra."
            )
    for position, char in enumerate(text):
        if not char.isascii() and char not in SPANISH_LETTERS:
            return (
                f"tiene {_describe(char, position)}; escriba la clave con el teclado en español "
                "(letras A a Z, números 0 a 9), o se leería igual que otra."
            )
    return None


def description_problem(text: str) -> str | None:
    """Why a meta description holds a letter that reads as another (Spanish), or ``None``.

    Only letters: a description is free Spanish text, whose signs (« », –, …) name no meta,
    but a Cyrillic «А» in «САPACITAR» makes another meta that reads as the first. A letter is
    one of Latin-1 (ñ, ç, ß, º…), an ASCII letter with accents (ő, č) or one at full width.
    """
    if text.isascii():
        return None
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:
        return None
    for position, char in enumerate(fold_widths(text)):
        if char <= "\xff" or not char.isalpha():
            continue
        if not unicodedata.normalize("NFD", char)[0].isascii():
            return f"tiene {_describe(char, position)}; use el teclado en español."
    return None
