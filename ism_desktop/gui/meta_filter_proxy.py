"""The search box's filter: accent- and case-insensitive, keeps the groups of what matches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from typing_extensions import override

from ism_desktop.gui.meta_tree_model import SEARCH_TEXT_ROLE
from ism_desktop.gui.typed_words_filter import TypedWordsFilter


class MetaFilterProxy(TypedWordsFilter):
    """Shows the metas whose description contains every word typed, with their groups."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)

    def set_search(self, text: str) -> None:
        """Filter by the words of ``text`` (empty shows everything)."""
        self.set_words(text)

    @override
    def searched_text(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> str:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        return str(model.data(index, SEARCH_TEXT_ROLE) or "")
