"""A start refused before the window opens (its data folder, its ``--db``), said in a box too.

The installed window has no console: a refusal only printed is a program that does not open,
with nothing said.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ism_desktop import APP_NAME
from ism_desktop.gui.application import ensure_application


def show_start_refusal(refusal: str) -> None:
    """Show ``refusal`` (one Spanish sentence, as printed) in a box, until it is closed."""
    ensure_application()  # in Spanish: «Aceptar», not «OK»
    sentence = refusal[:1].upper() + refusal[1:]
    if not sentence.endswith("."):
        sentence += "."
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, f"{APP_NAME} no se abrió.\n\n{sentence}")
    box.exec()
