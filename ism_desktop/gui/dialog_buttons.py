"""The «Aceptar» and «Cancelar» buttons at the foot of a dialog, and the «¿…?» before a loss."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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


def confirm_loss(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something is lost or removed; «No» is the default, so Enter keeps it."""
    no = QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | no, no)
    return answer == QMessageBox.StandardButton.Yes


def may_discard(dialog: QDialog, typed: bool, question: str) -> bool:
    """Whether closing ``dialog`` may drop what it holds: nothing typed, or the person says so.

    For a dialog's ``reject``: Esc and «Cancelar» threw away what was typed at one key.
    """
    return not typed or confirm_loss(dialog, dialog.windowTitle(), question)
