"""Justifying a warning in place: a written reason, or an explicit «enterado»."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

# Stores the text typed («» for «enterado»), or says why not: the dialog then stays open.
SaveJustification = Callable[[str], str | None]


@dataclass(frozen=True)
class Wording:
    """What the dialog calls its field, and whether «Solo enterado» is offered."""

    prompt: str  # the field's label, its shortcut marked
    name: str  # the field's accessible name
    empty: str  # said when «Guardar justificación» is pressed with nothing written
    acknowledge: bool


# A meta's warning: the reason travels with the package; «enterado» is an answer too.
REPORT_WARNING = Wording(
    "&Justificación (viaja con el paquete a la unidad coordinadora):",
    "Justificación",
    "Escriba la justificación, o elija «Solo enterado».",
    acknowledge=True,
)
# A PAIMEF warning: a reason only.
PAIMEF_WARNING = Wording("&Motivo:", "Motivo", "Escriba el motivo.", acknowledge=False)


class JustifyDialog(QDialog):
    """Shows the warning; the person writes why it is right, or only acknowledges it."""

    def __init__(
        self,
        about: str,
        current: str,
        parent: QWidget | None = None,
        *,
        save: SaveJustification | None = None,
        wording: Wording = REPORT_WARNING,
    ) -> None:
        """``about``: the warning (rich text); ``wording``: its field, «Solo enterado» or not."""
        super().__init__(parent)
        self.setWindowTitle("Justificar aviso")
        self.resize(560, 320)
        self.acknowledge_only = False
        self._save = save
        self._wording = wording
        layout = QVBoxLayout(self)
        heading = QLabel(about)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        label = QLabel(wording.prompt)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(wording.name)
        self.text.setPlainText(current)
        label.setBuddy(self.text)
        layout.addWidget(label)
        layout.addWidget(self.text)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            "&Guardar justificación", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.acknowledge_button: QPushButton = buttons.addButton(
            "Solo &enterado", QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.acknowledge_button.setVisible(wording.acknowledge)
        layout.addWidget(buttons)

    def justification_text(self) -> str:
        """The reason written (empty for an acknowledgement)."""
        return "" if self.acknowledge_only else self.text.toPlainText().strip()

    def _acknowledge(self) -> None:
        self.acknowledge_only = True
        if self._saved(""):
            super().accept()
        else:
            self.acknowledge_only = False

    @override
    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error_label.setText(self._wording.empty)
            self.text.setFocus()
            return
        if self._saved(self.justification_text()):
            super().accept()

    def _saved(self, text: str) -> bool:
        """Stored (or nothing to store it with); if refused, said here with the text kept."""
        refused = None if self._save is None else self._save(text)
        if refused:
            self.error_label.setText(refused)
            self.text.setFocus()
        return not refused


def ask_justification(parent: QWidget, message: str, save: SaveJustification) -> bool:
    """A PAIMEF warning's reason, stored from the dialog (no «enterado»); False if cancelled."""
    dialog = JustifyDialog(message, "", parent, save=save, wording=PAIMEF_WARNING)
    return dialog.exec() == JustifyDialog.DialogCode.Accepted
