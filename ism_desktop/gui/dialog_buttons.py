"""The «Aceptar» and «Cancelar» buttons at the foot of a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPushButton, QVBoxLayout


def ok_cancel(
    dialog: QDialog,
    layout: QVBoxLayout | QFormLayout,
    on_accept: Callable[[], object] | None = None,
) -> QPushButton:
    """Add both buttons under ``layout``; returns «Aceptar», for dialogs that enable it.

    ``on_accept`` checks what was typed before closing; without it «Aceptar» closes at once.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    if isinstance(layout, QVBoxLayout):
        layout.addWidget(buttons)
    else:
        layout.addRow(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None  # the box was made with it
    return ok
