"""The windows read their data again when another program (the command line) saved in them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from typing_extensions import override

if TYPE_CHECKING:
    from ism_desktop.gui.main_window import MainWindow
    from ism_desktop.gui.paimef.paimef_window import PaimefWindow
    from ism_desktop.gui.report_session import ReportSession
    from ism_desktop.workspace.written_elsewhere import ReadMark

# Asking SQLite costs microseconds: often enough that a window left in view catches up soon.
CHECK_INTERVAL_MS = 3000
RELOADED = "Otro programa guardó cambios en la base de datos: se muestran los datos al día."


class WrittenElsewhereWatch(QObject):
    """Runs ``check`` when ``widget`` is active again (back from another program) and on a timer.

    ``check`` asks the workspace whether the database changed under the window and, if nothing
    of the window's own is under way, reads it again.
    """

    def __init__(
        self, widget: QWidget, check: Callable[[], None], interval_ms: int = CHECK_INTERVAL_MS
    ) -> None:
        super().__init__(widget)
        self.check = check
        self._widget = widget
        widget.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            # After the activation is over: the focus is back where it was first.
            QTimer.singleShot(0, self, self._on_timeout)
        return False

    def _on_timeout(self) -> None:
        # Closed, a window is no longer shown, and may outlive its database's connection.
        if self._widget.isVisible():
            self.check()


def watch_main_window(window: MainWindow) -> WrittenElsewhereWatch:
    """Keep the window in step with what another program saves, the meta shown kept."""
    return WrittenElsewhereWatch(window, lambda: reload_main_window(window))


def reload_main_window(window: MainWindow) -> None:
    """Read the data again if another program saved in them and nothing is in the way.

    Not while something of the window's own is under way: a figure or text typed and not saved
    yet (reading again could not tell it from the database's), a dialog open over the window
    (the PAIMEF window among them), or work running in the background. It stays pending and is
    read once that is over. The undo history stays: a step whose data moved is refused.
    """
    if not window.loaded or window.tasks.busy or QApplication.activeModalWidget() is not None:
        return
    session = window.session
    if not session.workspace.written_elsewhere() or _typing_pending(window):
        return
    session.reload()
    window.statusBar().showMessage(RELOADED, 15000)


def read_own_writes(session: ReportSession) -> None:
    """After the window's own work on a worker's connection failed: read what it wrote.

    Bases written one by one until a full disk, a package recorded before its PDF failed:
    those commits were the window's, and the watch said them «Otro programa guardó cambios».
    """
    if session.workspace.written_elsewhere():
        session.reload()


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


def watch_paimef(dialog: PaimefWindow) -> WrittenElsewhereWatch:
    """Keep the PAIMEF window in step with what another program saves (``paimef capturar``)."""
    from ism_desktop.workspace.written_elsewhere import ReadMark

    mark = ReadMark(dialog.store)  # it has just read everything
    return WrittenElsewhereWatch(dialog, lambda: reload_paimef(dialog, mark))


def reload_paimef(dialog: PaimefWindow, mark: ReadMark) -> None:
    """Show the PAIMEF data again as stored, if another program saved and nothing is typed.

    The acción and year shown stay, as after Deshacer; a step of its undo history whose data
    moved is refused (and its menu entry greyed out, saying why).
    """
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not dialog:
        return  # a question or a file dialog over it
    if not mark.written_elsewhere() or dialog.typed_in() is not None:
        return
    mark.mark()
    dialog.show_as_stored(RELOADED)
