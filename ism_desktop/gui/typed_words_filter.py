"""A list's filter by the words typed: any case, accents or not, words in any order."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from typing_extensions import override


def fold(text: str) -> str:
    """Upper case without accents, so «asesoria» finds «ASESORÍA»."""
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class TypedWordsFilter(QSortFilterProxyModel):
    """Keeps the rows whose ``searched_text`` holds every word typed (none typed: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        # Each row's words folded once: every letter typed folded them all again, half of each
        # keystroke with thousands of rows. Keyed by the words, so an edited text folds anew.
        self._folded: dict[str, str] = {}

    def set_words(self, text: str) -> None:
        """Keep the rows with every word of ``text`` (empty keeps them all)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filtering(self) -> bool:
        """Whether words were typed, so that rows without them are hidden."""
        return bool(self._words)

    def searched_text(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The words of a source row that the typed words are looked for in."""
        raise NotImplementedError

    @override
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        text = self.searched_text(source_row, source_parent)
        haystack = self._folded.get(text)
        if haystack is None:
            haystack = self._folded[text] = fold(text)
        return bool(haystack) and all(word in haystack for word in self._words)
