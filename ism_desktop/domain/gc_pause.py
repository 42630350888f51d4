"""Pausing Python's cycle collector while a batch builds many small objects without cycles.

Reading a state report or validating it creates hundreds of thousands of small objects (lines,
figures, facts) that reference counting frees; none forms a reference cycle. The cycle collector
would still walk every live object again and again as they pile up: a third of the time of a
whole-report pass. Pausing it for the batch, and restoring it after, changes no result.

What survives a batch (a receive's outcomes: each package's data, plan and diff) is still young
when the collector comes back on, and its first allocation walks all of it at once (36,000
objects, 10 ms after 60 packages), then again as it ages. ``survivors_to_oldest`` moves them to
the oldest generation instead, which only a full collection walks, as it walks everything else
that lives long; nothing is left uncollected, a cycle among them waits for that collection.
Objects someone froze before stay frozen, and the survivors join them until they are unfrozen.

``objects_frozen`` freezes for a block (the print preview's thread) under the same lock.

A window's program collects on its window's thread only (``collect_only_on_this_thread``): a
collection frees every unreachable cycle, whoever made it, and a Qt object freed on a worker
thread while the window's thread uses it ends the process. The automatic collector is then off
for good (a pause ending does not turn it back on), and ``young_cycles_collected`` asks that
thread. The window's thread also collects everything by itself, as Python's thresholds say.

``young_cycles_collected`` frees the cycles a block leaves (a workbook read: openpyxl makes many)
walking only young objects: while the collector is paused nothing leaves the youngest generation,
so what the block made is all there, and a full collection would walk every object alive (a
state report's: 45-100 ms each, 60 in a row for 60 workbooks). Pauses that move survivors to the
oldest generation move them when the last pause ends, not inside another (the rules run within
a workbook's read: the half-read workbook went to the oldest generation with them).
"""

from __future__ import annotations

import _thread
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Pauses overlap across threads (the rules on theirs while a batch of packages is received):
# the first to start turns the collector off, the last to end turns it back on, if it was on.
# The lock ``threading.Lock`` is, without importing ``threading``, which a command never needs.
_lock = _thread.allocate_lock()
_depth = 0
_was_enabled = False
# Freezes (the print preview's thread) take the same lock: ``_to_oldest`` checks whether anything
# is frozen, then freezes and unfreezes; a freeze between the two was undone, an unfreeze left
# the survivors frozen for good.
_freezes = 0
_unfreeze_after = False
# The thread that alone collects, and how another thread asks it to (None: any thread does).
_owner: int | None = None
_ask_owner: Callable[[], None] | None = None
_enabled_before_owner = False
# The oldest generation asked and not served yet: more asks meanwhile make one collection (each
# was one, in a row, of everything once a block's objects had moved to the oldest generation).
# Who waits for it is let go once it is served.
_asked: int | None = None
_waiters: list[_thread.LockType] = []
# A young ask is awaited, a little: served while the asker's next block runs, the collection
# would move the part of that block made so far to an older generation.
_SERVED_WITHIN_S = 0.25
# Freezes so far (``young_cycles_collected`` tells by them, and by the collections counted by
# Python, whether what its block made is still all young). Pauses ended wanting survivors moved.
_freezes_made = 0
_move_at_end = False


@contextmanager
def cycle_collection_paused(*, survivors_to_oldest: bool = False) -> Iterator[None]:
    """Turn the cycle collector off for the ``with`` block, then back on if it was on.

    ``survivors_to_oldest``: when the last pause ends (this one, or another it is within),
    every object still tracked joins the oldest generation (see above) instead of being walked
    by the next young collection.
    """
    global _depth, _was_enabled, _move_at_end
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            # Within another pause the collector stays off: moved now, whatever the other
            # pause's block is making (a workbook half read) would go to the oldest generation.
            _move_at_end = _move_at_end or survivors_to_oldest
            _depth -= 1
            if _depth == 0 and _move_at_end:
                _move_at_end = False
                _to_oldest()
            if _depth == 0 and _was_enabled and _owner is None:
                gc.enable()


def collect_only_on_this_thread(ask: Callable[[], None]) -> None:
    """From now on only this thread collects: the automatic collector stays off.

    ``ask`` is called on another thread that wants a collection (``young_cycles_collected``);
    it must make this thread call ``collect_if_asked`` soon, without waiting for it.
    """
    global _owner, _ask_owner, _enabled_before_owner
    with _lock:
        if _owner is None:
            # Within a pause the collector is off for now; whether it was on is the pause's.
            _enabled_before_owner = gc.isenabled() if _depth == 0 else _was_enabled
        _owner, _ask_owner = _thread.get_ident(), ask
        gc.disable()


def collect_anywhere() -> None:
    """Any thread collects again, as Python does by itself (the window has closed)."""
    global _owner, _ask_owner, _was_enabled, _asked
    with _lock:
        if _owner is None:
            return
        _owner = _ask_owner = None
        _asked = None
        waiting = _let_go()
        if _depth > 0:
            _was_enabled = _enabled_before_owner  # the last pause to end turns it on
        elif _enabled_before_owner:
            gc.enable()
    for waiter in waiting:  # nobody will serve them now
        waiter.release()


def pausing() -> bool:
    """Whether a batch has the collector paused: its objects are not worth walking now."""
    return _depth > 0


@contextmanager
def young_cycles_collected() -> Iterator[None]:
    """The reference cycles the ``with`` block leaves are collected as it ends, young only.

    What the block made is young unless a collection or a freeze ran meanwhile (another
    thread's): the collection then walks the generation that moved part of it to, so nothing
    it left waits for a full collection. Asked of the thread that alone collects, if another.
    """
    before = _moves()
    try:
        yield
    finally:
        now = _moves()
        # A collection of a generation moves what it keeps to the next one; a freeze, to the
        # oldest once unfrozen.
        moved = [
            older
            for older, (then, since) in enumerate(zip(before, now, strict=True), 1)
            if since != then
        ]
        _collect(min(max(moved, default=0), 2))


def collect_if_asked() -> int | None:
    """On the thread that alone collects: the collection asked since the last, if any.

    Returns the generation collected (2: everything, when part of a block had moved to the
    oldest generation), or None if nothing was asked.
    """
    global _asked
    with _lock:
        asked, _asked = _asked, None
        waiting = _let_go()
    if asked is not None:
        gc.collect(asked)
    for waiter in waiting:
        waiter.release()
    return asked


def _collect(generation: int) -> None:
    """A collection of ``generation`` and the younger ones, here, or asked and awaited a little."""
    global _asked
    waiter = None
    with _lock:
        ask = _ask_owner if _owner != _thread.get_ident() else None
        if ask is not None:
            # Under the lock: once the collection is given back (the asker deleted, with the
            # window), nobody asks any more. ``ask`` does not wait for that thread.
            first = _asked is None
            _asked = generation if _asked is None else max(_asked, generation)
            if first:
                ask()
            waiter = _thread.allocate_lock()
            waiter.acquire()
            _waiters.append(waiter)
    if waiter is None:
        gc.collect(generation)
    elif not waiter.acquire(timeout=_SERVED_WITHIN_S):
        # That thread is busy: the collection comes later, and the next block's says so.
        with _lock:
            if waiter in _waiters:
                _waiters.remove(waiter)


def _let_go() -> list[_thread.LockType]:
    """The waiters for the collection asked, taken (under the lock) to be released after."""
    waiting = _waiters[:]
    _waiters.clear()
    return waiting


def _moves() -> tuple[int, ...]:
    """Collections so far by generation, and freezes: what moves objects to older ones."""
    return (*(stats["collections"] for stats in gc.get_stats()), _freezes_made)


def _to_oldest() -> None:
    """Every tracked object to the oldest generation, without walking any of them."""
    # Someone froze objects before (the print preview's thread, a benchmark before forking):
    # unfreezing would undo that. The survivors join them instead, and are unfrozen with them.
    # Frozen, they are not collected meanwhile, cycles included; the app unfreezes what it
    # freezes, except when its process ends.
    global _freezes_made
    _freezes_made += 1
    already = gc.get_freeze_count() > 0
    # Freezing moves every generation's objects to the permanent one, unfreezing all of that
    # to the oldest: two list splices, no object walked.
    gc.freeze()
    if not already:
        gc.unfreeze()


@contextmanager
def objects_frozen() -> Iterator[None]:
    """Every object tracked now is skipped by the collector for the ``with`` block.

    A collection would walk them all for nothing (a window's metas, its Qt wrappers). After the
    block they are unfrozen and collected as before, unless someone froze objects before the
    first of these blocks began: theirs stay frozen. Blocks on several threads overlap.
    """
    global _freezes, _unfreeze_after, _freezes_made
    with _lock:
        if _freezes == 0:
            _unfreeze_after = gc.get_freeze_count() == 0
        _freezes += 1
        _freezes_made += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _freezes -= 1
            if _freezes == 0 and _unfreeze_after:
                gc.unfreeze()
