"""A note kept on a window's status bar (beside its messages), hidden until it has something."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar


def status_note(status_bar: QStatusBar, name: str, *, first: bool = False) -> QLabel:
    """A hidden label on ``status_bar``, named ``name`` for screen readers.

    ``first``: before the other notes, next to the message; else after them all.
    """
    label = QLabel()
    label.setAccessibleName(name)
    label.hide()
    if first:
        status_bar.insertPermanentWidget(0, label)
    else:
        status_bar.addPermanentWidget(label)
    return label
