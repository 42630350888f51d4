"""The coordinating unit's spelling words in a programme base (``palabras``, optional).

A base from a version without the field still reads: it carries no list and the unit's list stays
as it was. A list that is not a list of short single words refuses the whole package.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.exchange.package.reader import PackageContents

WORDS_KEY = "palabras"
MAX_WORDS = 20_000
MAX_WORD_LENGTH = 60


def words_field(words: Iterable[str]) -> dict[str, list[str]]:
    """The field to add to a base's ``datos.json`` (nothing when there are no words)."""
    listed = sorted({word.strip() for word in words if word.strip()})
    return {WORDS_KEY: listed} if listed else {}


def read_base_words(reader: DataReader, data: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The list a base carries; ``None`` when it carries none (an older program sent it)."""
    if WORDS_KEY not in data:
        return None
    value = data[WORDS_KEY]
    if not isinstance(value, list) or len(value) > MAX_WORDS:
        raise reader.refuse("la lista de palabras del diccionario no tiene la forma esperada")
    words = []
    for item in value:
        word = reader.text(item, "una palabra del diccionario", MAX_WORD_LENGTH, empty=False)
        if any(char.isspace() or char.isdigit() for char in word):
            raise reader.refuse(f"«{word[:30]}» no es una palabra para el diccionario")
        words.append(word)
    return tuple(words)


def base_words(contents: PackageContents) -> tuple[str, ...] | None:
    """The word list of a received programme base (already checked when it was planned)."""
    if contents.manifest.kind is not PackageKind.BASE:
        return None
    return read_base_words(DataReader(contents.source), contents.data)
