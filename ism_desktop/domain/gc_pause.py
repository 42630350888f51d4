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
"""

from __future__ import annotations

import _thread
import gc
from collections.abc import Iterator
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


@contextmanager
def cycle_collection_paused(*, survivors_to_oldest: bool = False) -> Iterator[None]:
    """Turn the cycle collector off for the ``with`` block, then back on if it was on.

    ``survivors_to_oldest``: on leaving, every object still tracked joins the oldest generation
    (see above) instead of being walked by the next young collection.
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            if survivors_to_oldest:
                _to_oldest()
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def _to_oldest() -> None:
    """Every tracked object to the oldest generation, without walking any of them."""
    # Someone froze objects before (the print preview's thread, a benchmark before forking):
    # unfreezing would undo that. The survivors join them instead, and are unfrozen with them.
    # Frozen, they are not collected meanwhile, cycles included; the app unfreezes what it
    # freezes, except when its process ends.
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
    global _freezes, _unfreeze_after
    with _lock:
        if _freezes == 0:
            _unfreeze_after = gc.get_freeze_count() == 0
        _freezes += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _freezes -= 1
            if _freezes == 0 and _unfreeze_after:
                gc.unfreeze()
