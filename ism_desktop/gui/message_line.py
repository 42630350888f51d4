"""A window's line of messages: what was saved, or why not; a long one read whole on a click.

Both windows say it the same way: the PAIMEF window on its two-line message line, the unit
window on its status bar, each with «Ver todo» when the message does not fit.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent, QStatusTipEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizeGrip,
    QStatusBar,
    QStyle,
    QStyleOption,
    QWidget,
)
from typing_extensions import override

from ism_desktop.gui.status_notes import WHOLE_LINK, put_first

MORE = '<a href="#">Ver todo</a>'
WHOLE_TITLE = "Mensaje completo"


class WholeMessageLink(QLabel):
    """«Ver todo», shown while a message does not fit where it is said; a click shows it all.

    A message cut off was only whole in a tooltip, and no one hovers over a message to read
    its end.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MORE, parent)
        self.message = ""
        self.setObjectName(WHOLE_LINK)
        self.setAccessibleName("Ver todo el mensaje")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.linkActivated.connect(self._show_whole)
        self.hide()

    def offer(self, message: str, fits: bool) -> None:
        """Offer ``message`` whole, unless it fits (or there is none)."""
        self.message = message
        self.setVisible(bool(message) and not fits)

    def _show_whole(self, _link: str) -> None:
        QMessageBox.information(self.window(), WHOLE_TITLE, self.message)


class MessageLine(QWidget):
    """Two lines tall, said or not; a longer message shows «Ver todo», which opens all of it.

    A message that grew took its line from the tabs above: every button moved under the
    pointer, so the height stays fixed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._more = WholeMessageLink()
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
        # Measured beside the link, as it would be wrapped were the link shown.
        width = self.width() - self._more.sizeHint().width() - self._layout.spacing()
        needed = self._label.fontMetrics().boundingRect(
            0, 0, max(width, 1), 10_000, Qt.TextFlag.TextWordWrap, text
        )
        self._more.offer(text, needed.height() <= self.height())


def offer_whole_messages(status_bar: QStatusBar) -> WholeMessageLink:
    """«Ver todo» on ``status_bar`` while its message is wider than the room it has."""
    link = WholeMessageLink()
    # Right after the message whose end it shows, before what always stays on the line
    # («Guardado automáticamente a las …», the delivery date): at the far end it was lost.
    put_first(status_bar, link)

    def follow(message: str) -> None:
        # The message's room: the bar less what is always on it (the link counted, as shown).
        others = sum(
            w.sizeHint().width()
            for w in status_bar.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if w.isVisible() and w is not link
        )
        room = status_bar.width() - others - link.sizeHint().width() - 24
        link.offer(message, status_bar.fontMetrics().horizontalAdvance(message) <= room)

    status_bar.messageChanged.connect(follow)
    return link


class MessageStatusBar(QStatusBar):
    """A status bar whose message, too long for its room, ends in «…», not cut mid-letter.

    Qt's own cut it where the first widget on the line began: «Realizado T2 NU» against
    «Ver todo», as if the text went on underneath.

    A menu opened, or an entry pointed at, no longer erases the message: Qt says each entry's
    status tip (empty when it has none) in its place, and an export's result or an error was
    gone before it was read. A tip shows while pointed at; then the message is back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Room at the right end: on a maximized window (no size grip) the last note's last
        # letter touched the screen's edge.
        self.setContentsMargins(0, 0, 6, 0)
        self._said = ""  # the program's message, not a status tip
        self._said_until: float | None = None  # when its time is up (None: said for good)

    @override
    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        shown_ms = timeout or 0
        self._said = text
        self._said_until = time.monotonic() + shown_ms / 1000 if shown_ms > 0 else None
        super().showMessage(text, shown_ms)

    @override
    def clearMessage(self) -> None:
        self._said = ""
        super().clearMessage()

    def keep_message_over_tips(self, window: QWidget) -> None:
        """The status tips said to ``window`` (its menus') shown without losing the message."""
        window.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.StatusTip or not isinstance(event, QStatusTipEvent):
            return super().eventFilter(watched, event)
        if event.tip():
            QStatusBar.showMessage(self, event.tip())  # a tip: the message is kept to come back
        else:
            self._say_again()
        return True

    def _say_again(self) -> None:
        """The program's message back for the rest of its time, or nothing if it is up."""
        left = None if self._said_until is None else self._said_until - time.monotonic()
        if not self._said or (left is not None and left <= 0):
            QStatusBar.clearMessage(self)
        elif left is None:
            QStatusBar.showMessage(self, self._said)
        else:
            QStatusBar.showMessage(self, self._said, max(int(left * 1000), 1))

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.currentMessage():
            # Said before the window showed (the word after an unclean end): Qt hid no plain
            # widget for it then, and they covered its room. Hidden now, and «Ver todo» weighed.
            self.hideOrShow()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.currentMessage():
            self.messageChanged.emit(self.currentMessage())  # «Ver todo» weighed at this width

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        message = self.currentMessage()
        room = self._message_room()
        if not message or self.fontMetrics().horizontalAdvance(message) <= room.width():
            super().paintEvent(event)
            return
        # As QStatusBar paints itself (panel, the frames of the widgets on the line, the
        # message), the message elided.
        painter = QPainter(self)
        style = self.style()
        panel = QStyleOption()
        panel.initFrom(self)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, panel, painter, self)
        for widget in self._on_the_line():
            if isinstance(widget, QSizeGrip):
                continue
            frame = QStyleOption()
            frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            frame.state = QStyle.StateFlag.State_None
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget
            )
        painter.setPen(self.palette().windowText().color())
        shown = self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, room.width())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(room, flags.value | Qt.TextFlag.TextSingleLine.value, shown)

    def _on_the_line(self) -> list[QWidget]:
        """The widgets shown beside a message: the permanent ones (the others hide for it)."""
        return [
            w
            for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.isVisible()
        ]

    def _message_room(self) -> QRect:
        # Where Qt draws the message: from 6 pixels in up to 2 before the first widget.
        right = min([self.width() - 12, *(w.x() - 2 for w in self._on_the_line())])
        return QRect(6, 0, max(right - 6, 0), self.height())
