"""The window's keys, clicks and closing held off while its thread waits for work done aside.

``wait_for`` runs a loop on the window's thread so that it keeps painting; without a hold,
that loop also ran what the person pressed meanwhile, and the box that holds the window only
shows after 0.3 s: a second Ctrl+P prepared the report twice, Escape hid the box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication, QWidget
from typing_extensions import override

# Beside keys, clicks and the wheel (``QInputEvent``): a package dropped on the window is received.
_HELD = frozenset(
    {
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
    }
)


class InputHold(QObject):
    """While installed, the program takes no input, as when its thread was busy.

    Closing ``window`` or ``box`` is refused too. A modal dialog that opens meanwhile (the
    end of other background work saying so) takes input as usual: it would wait forever.
    """

    def __init__(self, window: QWidget, box: QWidget) -> None:
        super().__init__()
        self._closing_refused = (window.window(), box)
        self._box = box

    def __enter__(self) -> InputHold:
        if app := QApplication.instance():  # a widget exists: so does the application
            app.installEventFilter(self)
        return self

    def __exit__(self, *_: object) -> None:
        if app := QApplication.instance():
            app.removeEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            if watched in self._closing_refused:
                event.ignore()
                return True
            return False
        if not (isinstance(event, QInputEvent) or event.type() in _HELD):
            return False
        modal = QApplication.activeModalWidget()
        return modal is None or modal is self._box
