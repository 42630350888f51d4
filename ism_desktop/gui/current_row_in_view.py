"""A list keeps its current row whole in view when it gets smaller (as it is first laid out).

The window reopens on the meta last shown, scrolled to while the list was first laid out; the
list then got its final height, shorter, and the row was left under its bottom edge, a few
pixels of it cut off (the coordinator's list at 1366×768).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView
from typing_extensions import override


class _CurrentRowInView(QObject):
    """Watches the list's viewport; resized, it scrolls its current row back whole into view."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)  # its parent is the list, none of its own kept
        view.viewport().installEventFilter(self)

    def _view(self) -> QAbstractItemView:
        view = self.parent()
        assert isinstance(view, QAbstractItemView)  # as made in ``__init__``
        return view

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent) and self._was_in_view(event):
            # After the list has taken the new size: its scroll bars are set by then.
            QTimer.singleShot(0, self, self._scroll_to_current)
        return False

    def _was_in_view(self, event: QResizeEvent) -> bool:
        """Whether the current row showed before (a row scrolled away from stays away)."""
        current = self._view().currentIndex()
        if not current.isValid():
            return False
        old = event.oldSize()
        if old.width() <= 0 or old.height() <= 0:  # the first layout: nothing showed yet
            return True
        return self._view().visualRect(current).intersects(QRect(0, 0, old.width(), old.height()))

    def _scroll_to_current(self) -> None:
        current = self._view().currentIndex()
        if current.isValid():
            self._view().scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)


def keep_current_row_in_view(view: QAbstractItemView) -> None:
    """Keep ``view``'s current row whole in view as it shrinks, when it was in view before."""
    _CurrentRowInView(view)
