"""The box that says what a batch of packages did, short enough for a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from ism_desktop.exchange.intake.outcomes import ReceiveOutcome, batch_message

TITLE = "Paquetes recibidos"


def show_received(parent: QWidget, results: Sequence[ReceiveOutcome]) -> None:
    """Counts and the files; a long batch's whole list behind «Mostrar detalles…»."""
    text, details = batch_message(results)
    refused = any(result.failed for result in results)
    if not details:
        say = QMessageBox.warning if refused else QMessageBox.information
        say(parent, TITLE, text)
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
        TITLE,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(details)
    box.exec()
