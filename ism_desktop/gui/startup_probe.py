"""The start-up probe: says on standard output when a window is first painted.

Used by ``--medir-arranque`` and by the start-up benchmark, which starts a bare ``QMainWindow``
with this same probe so that both are measured in the same way: to the first Paint event the
window receives, not to a timer that may run before anything is drawn.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from typing_extensions import override

FIRST_PAINT = "primera pintura"
DATA_SHOWN = "metas en pantalla"
FINDINGS_READY = "revisión lista"
PAINT_FALLBACK_MS = 2000


def say(what: str, since: float) -> None:
    """Print ``what``, the seconds since ``since`` (``time.perf_counter``) and the CPU seconds.

    The CPU time (this process's, every thread, from its start) changes little when other
    programs load the machine; the wall clock is what a person waits.
    """
    wall = time.perf_counter() - since
    print(f"{what} en {wall:.3f} s (cpu {time.process_time():.3f} s)", flush=True)


class FirstPaintProbe(QObject):
    """Watches one widget and calls back once, at the first Paint event it receives from now."""

    def __init__(self, window: QWidget, on_painted: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._on_painted: Callable[[], object] | None = on_painted
        window.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._on_painted is not None
            and watched is self._window
            and event.type() == QEvent.Type.Paint
        ):
            callback, self._on_painted = self._on_painted, None
            self._window.removeEventFilter(self)
            callback()
        return False


def after_next_paint(
    widget: QWidget, action: Callable[[], object], fallback_ms: int = PAINT_FALLBACK_MS
) -> None:
    """Run ``action`` once, after the widget's next paint (or soon anyway if it never paints)."""
    started = False

    def once() -> None:
        nonlocal started
        if not started:
            started = True
            action()

    # Queued, not inside the paint event: the paint completes first.
    FirstPaintProbe(widget, lambda: QTimer.singleShot(0, once))
    QTimer.singleShot(fallback_ms, once)
