"""A window's line of messages: what was saved, or why not; a long one read whole on a click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QWidget
from typing_extensions import override

MORE = '<a href="#">Ver todo</a>'


class MessageLine(QWidget):
    """Two lines tall, said or not; a longer message shows «Ver todo», which opens all of it.

    A message that grew took its line from the tabs above: every button moved under the
    pointer, so the height stays fixed. What did not fit was only in a tooltip, and no one
    hovers over a message to read its third line: the link says there is more.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._more = QLabel(MORE)
        self._more.setObjectName("ver_todo")
        self._more.setAccessibleName("Ver todo el mensaje")
        self._more.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self._more.linkActivated.connect(self._show_whole)
        self._more.hide()
        layout.addWidget(self._label, 1)
        layout.addWidget(self._more)
        self.setFixedHeight(2 * self.fontMetrics().lineSpacing())

    def say(self, text: str) -> None:
        """Show ``text``; if it needs more than the two lines, «Ver todo» beside it."""
        self._label.setText(text)
        self.setToolTip(text)
        self._offer_more()

    def text(self) -> str:
        """The message shown (all of it, even the part beyond the two lines)."""
        return self._label.text()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._offer_more()  # a narrower window wraps the same message onto more lines

    def _offer_more(self) -> None:
        text = self._label.text()
        # Measured on the line's whole width: the link takes room only once it is needed.
        width = self.width() - self._more.sizeHint().width() - self._layout.spacing()
        needed = self._label.fontMetrics().boundingRect(
            0, 0, max(width, 1), 10_000, Qt.TextFlag.TextWordWrap, text
        )
        self._more.setVisible(bool(text) and needed.height() > self.height())

    def _show_whole(self, _link: str) -> None:
        QMessageBox.information(self.window(), "Mensaje completo", self._label.text())
