"""The search box's filter: accent- and case-insensitive, keeps the groups of what matches."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from typing_extensions import override

from ism_desktop.gui.meta_tree_model import SEARCH_TEXT_ROLE


def fold(text: str) -> str:
    """Upper case without accents, so «asesoria» finds «ASESORÍA»."""
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class MetaFilterProxy(QSortFilterProxyModel):
    """Shows the metas whose description contains every word typed, with their groups."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        # Each meta's words folded once: every letter typed folded them all again, half of each
        # keystroke with thousands of metas. Keyed by the words, so an edited name folds anew.
        self._folded: dict[str, str] = {}
        self.setRecursiveFilteringEnabled(True)

    def set_search(self, text: str) -> None:
        """Filter by the words of ``text`` (empty shows everything)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    @override
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        text = str(model.data(index, SEARCH_TEXT_ROLE) or "")
        haystack = self._folded.get(text)
        if haystack is None:
            haystack = self._folded[text] = fold(text)
        return bool(haystack) and all(word in haystack for word in self._words)
