"""A table's header whose wordy titles take two lines, so their columns are as narrow as cells."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QWidget
from typing_extensions import override


class TwoLineHeader(QHeaderView):
    """A horizontal header drawing each title of ``lines`` as given there, on two lines.

    Its items keep their one-line titles (read by a screen reader, and by whatever looks a
    column up by its title); only the drawing and the room asked for change. A title that
    ends with more (a sort arrow) keeps it after its second line.
    """

    def __init__(self, lines: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._lines = dict(lines)
        # As a table's own header is made: a click on a title sorts by it.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def _drawn(self, title: str) -> str:
        for one_line, two_lines in self._lines.items():
            if title.startswith(one_line):
                return two_lines + title[len(one_line) :]
        return title

    @override
    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        super().initStyleOptionForIndex(option, logicalIndex)
        option.text = self._drawn(option.text)

    @override
    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        title = str(self.model().headerData(logicalIndex, self.orientation()) or "")
        drawn = self._drawn(title)
        if drawn == title:
            return size
        metrics = self.fontMetrics()
        one, two = metrics.size(0, title), metrics.size(0, drawn)
        return QSize(
            size.width() - one.width() + two.width(), size.height() + metrics.lineSpacing()
        )
