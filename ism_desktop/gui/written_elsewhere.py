"""The window reads its data again when another program (the command line) saved in them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from typing_extensions import override

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow

# Asking SQLite costs microseconds: often enough that a window left in view catches up soon.
CHECK_INTERVAL_MS = 3000
RELOADED = "Otro programa guardó cambios en la base de datos: se muestran los datos al día."


class WrittenElsewhereWatch(QObject):
    """Reads the data again when another program saved in them, as soon as the window sees it.

    It asks the workspace when the window is active again and every few seconds; the meta
    shown and the undo history stay (a step whose data moved is refused by the workspace).

    Not while something of the window's own is under way: a figure or text typed and not saved
    yet (reading again could not tell it from the database's), a dialog open over the window,
    or work running in the background. It stays pending and is read once that is over.
    """

    def __init__(self, window: MainWindow, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(window)
        self._window = window
        self._busy = False
        window.tasks.busy_changed.connect(self._on_busy_changed)
        window.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            # After the activation is over: the focus is back where it was first.
            QTimer.singleShot(0, self.check)
        return False

    def _on_busy_changed(self, busy: bool) -> None:
        self._busy = busy

    def check(self) -> None:
        """Read the data again if another program saved in them and nothing is in the way."""
        window = self._window
        if not window.loaded or self._busy or QApplication.activeModalWidget() is not None:
            return
        session = window.session
        if not session.workspace.written_elsewhere() or _typing_pending(window):
            return
        session.reload()
        window.statusBar().showMessage(RELOADED, 15000)


def _typing_pending(window: MainWindow) -> bool:
    """A figure or the evaluation typed and not saved yet."""
    form = window.form
    meta = form.meta
    if form.narrative.document().isModified():
        return True
    if meta is None:
        return False
    cells = form.grid.editable_cells(meta, window.session.profile.quarter)
    return any(cell.isModified() for cell in cells)
