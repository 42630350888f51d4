"""The window's Deshacer and Rehacer in a text box's right-click menu, in place of Qt's own.

Qt's undid only the box's typing since its last save (greyed out most of the time) and named
other keys (Ctrl+Mayús+Z) than *Editar*'s, whose steps, saved in the database, are the program's.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QLineEdit, QMenu
from typing_extensions import override

_QT_OWN = ("edit-undo", "edit-redo")  # the object names Qt gives its menus' entries


def put_window_undo(menu: QMenu, window_undo: Sequence[QAction]) -> None:
    """Qt's Deshacer and Rehacer in ``menu`` replaced by the window's (dropped without)."""
    qt_own = [a for a in menu.actions() if a.objectName() in _QT_OWN]
    if not qt_own:
        return
    menu.insertActions(qt_own[0], list(window_undo))
    for action in qt_own:
        menu.removeAction(action)


class CellMenuUndo(QObject):
    """An event filter giving a figure cell's menu the window's Deshacer and Rehacer.

    A figure being typed keeps Qt's own, as Ctrl+Z there takes the typing back: the window's
    would undo the step before while the typing stayed, to be saved over it.
    """

    def __init__(self, window_undo: Sequence[QAction], parent: QObject) -> None:
        super().__init__(parent)
        self._window_undo = tuple(window_undo)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.ContextMenu
            or not isinstance(event, QContextMenuEvent)
            or not isinstance(watched, QLineEdit)
        ):
            return super().eventFilter(watched, event)
        menu = watched.createStandardContextMenu()
        if not watched.isModified():
            put_window_undo(menu, self._window_undo)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True
