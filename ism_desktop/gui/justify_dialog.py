"""Justifying a warning in place: a written reason, or an explicit «enterado»."""

from __future__ import annotations

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

from ism_desktop.domain.validation.finding import Finding
from ism_desktop.domain.validation.justification import Justification


class JustifyDialog(QDialog):
    """Shows the warning; the person writes why it is right, or only acknowledges it."""

    def __init__(
        self,
        finding: Finding,
        description: str,
        current: Justification | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Justificar aviso")
        self.resize(560, 320)
        self.acknowledge_only = False
        layout = QVBoxLayout(self)
        about = QLabel(f"<b>{description}</b><br><br>{finding.message}")
        about.setWordWrap(True)
        layout.addWidget(about)
        prompt = QLabel("&Justificación (viaja con el paquete a la unidad coordinadora):")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName("Justificación")
        if current is not None:
            self.text.setPlainText(current.text)
        prompt.setBuddy(self.text)
        layout.addWidget(prompt)
        layout.addWidget(self.text)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
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
        layout.addWidget(buttons)

    def justification_text(self) -> str:
        """The reason written (empty for an acknowledgement)."""
        return "" if self.acknowledge_only else self.text.toPlainText().strip()

    def _acknowledge(self) -> None:
        self.acknowledge_only = True
        super().accept()

    @override
    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error_label.setText("Escriba la justificación, o elija «Solo enterado».")
            self.text.setFocus()
            return
        super().accept()
