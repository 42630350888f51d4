"""A message whose list may be long: the first lines in the box, every line behind a button.

A box grows with its text: sixty lines ran off a 1366×768 screen with its button out of reach.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ism_desktop.domain.window_wording import for_window


def show_message(
    parent: QWidget, title: str, text: str, details: str, *, warn: bool, tip: str = ""
) -> None:
    """``text`` in a box; ``details`` (when there are) behind «Mostrar los detalles...».

    ``tip``: what the pointer over the text shows (the lines it shows cut, whole).
    """
    text, details = for_window(text), for_window(details)
    if not details and not tip:
        say = QMessageBox.warning if warn else QMessageBox.information
        say(parent, title, text)
        return
    icon = QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None and tip:
        label.setToolTip(tip)
    box.exec()
