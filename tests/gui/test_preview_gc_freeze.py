"""The preview's thread freezes the collector's objects under the GC pause helper's lock.

It froze them on its own: a receive of packages ending its pause at that moment (it checks
whether anything is frozen, then freezes and unfreezes everything) undid the preview's freeze
for the rest of its writing, or froze the receive's survivors with no one left to unfreeze them.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain import gc_pause
from ism_desktop.domain.gc_pause import cycle_collection_paused
from ism_desktop.gui.preview_writer import PreviewWriter
from ism_desktop.gui.task_runner import describe_error
from ism_desktop.reports.report_layout import ReportLayout

pytestmark = pytest.mark.gui

_WAIT = 10  # seconds: only a broken test waits this long


class _LookedError(Exception):
    """Ends the writer once the test has looked."""


def test_a_receive_ending_its_pause_cannot_undo_the_preview_s_freeze(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    receive_checked, receive_go = threading.Event(), threading.Event()
    writer_moved, writer_looked_at = threading.Event(), threading.Event()
    in_layout = threading.Event()
    receiving: list[int] = []
    real_lock, real_count = gc_pause._lock, gc.get_freeze_count

    class Gc:
        """The helper's ``gc``, held by the receive between its check and its freeze."""

        def __getattr__(self, name: str) -> object:
            return getattr(gc, name)

        def get_freeze_count(self) -> int:
            count = real_count()
            if threading.get_ident() in receiving:
                receive_checked.set()
                assert receive_go.wait(_WAIT)
            return count

    class Lock:
        """The helper's lock, saying when the writer's thread asks for it."""

        def __enter__(self) -> None:
            if threading.get_ident() not in receiving:
                writer_moved.set()
            real_lock.acquire()

        def __exit__(
            self, _kind: type[BaseException] | None, _error: object, _trace: TracebackType | None
        ) -> None:
            real_lock.release()

    def layout() -> ReportLayout:
        writer_moved.set()  # frozen, on its own, before laying out
        in_layout.set()
        assert writer_looked_at.wait(_WAIT)
        raise _LookedError

    def receive() -> None:
        receiving.append(threading.get_ident())
        with cycle_collection_paused(survivors_to_oldest=True):
            pass

    monkeypatch.setattr(gc_pause, "gc", Gc())
    monkeypatch.setattr(gc_pause, "_lock", Lock())
    assert real_count() == 0
    receiver = threading.Thread(target=receive)
    receiver.start()
    assert receive_checked.wait(_WAIT)  # nothing frozen: the receive will unfreeze after

    writer = PreviewWriter(layout, describe_error)
    writer.start()
    # Either the writer froze (its layout is called) or it waits for the receive to end.
    assert writer_moved.wait(_WAIT)
    receive_go.set()
    receiver.join(_WAIT)
    assert in_layout.wait(_WAIT)
    frozen_while_writing = real_count()
    writer_looked_at.set()
    writer.wait()

    assert frozen_while_writing > 0
    assert real_count() == 0  # the writer unfroze what it froze, and nothing else is left
