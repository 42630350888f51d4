"""Save failures and refused undos: one box per failure, never stacked over itself."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ism_desktop.gui.path_line import warn_with_paths

TITLE = "No se guardó el cambio"


class SaveFailureBox(QObject):
    """Tells the window's refused and failed saves, one box at a time for each message.

    A box takes the focus from the evaluation, and the evaluation saves on leaving it: on a
    database that cannot write (read-only, full, busy) that save failed again while the first
    box was still open, and an identical box came over it.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)  # kept alive by the window, as its signals' receiver
        self._parent = parent
        self._open: set[str] = set()  # the messages of the boxes on screen now

    def show(self, message: str, title: str = TITLE) -> None:
        """Say ``message`` under ``title``, unless a box already on screen says it."""
        if message in self._open:
            return
        self._open.add(message)
        try:
            warn_with_paths(self._parent, title, message)  # a file's path on one line
        finally:
            self._open.discard(message)
