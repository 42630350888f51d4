"""Enter on a meta of the list goes to its figure, as Alt+2 does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView
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
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self._view.currentIndex().data(META_ID_ROLE)
        ):
            self._go()
            return True
        return super().eventFilter(watched, event)
