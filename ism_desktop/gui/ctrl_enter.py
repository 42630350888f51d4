"""Ctrl+Enter in a dialog's multi-line text box accepts the dialog.

In a box for a paragraph Enter starts a new line, so it cannot accept the dialog; Ctrl+Enter,
which people press to be done (mail, chat), did nothing at all and sent them to the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget
from typing_extensions import override

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # the main key and the keypad's


class _CtrlEnterAccepts(QObject):
    """Watches a box's keys; Ctrl+Enter calls its dialog's ``accept`` (which may refuse)."""

    def __init__(self, box: QPlainTextEdit) -> None:
        super().__init__(box)
        box.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # The dialog found when the key comes, never kept: a reference held here kept a
            # dialog alive after its last use, to be closed (and asked about) much later.
            dialog = watched.window() if isinstance(watched, QWidget) else None
            if event.type() == QEvent.Type.KeyPress and isinstance(dialog, QDialog):
                dialog.accept()
            return True  # its release too: no new line is typed either way
        return False


def accept_on_ctrl_enter(box: QPlainTextEdit) -> None:
    """Make Ctrl+Enter in ``box`` accept its dialog, as its «Aceptar» (or «Guardar») does."""
    _CtrlEnterAccepts(box)
