"""Slow work off the GUI thread, with a progress dialog and errors as Spanish messages."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from typing_extensions import override

from ism_desktop.domain import gc_pause
from ism_desktop.domain.window_wording import for_window
from ism_desktop.gui.input_hold import InputHold
from ism_desktop.gui.work_box import CancelWords, WorkBox
from ism_desktop.workspace.error_log import error_text, record_program_error
from ism_desktop.workspace.failures import STORE_FAILURES, StoreError, describe_failure

T = TypeVar("T")
_CLOSING = "ism_closing_asked"  # the window's property while its closing waits to be done again
# A worker lets go of its ended job within a moment: looked at again this soon after.
_LET_GO_AGAIN_MS = 50
# While it waits for a task, the window collects what the task asks this often.
_SERVE_ASKS_MS = 50
COUNT_EVERY_S = 0.2  # the least time between two counts told by work done aside


class _Signals(QObject):
    ended = Signal(object, object)  # the work's result (None if it failed), what it raised


class _Job(QRunnable):
    """One piece of work on a pool's thread: its result, or what it raised, comes back by signal.

    The one worker of both ``wait_for`` and ``TaskRunner``; each says or raises a failure on
    the GUI thread in its own way.
    """

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    @override
    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # every failure reaches the GUI thread
            self.signals.ended.emit(None, exc)
            return
        self.signals.ended.emit(result, None)


class WorkCancelledError(Exception):
    """«Cancelar» was pressed: the work stopped at its next step (``Steps.stop_if_asked``)."""


class Steps(QObject):
    """Work done aside says how far it is, and learns whether «Cancelar» was pressed.

    Not ``cancellable``: the box has no «Cancelar» (the work cannot stop half-way).
    ``words``: what the box says of a cancel (None: its own).
    """

    advanced = Signal(str)  # what the box says now (emitted from the work's thread)
    counted = Signal(str, int, int)  # what it says, its bar's value and maximum (likewise)

    def __init__(self, *, cancellable: bool = True, words: CancelWords | None = None) -> None:
        super().__init__()
        self.cancellable = cancellable
        self.words = words
        self._stop = threading.Event()
        self._counted_at = -math.inf

    def say(self, label: str) -> None:
        """Have the box say ``label`` (from any thread)."""
        self.advanced.emit(label)

    def count(self, label: str, done: int, total: int) -> None:
        """Have the box say ``label`` with its bar at ``done`` of ``total`` (from any thread).

        Told at most every ``COUNT_EVERY_S``, and always at ``total``: each repaints the box on
        the window's thread, which shares the interpreter with the work (944 pages, 478 sheets).
        """
        now = time.monotonic()
        if done < total and now - self._counted_at < COUNT_EVERY_S:
            return
        self._counted_at = now
        self.counted.emit(label, done, total)

    def stop(self) -> None:
        """Ask the work to stop at its next step."""
        self._stop.set()

    @property
    def stopped(self) -> bool:
        """Whether the person pressed «Cancelar»."""
        return self._stop.is_set()

    def stop_if_asked(self) -> None:
        """Raise ``WorkCancelledError`` if «Cancelar» was pressed (on the work's thread).

        Raised from a step's callback, it unwinds the work where it is, before anything of
        it is written; the caller of ``wait_for`` gets it and says so.
        """
        if self.stopped:
            raise WorkCancelledError


def closing_asked(widget: QWidget) -> bool:
    """Whether the person closed ``widget``'s window while ``wait_for`` held it.

    True from the end of the work until the window's closing is done again: what followed the
    work (the print dialog, the box saying where the files went) is left out.
    """
    return bool(widget.window().property(_CLOSING))


def wait_for(parent: QWidget, label: str, work: Callable[[], T], steps: Steps | None = None) -> T:
    """``work``'s result, done off the GUI thread while the window keeps painting.

    For a step the caller needs before going on (the report to print or save): the window
    says ``label`` instead of freezing. What ``work`` raises is raised here. With ``steps``,
    the box says what they say and counts, and has «Cancelar» (``steps.stopped``) if they are
    cancellable.

    Closing the window meanwhile is said in the box, and done once the work ends.
    """
    ended: list[tuple[T, BaseException | None]] = []
    loop = QEventLoop()
    job = _Job(work)

    def end(result: T, error: BaseException | None) -> None:
        ended.append((result, error))
        loop.quit()

    # Queued: it arrives in the loop below even when the work ended first.
    job.signals.ended.connect(end, Qt.ConnectionType.QueuedConnection)
    cancellable = steps is not None and steps.cancellable
    progress = _work_box(label, parent, steps)
    hold = InputHold(parent, progress, box_answers=cancellable, closing_asked=progress.tell_closing)
    pool = QThreadPool()  # its own: the window's runner may be busy with other work
    # Held from the start: the box holds the window only once it shows, 0.3 s later.
    with hold:
        pool.start(job)
        loop.exec()
        pool.waitForDone()
    progress.finish()
    if hold.close_wanted:
        _close_after(parent.window(), hold)
    [(result, error)] = ended
    if error is not None:
        raise error
    return result


def _work_box(label: str, parent: QWidget, steps: Steps | None) -> WorkBox:
    """The box over ``parent`` saying ``label``, then what ``steps`` say and count.

    It has «Cancelar» (which stops ``steps``) if they are cancellable.
    """
    cancellable = steps is not None and steps.cancellable
    words = None if steps is None else steps.words
    progress = WorkBox(label, parent, cancellable=cancellable, words=words)
    if steps is not None:
        steps.advanced.connect(progress.say, Qt.ConnectionType.QueuedConnection)
        steps.counted.connect(progress.count, Qt.ConnectionType.QueuedConnection)
        progress.canceled.connect(steps.stop)
    return progress


def _close_after(window: QWidget, hold: InputHold) -> None:
    """Close ``window`` once the caller of ``wait_for`` has returned (and said any failure)."""
    window.setProperty(_CLOSING, True)

    def close() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not window:  # a failure being said: after it
            QTimer.singleShot(100, close)
            return
        window.setProperty(_CLOSING, False)
        hold.close_again()

    QTimer.singleShot(0, close)


def describe_error(exc: Exception) -> str:
    """A failure of background work, said in Spanish."""
    if isinstance(exc, StoreError):  # ours: one Spanish sentence already, naming the file
        return str(exc)
    if isinstance(exc, (*STORE_FAILURES, OSError)):
        # SQLite and the system speak English; the person gets the cause in Spanish.
        return f"No se pudo completar: {describe_failure(exc)}."
    record_program_error(exc)  # the traceback, for whoever gives support
    return f"Ocurrió un error inesperado: {error_text(exc)}"


class TaskRunner(QObject):
    """Runs one job at a time in the thread pool; the window stays responsive meanwhile."""

    busy_changed = Signal(bool)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: list[_Job] = []
        self._ended: list[_Job] = []  # their results shown; freed here once no worker holds one
        # Looks again while a worker still holds one: nothing else may come (no task, no closing).
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(_LET_GO_AGAIN_MS)
        self._again.timeout.connect(self._let_go)

    def run(
        self,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], object],
        describe_error: Callable[[Exception], str] = describe_error,
        title: str = "Error",
        *,
        steps: Steps | None = None,
        on_cancelled: Callable[[], object] | None = None,
        after_failure: Callable[[], object] | None = None,
    ) -> None:
        """Run ``work`` in the background; ``on_done`` gets its result on the GUI thread.

        With ``steps``, the box says and counts what they tell, and has their «Cancelar»: work
        it stopped (``WorkCancelledError``) ends in ``on_cancelled``, not in a failure's box.
        ``after_failure`` runs on a failure, before it is said: work that writes as it goes
        (bases, one by one) leaves what it wrote before failing, for the window to read again.
        """
        self._let_go()
        progress = _work_box(label, self._parent, steps)
        job = _Job(work)
        self._jobs.append(job)

        def end(result: object, error: BaseException | None) -> None:
            self._end(job, progress)
            if error is None:
                on_done(result)
            elif isinstance(error, WorkCancelledError) and on_cancelled is not None:
                on_cancelled()
            elif isinstance(error, Exception):  # every failure must reach the person
                if after_failure is not None:
                    after_failure()
                # Use cases word their refusals for the command line too: the menu path alone.
                QMessageBox.warning(self._parent, title, for_window(describe_error(error)))
            else:
                raise error  # an interrupt, an exit: as on the GUI thread

        job.signals.ended.connect(end, Qt.ConnectionType.QueuedConnection)
        self.busy_changed.emit(True)
        self._pool.start(job)

    @property
    def busy(self) -> bool:
        """Whether work is running (its results not yet shown)."""
        return bool(self._jobs)

    def wait(self) -> None:
        """Block until running work ends (used when closing)."""
        while not self._pool.waitForDone(_SERVE_ASKS_MS):
            # Only this thread collects, and it handles no event meanwhile: a receive's asks
            # (one per workbook) are served here, or every workbook would stay in memory.
            gc_pause.collect_if_asked()
        self._let_go()

    def _end(self, job: _Job, progress: WorkBox) -> None:
        progress.finish()
        # Connected, the slot kept the job and the job its signals, which keep the slot: every
        # job stayed in memory with what its work and its slot held (a received batch, say).
        job.signals.ended.disconnect()
        if job in self._jobs:
            self._jobs.remove(job)
            self._ended.append(job)
        self._let_go()
        self.busy_changed.emit(bool(self._jobs))

    def _let_go(self) -> None:
        """Free the ended jobs, on this thread, once no worker holds one.

        A worker holds its job a moment after telling its end: the last reference dropped there
        would delete the job's signals, a Qt object of this thread, on that thread.
        """
        if self._pool.activeThreadCount() == 0:
            self._ended.clear()
        elif self._ended:
            self._again.start()
