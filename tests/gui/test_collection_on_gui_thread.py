"""Python's cycle collector runs on the window's thread only, never on a worker's.

A worker thread that allocates (the dictionary's load, the rules, a receive) used to run the
collector itself, and so free whatever cyclic garbage the window had left: Qt objects among it
were deleted on the worker while the window's thread used them. The test suite once ended in a
segmentation fault in Qt's event loop while the dictionary loaded on its thread.
"""

from __future__ import annotations

import ast
import gc
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from ism_desktop.domain import gc_pause
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.gui


class _Witness:
    """Garbage in a reference cycle with a Qt object: says which thread freed it."""

    def __init__(self, freed_on: list[int]) -> None:
        self.qt_object = QObject()
        self.qt_object.setProperty("witness", True)
        self.itself = self  # the cycle: only the collector frees it
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.get_ident())


def _allocate(kept: list[object]) -> None:
    # As a dictionary's load does: many small containers, enough for several collections.
    kept.extend([index] for index in range(50_000))


def test_garbage_is_collected_on_the_window_thread_even_when_a_worker_allocates(
    qtbot: QtBot,
) -> None:
    freed_on: list[int] = []
    kept: list[object] = []
    gc.collect()  # nothing young left: the next collection is the worker's, if any
    _Witness(freed_on)
    worker = threading.Thread(target=_allocate, args=(kept,))
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.get_ident()]
    assert len(kept) == 50_000


def _frozen_a_moment() -> None:
    # The print preview's thread freezes the window's objects while it draws: what a block had
    # made so far is unfrozen to the oldest generation, so its collection is a full one.
    with gc_pause.objects_frozen():
        pass


def _dropped_in_a_young_block(held: list[object], meanwhile: Callable[[], None]) -> None:
    """A receive's workbook read: its cycles are collected as the block ends."""
    with gc_pause.young_cycles_collected():
        meanwhile()
        held.clear()  # the witness becomes garbage inside the block


@pytest.mark.parametrize("meanwhile", [lambda: None, _frozen_a_moment], ids=["young", "full"])
def test_a_collection_asked_by_a_worker_runs_on_the_window_thread(
    qtbot: QtBot, meanwhile: Callable[[], None]
) -> None:
    freed_on: list[int] = []
    # Made here (its Qt object belongs to this thread), dropped by the worker.
    held: list[object] = [_Witness(freed_on)]
    # A receive frees each workbook's cycles as it goes (openpyxl makes many).
    worker = threading.Thread(target=_dropped_in_a_young_block, args=(held, meanwhile))
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.get_ident()]


def test_a_pause_ending_while_the_window_collects_leaves_the_collector_off(qtbot: QtBot) -> None:
    # The window's collector turns the automatic one off for good; a batch's pause, on another
    # thread, must not turn it back on when it ends.
    with gc_pause.cycle_collection_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def _made_applications(path: Path) -> int:
    """How many QApplications ``path``'s code makes (a program in a string is not its own)."""
    calls = (node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    return sum(
        1
        for node in calls
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"QApplication", "QGuiApplication", "QCoreApplication"}
    )


def test_every_window_of_the_program_collects_on_its_thread() -> None:
    # A QApplication made by hand has no collector: its workers collect again, the window's Qt
    # garbage among what they free. The print preview's benchmark opened the program's window
    # so, and measured a program that no longer runs; ``ensure_application`` makes it.
    made = {
        path.relative_to(REPO_ROOT).as_posix(): count
        for root in ("ism_desktop", "bench")
        for path in sorted((REPO_ROOT / root).rglob("*.py"))
        if (count := _made_applications(path))
    }
    assert made == {"ism_desktop/gui/application.py": 1}


def _ask_often() -> None:
    # Workbooks read in a row; the print preview's thread froze the window's objects during one.
    for index in range(20):
        _dropped_in_a_young_block([], _frozen_a_moment if index == 9 else lambda: None)


def test_asks_made_while_the_window_was_busy_make_one_collection(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A receive asks after each workbook; asks piled up while the window was busy (closing,
    # waiting for the batch) were each a collection, one after the other: one of everything
    # for each that had been a full one.
    monkeypatch.setattr(gc_pause, "_SERVED_WITHIN_S", 0.01)  # each ask waits that long
    served: list[int | None] = []
    collect_if_asked = gc_pause.collect_if_asked

    def serve() -> int | None:
        served.append(collect_if_asked())
        return served[-1]

    monkeypatch.setattr(gc_pause, "collect_if_asked", serve)
    full: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(info["generation"])

    gc.callbacks.append(count)
    try:
        worker = threading.Thread(target=_ask_often)
        worker.start()
        worker.join()  # the window's thread busy meanwhile: no event handled
        qtbot.wait(300)
        assert full == [2]
        assert served == [2]  # one collection, of the oldest generation asked
        # Served, a later ask is heard again.
        worker = threading.Thread(target=_dropped_in_a_young_block, args=([], lambda: None))
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(served) == 2, timeout=5_000)
        assert served == [2, 0]
    finally:
        gc.callbacks.remove(count)


def test_giving_the_collection_back_frees_what_the_windows_left_on_their_thread(
    qapp: QCoreApplication,
) -> None:
    # The suite gives it back when a test without windows follows; a thread a window test left
    # running may then collect, so nothing of the windows may be left for it.
    from ism_desktop.gui.collection_on_gui_thread import collect_on_gui_thread

    freed_on: list[int] = []
    _Witness(freed_on)

    collect_on_gui_thread(qapp).stop()

    assert freed_on == [threading.get_ident()]
    assert gc.isenabled()


def test_the_window_s_timer_still_collects_everything_at_most_once_a_minute(
    qapp: QCoreApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nobody asks a full collection of it but a block that saw a freeze: its own thresholds
    # are what frees the cycles that outlived two collections.
    from ism_desktop.gui.collection_on_gui_thread import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    monkeypatch.setattr(collector, "_last_full", time.monotonic() - 61.0)
    full_on: list[int] = []
    kept: list[object] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full_on.append(threading.get_ident())

    def allocated_then_collected() -> bool:
        kept.extend([index] for index in range(50))  # past the youngest threshold
        return bool(full_on)

    thresholds = gc.get_threshold()
    gc.set_threshold(20, 1, 1)  # every collection counts toward a full one
    gc.callbacks.append(count)
    try:
        qtbot.waitUntil(allocated_then_collected, timeout=5_000)
        assert full_on == [threading.get_ident()]
        for _ in range(8):  # enough looks for three full collections, were they allowed
            allocated_then_collected()
            qtbot.wait(300)
        assert full_on == [threading.get_ident()]  # not again within the minute
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*thresholds)
