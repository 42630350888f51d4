"""Creating a window action: text with its mnemonic, slot, optional shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | None


def make_action(
    window: QWidget, text: str, slot: Callable[[], object], shortcut: Shortcut = None
) -> QAction:
    """An action owned by the window, so its shortcut works wherever the focus is."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action
