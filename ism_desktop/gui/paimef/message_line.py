"""The PAIMEF window's line of messages: what was saved, or why not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class MessageLine(QLabel):
    """Two lines tall, said or not; a longer message is read whole in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # A message that grew took its line from the tabs above: every button moved under
        # the pointer. Its height is fixed so that nothing else moves.
        self.setFixedHeight(2 * self.fontMetrics().lineSpacing())
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def say(self, text: str) -> None:
        """Show ``text`` (its tooltip too, for the part a very long one cannot show)."""
        self.setText(text)
        self.setToolTip(text)
