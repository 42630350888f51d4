"""Spelling for the window and the commands: the dictionary's files, its settings, added words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ism_desktop.domain.validation.engine import DEFAULT_SETTINGS
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.exchange.base_words import base_words
from ism_desktop.exchange.intake.packages import ReceiveOutcome
from ism_desktop.platform import data_dir, resources_dir
from ism_desktop.spelling.loading import SpellingFiles
from ism_desktop.store.errors import describe_failure

if TYPE_CHECKING:
    # Only a type here: the dictionary library loads when the dictionary does.
    from ism_desktop.spelling.dictionary import SpanishSpelling


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
            f"no se pudo abrir el diccionario de español ({files.dictionary_base}): "
            f"{describe_failure(exc) if isinstance(exc, OSError) else exc}"
        ) from exc


def with_spelling(
    checker: SpanishSpelling | None, settings: ValidationSettings = DEFAULT_SETTINGS
) -> ValidationSettings:
    """The validation settings that check spelling with ``checker`` (none: not checked)."""
    return replace(settings, spelling=checker)


def add_word(checker: SpanishSpelling, word: str, files: SpellingFiles | None = None) -> None:
    """«Agregar al diccionario»: kept in this PC's data folder, so it survives a restart."""
    (files or spelling_files()).add_personal_word(checker, word)


def words_to_send(files: SpellingFiles | None = None) -> list[str]:
    """The coordinating unit's list for the programme bases: the words added on its PC."""
    return (files or spelling_files()).words_to_send()


def keep_coordination_words(
    outcomes: Iterable[ReceiveOutcome], files: SpellingFiles | None = None
) -> int | None:
    """Keep the word list of the newest applied base that carries one; its size, or ``None``.

    It replaces the coordinating unit's list on this PC; packages of other kinds carry none.
    The newest is the one with the highest sequence, not the last in the list: the outcomes
    come in the order the files were picked, and the batch applied them oldest first.
    """
    words: tuple[str, ...] | None = None
    newest = 0
    for outcome in outcomes:
        if outcome.applied and outcome.incoming is not None:
            carried = base_words(outcome.incoming.contents)
            sequence = outcome.incoming.manifest.sequence
            if carried is not None and sequence > newest:
                words, newest = carried, sequence
    if words is None:
        return None
    (files or spelling_files()).save_coordination_words(list(words))
    return len(words)
