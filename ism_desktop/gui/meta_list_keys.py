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
        if plain_key(event, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._view.currentIndex().data(
            META_ID_ROLE
        ):
            self._go()
            return True
        return super().eventFilter(watched, event)


class ArrowsSkipHeadings(QObject):
    """An event filter for the list of metas: Up and Down go to the meta above or below.

    A programme or process heading passed on the way emptied the form («Elija una meta…»).
    Home and End go to the first and last meta the same way (Home landed on the first
    programme's heading). The headings are still reached with Left (to the meta's own);
    from a heading an arrow goes on to the next meta. A closed heading (thousands of metas
    open only their first level) is stopped at; with no row further on, the key does as before.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)
        if plain_key(event, *keys) and isinstance(event, QKeyEvent):
            meta = self._meta_for(event.key())
            if meta is not None:
                self._view.setCurrentIndex(meta)
                self._view.scrollTo(meta)
                return True
        return super().eventFilter(watched, event)

    def _meta_for(self, key: int) -> QModelIndex | None:
        view = self._view
        model = view.model()
        if key == Qt.Key.Key_Home:
            return self._meta_from(model.index(0, 0), view.indexBelow)
        if key == Qt.Key.Key_End:
            last = model.index(model.rowCount() - 1, 0)
            while last.isValid() and view.isExpanded(last) and model.rowCount(last):
                last = model.index(model.rowCount(last) - 1, 0, last)
            return self._meta_from(last, view.indexAbove)
        step = view.indexBelow if key == Qt.Key.Key_Down else view.indexAbove
        return self._meta_from(step(view.currentIndex()), step)

    def _meta_from(
        self, index: QModelIndex, step: Callable[[QModelIndex], QModelIndex]
    ) -> QModelIndex | None:
        """``index`` if a meta, else the first meta ``step`` reaches past open headings."""
        view = self._view
        # A closed heading is a stop: its metas are reached by opening it (Right).
        while index.isValid() and not index.data(META_ID_ROLE) and view.isExpanded(index):
            index = step(index)
        return index if index.isValid() else None


def plain_key(event: QEvent, *keys: Qt.Key) -> bool:
    """A press of one of ``keys`` alone (the keypad's Enter too)."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in keys
        and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    )
