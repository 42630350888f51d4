"""Pauses of the cycle collector that overlap (the rules' thread and a receive, say) compose."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable
from typing import Any

import pytest

from ism_desktop.domain import gc_pause
from ism_desktop.domain.gc_pause import cycle_collection_paused, objects_frozen


def test_overlapping_pauses_keep_the_collector_off_until_the_last_one_ends() -> None:
    assert gc.isenabled()
    first, second = cycle_collection_paused(), cycle_collection_paused()
    first.__enter__()
    second.__enter__()
    # Not nested: the first ends while the second goes on (two threads do this).
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_pauses_on_many_threads_leave_the_collector_on() -> None:
    start = threading.Barrier(4)

    def pause_often() -> None:
        start.wait()
        for _ in range(2_000):
            with cycle_collection_paused():
                pass

    threads = [threading.Thread(target=pause_often) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_survivors_of_a_pause_can_go_to_the_oldest_generation_and_are_still_collected() -> None:
    class Node:
        other: object = None

    with cycle_collection_paused(survivors_to_oldest=True):
        kept = [Node() for _ in range(50)]
        cycle = Node()
        cycle.other = cycle  # garbage only a collection finds
        del cycle
    young = {id(obj) for obj in gc.get_objects(generation=0)}
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert all(id(node) in oldest and id(node) not in young for node in kept)
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    # The cycle made in the pause is not kept forever: a full collection frees it.
    assert gc.collect() >= 1


def test_objects_frozen_before_a_pause_stay_frozen_and_its_survivors_join_them() -> None:
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with cycle_collection_paused(survivors_to_oldest=True):
            kept = [[index] for index in range(50)]
        # Not undone by the pause; what it made waits with them, unfrozen when they are.
        assert gc.get_freeze_count() >= frozen + len(kept)
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


def test_overlapping_freezes_unfreeze_when_the_last_ends_and_leave_others_frozen() -> None:
    first, second = objects_frozen(), objects_frozen()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_freeze_count() > 0  # the second still wants its objects skipped
    second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0
    gc.freeze()  # someone else's (a benchmark before forking)
    try:
        with objects_frozen():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def _young_block() -> None:
    """A block whose cycles are collected as it ends (a workbook's read, in a receive)."""
    with gc_pause.young_cycles_collected():
        pass


def test_a_thread_that_alone_collects_is_asked_by_the_others_and_can_give_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gc_pause, "_SERVED_WITHIN_S", 0.01)  # nobody serves here
    asked: list[int] = []
    gc_pause.collect_only_on_this_thread(lambda: asked.append(threading.get_ident()))
    try:
        assert not gc.isenabled()
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()  # a pause ending does not turn it back on
        other = threading.Thread(target=_young_block)
        other.start()
        other.join()
        assert asked == [other.ident]
        collections = gc.get_stats()[0]["collections"]
        _young_block()  # on the owning thread: collected here, nobody asked
        assert asked == [other.ident]
        assert gc.get_stats()[0]["collections"] == collections + 1
    finally:
        gc_pause.collect_anywhere()
    assert gc.isenabled()


def test_giving_the_collection_back_during_a_pause_turns_it_on_when_the_pause_ends() -> None:
    gc_pause.collect_only_on_this_thread(lambda: None)
    pause = cycle_collection_paused()
    pause.__enter__()
    gc_pause.collect_anywhere()
    assert not gc.isenabled()
    pause.__exit__(None, None, None)
    assert gc.isenabled()


class _LockLettingGo:
    """The module's lock, with a thread put aside just after letting it go (once)."""

    def __init__(self, lock: Any, aside: threading.Thread) -> None:
        self._lock, self._aside = lock, aside
        self.let_go, self.go_on = threading.Event(), threading.Event()

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *_exc: object) -> None:
        self._lock.release()
        if threading.current_thread() is self._aside and not self.let_go.is_set():
            self.let_go.set()
            self.go_on.wait(10)


def test_nobody_is_asked_once_the_collection_is_given_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The window's collector, once stopped, is deleted: asked after that, a worker emitted a
    # signal of a deleted Qt object.
    given_back = threading.Event()
    asked_after: list[bool] = []
    worker = threading.Thread(target=_young_block)
    lock = _LockLettingGo(gc_pause._lock, worker)
    monkeypatch.setattr(gc_pause, "_lock", lock)
    gc_pause.collect_only_on_this_thread(lambda: asked_after.append(given_back.is_set()))
    try:
        worker.start()
        lock.let_go.wait(10)  # the worker between learning whom to ask and asking
    finally:
        gc_pause.collect_anywhere()
        given_back.set()
        lock.go_on.set()
    worker.join()

    assert asked_after == [False]
    assert gc.isenabled()


def test_a_pause_inside_another_moves_its_survivors_when_the_last_one_ends() -> None:
    # The rules run within a workbook's read: their pause, ending, moved the half-read workbook
    # to the oldest generation, where only a full collection frees its cycles.
    gc.collect()
    with cycle_collection_paused():
        half_read = [[index] for index in range(50)]
        with cycle_collection_paused(survivors_to_oldest=True):
            pass
        young = {id(obj) for obj in gc.get_objects(generation=0)}
        assert all(id(item) in young for item in half_read)
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in half_read)
    assert gc.get_freeze_count() == 0


class _Cycle:
    def __init__(self) -> None:
        self.itself = self


def _frozen_a_moment() -> None:
    with objects_frozen():
        pass


def test_a_block_s_cycles_are_collected_young_unless_part_was_moved_older_meanwhile() -> None:
    started: list[int] = []
    left: list[weakref.ref[_Cycle]] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    def meanwhile(move: Callable[[], object]) -> None:
        with gc_pause.young_cycles_collected():
            cycle = _Cycle()
            left.append(weakref.ref(cycle))
            move()  # another thread's collection or freeze, while the block runs
            del cycle

    gc.callbacks.append(record)
    try:
        with cycle_collection_paused():
            meanwhile(lambda: None)
            meanwhile(lambda: gc.collect(0))  # the cycle, alive then, moved to generation 1
            meanwhile(lambda: gc.collect(1))  # to the oldest
            meanwhile(_frozen_a_moment)  # unfrozen to the oldest
            assert [book() for book in left] == [None] * 4
    finally:
        gc.callbacks.remove(record)
    # Each block's own collection after what moved its objects: 0, then 1, 2 and 2.
    assert started == [0, 0, 1, 1, 2, 2]


def _block_then(said: list[str]) -> threading.Thread:
    def block() -> None:
        with gc_pause.young_cycles_collected():
            pass
        said.append("went on")

    return threading.Thread(target=block)


@pytest.mark.parametrize("served", [True, False], ids=["served", "given-back"])
def test_a_young_collection_asked_of_another_thread_is_awaited_until_served_or_given_back(
    monkeypatch: pytest.MonkeyPatch, served: bool
) -> None:
    # Served while the asker's next block runs, it would move part of that block older.
    monkeypatch.setattr(gc_pause, "_SERVED_WITHIN_S", 30.0)
    said: list[str] = []
    asked = threading.Event()
    worker = _block_then(said)
    gc_pause.collect_only_on_this_thread(asked.set)
    try:
        worker.start()
        assert asked.wait(10)
        worker.join(0.2)  # not gone on meanwhile
        said.append("served" if served else "given back")
        if served:
            assert gc_pause.collect_if_asked() == 0
    finally:
        gc_pause.collect_anywhere()
    worker.join(10)

    assert said == ["served" if served else "given back", "went on"]
