"""Word lists kept as plain UTF-8 text, one word a line: the institution's, the PC's, 002's."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from ism_desktop.platform import DataFileError

# In the data folder of each PC: the words a person added with «Agregar al diccionario», and
# the list the coordinating unit sends in the base package.
PERSONAL_FILE_NAME = "diccionario_personal.txt"
COORDINATION_FILE_NAME = "diccionario_coordinacion.txt"
# Shipped with the program, in resources/spelling/.
INSTITUTIONAL_FILE_NAME = "institucional.txt"


def word_key(word: str) -> str:
    """A word as the lists compare it: composed accents, lower case, no blanks around."""
    return unicodedata.normalize("NFC", word.strip()).lower()


def parse_words(text: str) -> list[str]:
    """The words of a list's text; blank lines and ``#`` comments are skipped."""
    words: list[str] = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            words.append(unicodedata.normalize("NFC", entry))
    return words


def decode_list(data: bytes) -> str | None:
    """A list's text as Notepad may have saved it: UTF-8, «Unicode» or «ANSI»; None if none.

    The program writes UTF-8; a person who edits the file may save it in another encoding.
    """
    encodings = ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ()
    for encoding in (*encodings, "utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def read_words(path: Path) -> list[str]:
    """The words of a list file; a missing or unreadable file is an empty list."""
    try:
        text = decode_list(path.read_bytes())
    except OSError:
        return []
    return [] if text is None else parse_words(text)


def words_to_keep(path: Path) -> list[str]:
    """The words of a list file about to be rewritten with more: all of them, or a refusal.

    Raises:
        OSError: the file exists but cannot be read, or read as text (``DataFileError``);
            rewriting it would lose the words it holds.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    text = decode_list(data)
    if text is None:
        raise DataFileError(
            path, f"«{path.name}» no se puede leer como texto; se deja como está, sin cambios"
        )
    return parse_words(text)


def write_words(path: Path, words: Iterable[str], header: str) -> None:
    """Replace a list file at once (a crash leaves the old file or the new, never half)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    unique = sorted(dict.fromkeys(unicodedata.normalize("NFC", w.strip()) for w in words if w))
    body = "".join(f"{word}\n" for word in unique)
    temporary = path.with_name(f"{path.name}.tmp")
    temporary.write_text(f"# {header}\n{body}", encoding="utf-8")
    os.replace(temporary, path)
