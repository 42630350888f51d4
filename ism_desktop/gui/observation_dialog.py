"""The coordinator's observation on a meta: its text, in a box that fits a 1366×768 screen.

Qt's multi-line input box sized itself to its label: a meta's long description made it 1554
pixels wide, with «Aceptar» off the screen, and Tab typed a tab instead of reaching it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from typing_extensions import override

from ism_desktop.domain.limits import as_typed_text
from ism_desktop.gui.ctrl_enter import accept_on_ctrl_enter
from ism_desktop.gui.dialog_buttons import may_discard, ok_cancel

# Wide enough for a paragraph, narrow enough for the smallest screen the program supports.
_WIDTH, _HEIGHT = 620, 340


class ObservationDialog(QDialog):
    """A wrapped heading naming the unit and the meta, the text, «Aceptar» and «Cancelar»."""

    def __init__(
        self,
        heading: str,
        parent: QWidget | None = None,
        save: Callable[[str], str | None] | None = None,
    ) -> None:
        """``save``: stores the text typed, or says why not (the dialog then stays open)."""
        super().__init__(parent)
        self._save = save
        self.setWindowTitle("Agregar observación")
        layout = QVBoxLayout(self)
        label = QLabel(heading)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Observación")
        self.text.setTabChangesFocus(True)  # Tab goes on to the buttons, as in any form
        label.setBuddy(self.text)
        accept_on_ctrl_enter(self.text)
        layout.addWidget(self.text, 1)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        ok_cancel(self, layout)
        self.resize(_WIDTH, _HEIGHT)

    def typed(self) -> str:
        """The text, as if typed (a paste's line breaks as lines, no control codes)."""
        return as_typed_text(self.text.toPlainText())

    @override
    def accept(self) -> None:
        refused = None if self._save is None else self._save(self.typed())
        if refused:  # too long: said here, with the text kept to shorten
            self.error_label.setText(refused)
            self.text.setFocus()
            return
        super().accept()

    @override
    def reject(self) -> None:
        # Esc or «Cancelar» threw the paragraph away at one key; other dialogs ask first.
        typed = bool(self.text.toPlainText().strip())
        if may_discard(self, typed, "¿Descartar la observación escrita?"):
            super().reject()


def ask_observation(
    parent: QWidget, heading: str, save: Callable[[str], str | None]
) -> tuple[str, bool]:
    """The observation typed, and whether «Aceptar» was chosen (once ``save`` took it)."""
    dialog = ObservationDialog(heading, parent, save)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.typed(), accepted
