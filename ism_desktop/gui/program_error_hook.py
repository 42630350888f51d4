"""Program errors that escape a slot or a thread: said in Spanish on the GUI thread, once at a time.

Qt hands an exception escaping a slot (or a ``QRunnable``'s ``run``) to ``sys.excepthook`` on
the thread where it happened; Python's threads hand theirs to ``threading.excepthook``. The
defaults print a traceback to a console the bundled program does not have.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from ism_desktop.workspace.error_log import program_error_message


class ProgramErrorHook(QObject):
    """Installed while the window runs; ``tell`` shows a message (a box, or a line unattended)."""

    _said = Signal(str)  # emitted on any thread, delivered on the GUI thread (queued)

    def __init__(self, tell: Callable[[str], None]) -> None:
        super().__init__()
        self._tell = tell
        self._telling = False
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self._said.connect(self._show)

    def install(self) -> None:
        """Take over ``sys.excepthook`` and ``threading.excepthook``."""
        sys.excepthook = self.on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Give the hooks back as they were."""
        sys.excepthook, threading.excepthook = self._previous_hooks

    def on_exception(
        self, kind: type[BaseException], exc: BaseException, trace: TracebackType | None
    ) -> None:
        """Record ``exc`` and have the GUI thread say it (Ctrl+C and the like: as before)."""
        if not isinstance(exc, Exception):
            self._previous_hooks[0](kind, exc, trace)
            return
        # Recorded here, on the thread where it happened; said on the GUI thread, where
        # widgets live (the signal is queued when emitted from another thread).
        self._said.emit(program_error_message(exc))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, message: str) -> None:
        if self._telling:
            return  # already recorded; one box at a time, not one per failing event
        self._telling = True
        try:
            self._tell(message)
        finally:
            self._telling = False
