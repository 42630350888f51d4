"""Keys that belong to the window even while a text box has the focus.

X11's text boxes take Ctrl+E for «end of line»; in this program it is *Exportar paquete*, which
saves the figure being typed before it writes anything. Windows binds only End there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from typing_extensions import override

EXPORT_KEY = QKeySequence("Ctrl+E")  # Archivo › Exportar paquete…


REDO_ALSO = QKeySequence("Ctrl+Y")  # the window's second Rehacer shortcut


def is_undo_claim(event: QEvent) -> bool:
    """Whether ``event`` is a text box's claim (ShortcutOverride) on Deshacer or Rehacer."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and (event.matches(QKeySequence.StandardKey.Undo) or is_redo_key(event))
    )


def is_redo_key(event: QKeyEvent) -> bool:
    """Whether a key event is one of Rehacer's keys (Ctrl+Y too where Qt binds it to nothing)."""
    return (
        event.matches(QKeySequence.StandardKey.Redo)
        or QKeySequence(event.keyCombination()) == REDO_ALSO
    )


def is_window_key(event: QEvent) -> bool:
    """Whether ``event`` is a text box's claim (ShortcutOverride) on a key of the window's."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and QKeySequence(event.keyCombination()) == EXPORT_KEY
    )


class WindowKeysFirst(QObject):
    """An event filter that leaves the window's keys to the window's shortcuts."""

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_window_key(event):
            event.ignore()  # not the box's: the shortcut is looked for next
            return True
        return super().eventFilter(watched, event)
