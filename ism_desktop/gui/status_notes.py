"""A note kept on a window's status bar (beside its messages), hidden until it has something."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStatusBar, QWidget


def status_note(
    status_bar: QStatusBar, name: str, *, first: bool = False, yields: bool = False
) -> QLabel:
    """A hidden label on ``status_bar``, named ``name`` for screen readers.

    ``first``: before the other notes, next to the message; else after them all. ``yields``:
    the note ends in «…» when the line is short (its tooltip says it whole), so that the
    others are read whole: at 1366 pixels, four notes made the window wider than the screen.
    """
    note = _LinedNote(status_bar, name, first=first)
    note.yields = yields
    return note


class _LinedNote(QLabel):
    """A note that stays on the status bar, with a vertical line before it while it is shown.

    «…sin fecha límite fijada Trimestre 1 cerrado: el 2 se informa en…» read as one sentence:
    nothing stood between the delivery date and the note after it.
    """

    def __init__(self, status_bar: QStatusBar, name: str, *, first: bool) -> None:
        super().__init__()
        self.setAccessibleName(name)
        # Together in one box, hidden with the note: no line is left alone.
        self._box = QWidget()
        layout = QHBoxLayout(self._box)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self)
        self._box.hide()
        if first:
            put_first(status_bar, self._box)
        else:
            status_bar.addPermanentWidget(self._box)

    yields = False  # whether it ends in «…» rather than widen the window

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        """The note shown or hidden, and its line with it."""
        super().setVisible(visible)
        self._box.setVisible(visible)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """A yielding note's first few letters; any other's whole text."""
        whole = super().minimumSizeHint()
        if not self.yields:
            return whole
        return QSize(
            min(whole.width(), self.fontMetrics().averageCharWidth() * _KEPT), whole.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """The text whole where it fits; else cut with «…» at the note's width."""
        room = self.contentsRect()
        if not self.yields or self.fontMetrics().horizontalAdvance(self.text()) <= room.width():
            super().paintEvent(event)
            return
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, room.width()
        )
        QPainter(self).drawText(room, int(self.alignment()), shown)


def routine_note(status_bar: QStatusBar, label: QWidget) -> None:
    """``label`` at the right end of ``status_bar``, giving way while a message is shown.

    The saved time and the delivery date took a third of the line at 1366 px: what Deshacer
    did, or the word after an unclean end, was cut off beside them. A message is shown a
    while; they come back once it is gone.
    """
    if not status_bar.findChild(QWidget, _PUSHER):
        # Qt hides a status bar's plain widgets for a message, and lays them out from the left.
        pusher = QWidget()
        pusher.setObjectName(_PUSHER)
        pusher.setProperty(_ROUTINE, True)
        status_bar.addWidget(pusher, 1)
    label.setProperty(_ROUTINE, True)
    status_bar.addWidget(label)


class DividedNote(QLabel):
    """A routine note with a vertical line after it (Qt's own), shown while it says something.

    «Guardado automáticamente a las 12:06:29 Entrega del trimestre 1: …» read as one sentence:
    nothing stood between the saved time and the delivery date that follows it.
    """

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__()
        # Together in one box: Qt hides the box for a message, and the line within stays as
        # its note says (shown on its own, it came back over the message).
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._line = QFrame()
        self._line.setFrameShape(QFrame.Shape.VLine)
        self._line.setFrameShadow(QFrame.Shadow.Sunken)
        self._line.hide()
        layout.addWidget(self)
        layout.addWidget(self._line)
        routine_note(status_bar, box)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """The note's text; the line after it only while there is one."""
        super().setText(text)
        self._line.setVisible(bool(text))

    def clear(self) -> None:
        """No note, and no line left alone."""
        self.setText("")


def put_first(status_bar: QStatusBar, widget: QWidget) -> None:
    """``widget`` first of the notes that stay on ``status_bar`` beside a message.

    Only the message's «Ver todo» goes before it: a note between them read as the message's
    continuation («…cambio de m… Trimestre 1 cerrado: …  Ver todo»).
    """
    # Qt counts the plain widgets (the routine notes) before the ones that stay.
    on_bar = status_bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    before = sum(1 for w in on_bar if w.property(_ROUTINE) or w.objectName() == WHOLE_LINK)
    status_bar.insertPermanentWidget(before, widget)


WHOLE_LINK = "ver_todo"  # the object name of the message's «Ver todo»


_KEPT = 12  # the letters a yielding note keeps, at the least, before its «…»
_PUSHER = "a_la_derecha"
_ROUTINE = "nota_de_rutina"
