"""Keys of the list of metas: Enter goes to the figure (as Alt+2), arrows from meta to meta."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView
from typing_extensions import override

from ism_desktop.gui.meta_tree_model import META_ID_ROLE


class EnterGoesToFigure(QObject):
    """An event filter for the list of metas: Enter on a meta calls ``go``; a group keeps it."""

    def __init__(self, view: QAbstractItemView, go: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._go = go

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _plain_key(
            event, Qt.Key.Key_Return, Qt.Key.Key_Enter
        ) and self._view.currentIndex().data(META_ID_ROLE):
            self._go()
            return True
        return super().eventFilter(watched, event)


class ArrowsSkipHeadings(QObject):
    """An event filter for the list of metas: Up and Down go to the meta above or below.

    A programme or process heading passed on the way emptied the form («Elija una meta…»).
    The headings are still reached with Left (to the meta's own) and Home; from a heading
    an arrow goes on to the next meta. A closed heading (thousands of metas open only their
    first level) is stopped at; with no row further on, the arrow does as before.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _plain_key(event, Qt.Key.Key_Up, Qt.Key.Key_Down) and isinstance(event, QKeyEvent):
            meta = self._next_meta(event.key() == Qt.Key.Key_Down)
            if meta is not None:
                self._view.setCurrentIndex(meta)
                self._view.scrollTo(meta)
                return True
        return super().eventFilter(watched, event)

    def _next_meta(self, down: bool) -> QModelIndex | None:
        view = self._view
        step = view.indexBelow if down else view.indexAbove
        index = step(view.currentIndex())
        # A closed heading is a stop: its metas are reached by opening it (Right).
        while index.isValid() and not index.data(META_ID_ROLE) and view.isExpanded(index):
            index = step(index)
        return index if index.isValid() else None


def _plain_key(event: QEvent, *keys: Qt.Key) -> bool:
    """A press of one of ``keys`` alone (the keypad's Enter too)."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in keys
        and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    )
