"""Spelling for the window and the commands: the dictionary's files, its settings, added words."""

from __future__ import annotations

from dataclasses import replace

from ism_desktop.domain.validation.engine import DEFAULT_SETTINGS
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.spelling.dictionary import SpanishSpelling
from ism_desktop.spelling.loading import SpellingFiles
from ism_desktop.store.location import data_dir, resources_dir


class SpellingUnavailableError(Exception):
    """The dictionary's files are missing or damaged; spelling is then not checked."""


def spelling_files() -> SpellingFiles:
    """This PC's spelling files: the program's dictionary and lists, the data folder's lists."""
    return SpellingFiles(resources_dir(), data_dir())


def load_spelling(files: SpellingFiles | None = None) -> SpanishSpelling:
    """Read the dictionary and every word list (about a second; off the GUI thread)."""
    files = files or spelling_files()
    try:
        return files.load()
    except (OSError, UnicodeDecodeError, ValueError, IndexError) as exc:
        raise SpellingUnavailableError(
            f"no se pudo abrir el diccionario de español ({files.dictionary_base}): {exc}"
        ) from exc


def with_spelling(
    checker: SpanishSpelling | None, settings: ValidationSettings = DEFAULT_SETTINGS
) -> ValidationSettings:
    """The validation settings that check spelling with ``checker`` (none: not checked)."""
    return replace(settings, spelling=checker)


def add_word(checker: SpanishSpelling, word: str, files: SpellingFiles | None = None) -> None:
    """«Agregar al diccionario»: kept in this PC's data folder, so it survives a restart."""
    (files or spelling_files()).add_personal_word(checker, word)
