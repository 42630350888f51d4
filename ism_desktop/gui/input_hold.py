"""The window's keys, clicks and closing held off while its thread waits for work done aside.

``wait_for`` runs a loop on the window's thread so that it keeps painting; without a hold,
that loop also ran what the person pressed meanwhile, and the box that holds the window only
shows after 0.3 s: a second Ctrl+P prepared the report twice, Escape hid the box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QInputEvent, QKeyEvent, QKeySequence, QShortcut, QShortcutEvent
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
QUIT_KEY = QKeySequence("Ctrl+Q")  # «Salir», in the main window and the PAIMEF window


class InputHold(QObject):
    """While installed, the program takes no input, as when its thread was busy.

    Closing ``window`` (its «X», Ctrl+Q) is held too: ``closing_asked`` is called, to say so,
    and ``close_again()`` closes it once the work has ended. ``box`` takes no input unless
    ``box_answers`` (its «Cancelar»). A modal dialog that opens meanwhile (the end of other
    background work saying so) takes input as usual: it would wait forever.
    """

    def __init__(
        self,
        window: QWidget,
        box: QWidget,
        *,
        box_answers: bool = False,
        closing_asked: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._window = window.window()
        self._box, self._box_answers = box, box_answers
        self._closing_asked = closing_asked
        self._quit: QObject | None = None  # what Ctrl+Q reached: done again at the end
        self.close_wanted = False

    def __enter__(self) -> InputHold:
        if app := QApplication.instance():  # a widget exists: so does the application
            app.installEventFilter(self)
        return self

    def __exit__(self, *_: object) -> None:
        if app := QApplication.instance():
            app.removeEventFilter(self)

    def close_again(self) -> None:
        """Close the window as the person asked meanwhile: by its «Salir» if by Ctrl+Q."""
        if isinstance(self._quit, QAction):
            self._quit.trigger()
        elif isinstance(self._quit, QShortcut):
            self._quit.activated.emit()
        else:
            self._window.close()

    def _ask_close(self, quit_by: QObject | None = None) -> bool:
        if quit_by is not None:
            self._quit = quit_by
        if not self.close_wanted:
            self.close_wanted = True
            if self._closing_asked is not None:
                self._closing_asked()
        return True

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            if watched is self._window:
                event.ignore()
                return self._ask_close()
            if watched is self._box and not self._box_answers:
                event.ignore()
                return True
            return False
        if isinstance(event, QShortcutEvent) and event.key() == QUIT_KEY:
            return self._ask_close(watched)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and QKeySequence(event.keyCombination()) == QUIT_KEY
        ):
            return self._ask_close()
        if not (isinstance(event, QInputEvent) or event.type() in _HELD):
            return False
        modal = QApplication.activeModalWidget()
        if modal is self._box and self._box_answers:
            return False  # «Cancelar», Escape
        return modal is None or modal is self._box
