"""The findings panel's filter: the lines whose unit, meta or message hold every word typed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from typing_extensions import override

from ism_desktop.gui.findings_model import FINDING_ROLE, FindingRow
from ism_desktop.gui.typed_words_filter import TypedWordsFilter


class FindingsFilterProxy(TypedWordsFilter):
    """Keeps the findings whose unit, meta name or message contain every word typed.

    Read as the meta search reads: any case, accents or not, words in any order; the meta's
    whole name, not the line's shortened one.
    """

    @override
    def searched_text(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> str:
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), FINDING_ROLE)
        if not isinstance(row, FindingRow):
            return ""
        return " ".join((row.unit_named, row.entity, row.description, row.finding.message))
