"""The qualitative evaluation editor: tells when the person leaves it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from typing_extensions import override


class NarrativeEdit(QPlainTextEdit):
    """A plain-text editor that emits ``focus_left`` so its text can be saved at once."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()
