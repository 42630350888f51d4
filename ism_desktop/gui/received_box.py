"""The box that says what a batch of packages did, short enough for a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ism_desktop.exchange.intake.outcomes import ReceiveOutcome, batch_message
from ism_desktop.gui.long_message import show_message


def show_received(parent: QWidget, results: Sequence[ReceiveOutcome]) -> None:
    """Counts and the files; a long batch's whole list behind «Mostrar los detalles...»."""
    text, details = batch_message(results)
    refused = any(result.failed for result in results)
    show_message(parent, "Paquetes recibidos", text, details, warn=refused)
