"""The box over a window while work runs aside: what is done, «Cancelar», why closing waits."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import SIGNAL, SLOT, QObject, Qt
from PySide6.QtGui import QCloseEvent, QShortcut
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from typing_extensions import override

CLOSING = "Se está escribiendo el informe; la ventana se cerrará al terminar."
CLOSING_OR_CANCEL = (
    "La ventana se cerrará al terminar. Para no esperar, pulse «Cancelar»: lo que falta no se "
    "imprime."
)
CANCELLING = "Cancelando… se termina la página en curso."


@dataclass(frozen=True)
class CancelWords:
    """What a box with «Cancelar» says when the window is closed meanwhile, and once pressed."""

    closing: str = CLOSING_OR_CANCEL
    cancelling: str = CANCELLING


class WorkBox(QProgressDialog):
    """A box that holds the window while work runs (shown after 0.3 s).

    Without ``cancellable`` it has no buttons: neither Escape nor its «X» take it away. With
    it, «Cancelar», Escape and the «X» emit ``canceled`` and the box stays, saying that the
    work is ending (``words``), until ``finish()``.
    """

    def __init__(
        self,
        label: str,
        parent: QWidget,
        *,
        cancellable: bool = False,
        words: CancelWords | None = None,
    ) -> None:
        super().__init__(label, "", 0, 0, parent)
        self.setWindowTitle("Un momento…")
        self._said, self._closing = label, ""
        self._cancellable = cancellable
        self._words = words or CancelWords()
        if cancellable:
            self.setCancelButton(QPushButton("&Cancelar"))
            # Qt's own answer hides the box at once, while the page in hand is still drawn.
            QObject.disconnect(self, SIGNAL("canceled()"), self, SLOT("cancel()"))
            self.canceled.connect(self._on_canceled)
            # Qt's own Escape shortcut of an active progress box calls ``cancel()``: it hid the
            # box while the work went on, never told to stop. Without it, Escape reaches
            # ``reject()`` below, as «Cancelar».
            for escape in self.findChildren(QShortcut):
                escape.setEnabled(False)
        else:
            self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        # A count reaching its end hid the box (Qt's default): the workbook comes after the PDF.
        self.setAutoReset(False)
        self.setAutoClose(False)
        # The count to 0.3 s starts with a value: without one the box never showed, on any work.
        self.setValue(0)

    def say(self, label: str) -> None:
        """Say ``label`` as what is being done now (the page in hand, say)."""
        self._said = label
        self._show_label()

    def count(self, label: str, done: int, total: int) -> None:
        """Say ``label`` with the bar at ``done`` of ``total`` (it stops swinging to and fro)."""
        self.say(label)
        if self.maximum() != total:
            self.setMaximum(total)
        self.setValue(done)  # last: once the box shows, Qt handles pending events in it

    def tell_closing(self) -> None:
        """Say, at once, that the window closes once the work ends (and how not to wait)."""
        self._closing = self._words.closing if self._cancellable else CLOSING
        self._show_label()
        self.show()
        # Widened to the right for the longer text: centred over the window again.
        if (parent := self.parentWidget()) is not None:
            frame = self.frameGeometry()
            frame.moveCenter(parent.window().frameGeometry().center())
            self.move(frame.topLeft())

    def finish(self) -> None:
        """The work ended: the box goes, and its count to 0.3 s stops.

        Closed, a box not yet shown said «Cancelando…» and showed 0.3 s later over what the
        work's end said, and stayed: Qt's ``cancel()`` hides it and stops that count.
        """
        self.cancel()
        self.deleteLater()

    def _show_label(self) -> None:
        self.setLabelText(f"{self._said}\n\n{self._closing}" if self._closing else self._said)

    def _on_canceled(self) -> None:
        self.say(self._words.cancelling)
        for button in self.findChildren(QPushButton):
            button.setEnabled(False)

    @override
    def reject(self) -> None:
        # Escape: as «Cancelar» when there is one; the box stays until the work ends.
        if self._cancellable:
            self.canceled.emit()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        # Its «X»: as Escape. The box goes with ``finish()`` alone.
        event.ignore()
        self.reject()
