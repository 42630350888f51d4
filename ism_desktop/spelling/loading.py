"""Building the checker from its files: the dictionary, the institution's, 002's and the PC's."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ism_desktop.spelling.word_lists import (
    COORDINATION_FILE_NAME,
    INSTITUTIONAL_FILE_NAME,
    PERSONAL_FILE_NAME,
    read_words,
    word_key,
    words_to_keep,
    write_words,
)

if TYPE_CHECKING:
    from ism_desktop.spelling.dictionary import SpanishSpelling

DICTIONARY_FOLDER_NAME = "spelling"
DICTIONARY_BASE_NAME = "es_MX"
_PERSONAL_HEADER = "Palabras agregadas al diccionario en esta computadora (una por línea)."
_COORDINATION_HEADER = "Palabras que envió la unidad coordinadora en el programa base."


@dataclass(frozen=True)
class SpellingFiles:
    """Where the checker's files are: the program's resources and this PC's data folder."""

    resources: Path
    data: Path

    @property
    def dictionary_base(self) -> Path:
        """The Hunspell dictionary, without its .aff / .dic suffix."""
        return self.resources / DICTIONARY_FOLDER_NAME / DICTIONARY_BASE_NAME

    @property
    def institutional(self) -> Path:
        """The institution's vocabulary, shipped with the program."""
        return self.resources / DICTIONARY_FOLDER_NAME / INSTITUTIONAL_FILE_NAME

    @property
    def personal(self) -> Path:
        """This PC's added words."""
        return self.data / PERSONAL_FILE_NAME

    @property
    def coordination(self) -> Path:
        """The coordinating unit's list, as received in the last base package."""
        return self.data / COORDINATION_FILE_NAME

    def extra_words(self) -> list[str]:
        """Every word the program accepts beyond the dictionary."""
        return [
            *read_words(self.institutional),
            *read_words(self.coordination),
            *read_words(self.personal),
        ]

    def load(self) -> SpanishSpelling:
        """The checker with every list (about a second: run it off the GUI thread)."""
        # The library (spylls) is imported here: a program that never loads the dictionary, or
        # loads it after the window's first paint, does not pay for it at start.
        from ism_desktop.spelling.dictionary import SpanishSpelling

        return SpanishSpelling.from_files(self.dictionary_base, self.extra_words())

    def add_personal_word(self, checker: SpanishSpelling, word: str) -> None:
        """«Agregar al diccionario»: this PC accepts the word from now on, after a restart too."""
        # Every word the file holds, or nothing written: a file it cannot read is not wiped.
        words = words_to_keep(self.personal)
        if word_key(word) not in {word_key(known) for known in words}:
            write_words(self.personal, [*words, word.strip()], _PERSONAL_HEADER)
        checker.add_words([word])

    def save_coordination_words(self, words: list[str]) -> None:
        """Keep the list the coordinating unit sent (it replaces the previous one)."""
        write_words(self.coordination, words, _COORDINATION_HEADER)

    def words_to_send(self) -> list[str]:
        """The list the coordinating unit sends to the units: its own PC's added words."""
        return read_words(self.personal)
