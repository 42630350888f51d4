"""A worker's job, and the Qt object it carries, are freed on the window's thread.

A job's last reference dropped by its worker frees it there: the dictionary's load carried a
``QObject`` of the window's thread (the one that says the dictionary arrived), and it was
deleted on the worker when the window had handled the news before the worker's ``run``
returned (the window drops its reference at once). A Qt object deleted off its thread while
the window's thread uses it can end the program with a segmentation fault.

A background task's job was never freed at all: its slot kept it, and it kept its slot.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ism_desktop.domain import gc_pause
from ism_desktop.gui import spelling_support, task_runner
from ism_desktop.gui.spelling_support import SpellingSupport
from ism_desktop.gui.task_runner import TaskRunner
from ism_desktop.spelling.dictionary import SpanishSpelling
from tests.gui.conftest import WindowFactory, unit_profile
from tests.spelling.shipped import shipped_spelling

pytestmark = pytest.mark.gui
Q = TypeVar("Q", bound=QObject)


def _watched(make: Callable[[], Q], deleted_on: list[int]) -> Callable[[], Q]:
    """``make``, whose objects say on which thread Qt deleted them."""

    def watched() -> Q:
        made = make()
        made.destroyed.connect(
            lambda: deleted_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
        )
        return made

    return watched


def _broken() -> SpanishSpelling:
    raise KeyError("afijo")  # what a damaged .aff file can raise inside the library


@pytest.mark.parametrize("load", [shipped_spelling, _broken], ids=["loaded", "failed"])
def test_the_dictionary_job_is_freed_on_the_window_thread_when_its_worker_ends_late(
    open_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    load: Callable[[], SpanishSpelling],
) -> None:
    deleted_on: list[int] = []
    handled = threading.Event()
    tell = spelling_support._Load._tell

    def tell_then_linger(signal: SignalInstance, value: object) -> None:
        tell(signal, value)
        # The worker put aside right after telling, as the system may: the window handles
        # the news before the worker's ``run`` returns.
        handled.wait(30)

    signals = _watched(spelling_support._LoadSignals, deleted_on)
    monkeypatch.setattr(spelling_support, "_LoadSignals", signals)
    monkeypatch.setattr(spelling_support._Load, "_tell", staticmethod(tell_then_linger))
    window = open_window(unit_profile("006"))
    support = SpellingSupport(window.session, window.form.narrative, window.statusBar(), window)
    support.ended.connect(handled.set)

    with qtbot.waitSignal(support.ended, timeout=60_000):
        support.start(load)
    assert not support.loading
    support.wait()  # the worker is done with the job, and the pool has deleted its runnable

    assert deleted_on == [threading.get_ident()]


@pytest.mark.parametrize(
    ("linger", "closing"),
    [(False, True), (True, True), (True, False)],
    ids=["at-once", "late", "late-window-left-open"],
)
def test_a_background_task_is_freed_on_the_window_thread_once_it_ended(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, linger: bool, closing: bool
) -> None:
    deleted_on: list[int] = []
    handled = threading.Event()
    run = task_runner._Job.run

    def run_then_linger(job: task_runner._Job) -> None:
        run(job)
        if linger:  # put aside after telling: the window is through with the result first
            handled.wait(30)

    monkeypatch.setattr(task_runner, "_Signals", _watched(task_runner._Signals, deleted_on))
    monkeypatch.setattr(task_runner._Job, "run", run_then_linger)
    window = QWidget()
    qtbot.addWidget(window)
    tasks = TaskRunner(window)
    done: list[object] = []

    def on_done(result: object) -> None:
        done.append(result)
        QTimer.singleShot(0, handled.set)  # once the window's slot has returned

    tasks.run("Trabajando…", lambda: 42, on_done)
    qtbot.waitUntil(lambda: done == [42], timeout=10_000)
    assert not tasks.busy
    if closing:
        tasks.wait()  # as when the window closes: the worker is done with the job
    else:
        # No other task, no closing: the job, and what its work kept (a received batch),
        # stayed until either came.
        qtbot.waitUntil(lambda: bool(deleted_on), timeout=5_000)

    assert deleted_on == [threading.get_ident()]


class _Workbook:
    """A workbook's garbage: a reference cycle only a collection frees."""

    def __init__(self) -> None:
        self.itself = self


def test_a_batch_asking_for_collections_is_served_while_the_window_waits_for_it(
    qtbot: QtBot,
) -> None:
    # Closing the window waits for the running task: a receive's asks, one per workbook, were
    # not heard, and every workbook's cycles stayed in memory until the batch ended.
    window = QWidget()
    qtbot.addWidget(window)
    tasks = TaskRunner(window)
    books: list[weakref.ref[_Workbook]] = []
    alive_at_end: list[int] = []

    def receive() -> None:
        for _ in range(8):
            with gc_pause.young_cycles_collected():  # as a receive reads each workbook
                books.append(weakref.ref(_Workbook()))
            time.sleep(0.15)  # the next workbook read
        alive_at_end.append(sum(1 for book in books if book() is not None))

    tasks.run("Recibiendo…", receive, lambda _result: None)
    tasks.wait()

    assert len(books) == 8
    assert alive_at_end[0] <= 2  # the last ones may wait for their collection
