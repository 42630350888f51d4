"""Qt's own file dialog (Linux without a desktop's) with a side bar wide enough for its places.

Its side bar opened narrower than «Equipo», shown as «Eq…». Qt names the side bar «sidebar»
and its splitter «splitter» (qfiledialog.ui, the same from Qt 4 to 6;
tests/gui/test_file_dialog_sidebar.py fails if a Qt release renames them); not found (the
system's dialog, Windows or a desktop's), the dialog is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QListView, QSplitter
from typing_extensions import override

from ism_desktop.gui.file_dialog_columns import fit_columns, follow_folders
from ism_desktop.gui.file_dialog_writing import write_as_the_office

# Beside Qt's own measure of a place (its icon, text and margins): a little air (pixels).
_AIR = 8


def widen_sidebar(dialog: QFileDialog) -> None:
    """Make the dialog's side bar as wide as its widest place, if it is narrower."""
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if sidebar is None or splitter is None:
        return
    frame = sidebar.width() - sidebar.viewport().width()  # its frame and any scroll bar
    # Measured as drawn: the view's own icon size is unset (-1) and the style's is used, so
    # the text and the icon size added up fell short, and «Equipo» still read «Eq…».
    needed = sidebar.sizeHintForColumn(0) + _AIR + frame
    sizes = splitter.sizes()
    if len(sizes) < 2 or sizes[0] >= needed:
        return
    rest = sum(sizes[1:]) - (needed - sizes[0])
    if rest > 0:  # the files' list keeps what is left
        splitter.setSizes([needed, rest, *sizes[2:]][: len(sizes)])


class _Widener(QObject):
    """Widens the side bar of each file dialog as it is shown, and fits its files' columns."""

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            widen_sidebar(watched)
            write_as_the_office(watched)  # before the columns are measured
            follow_folders(watched)  # the files' columns, once each folder is read
            # The splitter may take its sizes only once laid out on screen: again, then.
            QTimer.singleShot(0, watched, lambda: self._laid_out(watched))
        return False

    @staticmethod
    def _laid_out(dialog: QFileDialog) -> None:
        widen_sidebar(dialog)
        fit_columns(dialog)  # in the room the side bar left


@contextmanager
def wide_sidebars() -> Iterator[None]:
    """While a file dialog (Qt's own) is open: its places and its files' names show whole."""
    app = QCoreApplication.instance()
    if app is None:
        yield
        return
    widener = _Widener()
    app.installEventFilter(widener)
    try:
        yield
    finally:
        app.removeEventFilter(widener)
