"""Python's cycle collector, run on the window's thread only.

A collection frees every unreachable reference cycle, whoever made it. Run by a worker thread
(the dictionary's load, the rules, a receive: any that allocates), it freed the window's
garbage there too, and a Qt object deleted off the window's thread while that thread uses it
ends the process with a segmentation fault. So the automatic collector is off while the
program has windows, and a timer on the window's thread collects with Python's own thresholds
(a full collection at most once a minute). A worker's block whose cycles are to be freed as it
ends (``gc_pause.young_cycles_collected``: a receive's workbook read) asks this thread instead.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ism_desktop.domain import gc_pause

# Often enough that young garbage stays small; each look costs next to nothing.
_LOOK_EVERY_MS = 250
# Python also spaces its full collections (not before a quarter more objects have lived long);
# that count is not visible from Python, so a full collection, which walks every object the
# window holds (a state report's: a tenth of a second), waits at least this long after the last.
_FULL_AT_MOST_EVERY_S = 60.0


class GuiThreadCollector(QObject):
    """Collects on its thread, as Python's thresholds say, and when another thread's block asks."""

    # Emitted by any thread; delivered on this object's thread (a queued connection).
    _asked = Signal()

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("recolector")
        self._asked.connect(self._on_asked)
        self._timer = QTimer(self)
        self._timer.setInterval(_LOOK_EVERY_MS)
        self._timer.timeout.connect(self._look)
        self._last_full = time.monotonic()
        gc_pause.collect_only_on_this_thread(self._asked.emit)
        self._timer.start()

    def stop(self) -> None:
        """Any thread collects again, as Python does by itself.

        What the windows left is collected first, here: a worker still running could otherwise
        free it on its own thread as soon as the collection is given back.
        """
        self._timer.stop()
        gc.collect()
        gc_pause.collect_anywhere()
        self.setParent(None)
        self.deleteLater()

    def _look(self) -> None:
        if gc_pause.pausing():
            return  # a batch's objects are not worth walking now; it ends its pause soon
        # Python's own rule: a younger generation's collections count toward the next one's.
        young, middle, old = gc.get_count()
        first, second, third = gc.get_threshold()
        if young <= first:
            return
        generation = 0
        if middle + 1 > second:
            generation = 1
            rested = time.monotonic() - self._last_full >= _FULL_AT_MOST_EVERY_S
            if old + 1 > third and rested:
                generation = 2
        if generation == 2:
            self._collect_all()
        else:
            gc.collect(generation)

    def _on_asked(self) -> None:
        # None: served already (the window waited for a task). A block's ask is young, unless
        # part of what it made moved to the oldest generation meanwhile (the print preview's
        # freeze, a collection of the middle one): then it is a full one, and counts as one.
        if gc_pause.collect_if_asked() == 2:
            self._last_full = time.monotonic()

    def _collect_all(self) -> None:
        gc.collect()
        self._last_full = time.monotonic()


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector, started the first time (call it on the window's thread)."""
    existing = app.findChild(GuiThreadCollector, "recolector")
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
