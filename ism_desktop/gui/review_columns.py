"""The review's columns: the labels, «Antes» and «Después» as wide as they need, within its width.

At a fixed 480 and 120 pixels, «Antes» cut an evaluation's cell to «SE REALIZARO…» at
1366×768 beside labels a third as wide as their column.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem
from typing_extensions import override

_LABELS_MOST = 480  # the labels never take more: a long request's label is cut, whole in its tip
_MEASURED = 40  # the longest texts of a column by characters: the widest is among them
_PAD = 6  # beyond the delegate's margins, so a text that just fits is not cut by rounding


class ReviewColumns(QObject):
    """Shares the tree's width among its three columns again at each resize of its viewport."""

    def __init__(self, tree: QTreeWidget) -> None:
        self._viewport = tree.viewport()
        super().__init__(self._viewport)  # gone with it: no event of a tree half destroyed
        self._tree = tree
        self._needed = _needed_widths(tree)  # measured once: a state's review has thousands
        self._viewport.installEventFilter(self)
        self.share()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.share()
        return super().eventFilter(watched, event)

    def share(self) -> None:
        """Labels first (up to a limit), then «Antes» whole if «Después» keeps half of the rest.

        «Después», the last column, stretches over what is left; a cell still cut shows its
        text whole under the pointer (the items' tooltips).
        """
        labels, before, after = self._needed
        room = self._tree.viewport().width()
        first = min(labels, _LABELS_MOST, room // 3)
        rest = room - first
        self._tree.setColumnWidth(0, first)
        self._tree.setColumnWidth(1, min(before, max(rest - after, rest // 2)))


def _needed_widths(tree: QTreeWidget) -> tuple[int, int, int]:
    """The widest label, «Antes» and «Después» of the lines that have values, in pixels.

    Only the longest texts of each column are measured: measuring each of a state's 14,400
    lines took 0.4 s before the review showed.
    """
    metrics = tree.fontMetrics()
    margins = 2 * (
        tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    )
    header = tree.headerItem()
    columns: list[list[tuple[int, str]]] = [[(0, header.text(column))] for column in range(3)]
    for item, depth in _lines(tree):
        # A line under a file and a meta: indented once for each, and once for the branches.
        indent = tree.indentation() * (depth + int(tree.rootIsDecorated()))
        columns[0].append((indent, item.text(0)))
        columns[1].append((0, item.text(1)))
        columns[2].append((0, item.text(2)))
    labels, before, after = (
        max(
            indent + metrics.horizontalAdvance(text)
            for indent, text in heapq.nlargest(_MEASURED, texts, key=_characters)
        )
        + margins
        + _PAD
        for texts in columns
    )
    return labels, before, after


def _characters(shown: tuple[int, str]) -> int:
    """About as wide as its indent (a character is some 7 pixels) and its characters."""
    indent, text = shown
    return indent // 7 + len(text)


def _lines(tree: QTreeWidget) -> Iterator[tuple[QTreeWidgetItem, int]]:
    """Every item whose first column is not spanned over the row, with its depth."""
    pending = [(tree.topLevelItem(n), 0) for n in range(tree.topLevelItemCount())]
    while pending:
        item, depth = pending.pop()
        if item is None:
            continue
        if not item.isFirstColumnSpanned():
            yield item, depth
        pending += [(item.child(n), depth + 1) for n in range(item.childCount())]
