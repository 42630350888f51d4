"""A worker's job, and the Qt objects it carries, are freed on the window's thread.

A job's last reference dropped by its worker frees it there: the dictionary's load carried a
``QObject`` of the window's thread (the one that says the dictionary arrived), and it was
deleted on the worker when the window had handled the news before the worker's ``run``
returned (the window drops its reference at once). A Qt object deleted off its thread while
the window's thread uses it can end the program with a segmentation fault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, SignalInstance
from pytestqt.qtbot import QtBot

from ism_desktop.gui import spelling_support
from ism_desktop.gui.spelling_support import SpellingSupport
from ism_desktop.spelling.dictionary import SpanishSpelling
from tests.gui.conftest import WindowFactory, unit_profile
from tests.spelling.shipped import shipped_spelling

pytestmark = pytest.mark.gui


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

    class _WatchedSignals(spelling_support._LoadSignals):
        def __init__(self) -> None:
            super().__init__()
            self.destroyed.connect(
                lambda: deleted_on.append(threading.get_ident()),
                Qt.ConnectionType.DirectConnection,
            )

    handled = threading.Event()
    tell = spelling_support._Load._tell

    def tell_then_linger(signal: SignalInstance, value: object) -> None:
        tell(signal, value)
        # The worker put aside right after telling, as the system may: the window handles
        # the news before the worker's ``run`` returns.
        handled.wait(30)

    monkeypatch.setattr(spelling_support, "_LoadSignals", _WatchedSignals)
    monkeypatch.setattr(spelling_support._Load, "_tell", staticmethod(tell_then_linger))
    window = open_window(unit_profile("006"))
    support = SpellingSupport(window.session, window.form.narrative, window.statusBar(), window)
    support.ended.connect(handled.set)

    with qtbot.waitSignal(support.ended, timeout=60_000):
        support.start(load)
    assert not support.loading
    support.wait()  # the worker is done with the job, and the pool has deleted its runnable

    assert deleted_on == [threading.get_ident()]
