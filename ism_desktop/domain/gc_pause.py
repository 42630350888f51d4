"""Pausing Python's cycle collector while a batch builds many small objects without cycles.

Reading a state report or validating it creates hundreds of thousands of small objects (lines,
figures, facts) that reference counting frees; none forms a reference cycle. The cycle collector
would still walk every live object again and again as they pile up: a third of the time of a
whole-report pass. Pausing it for the batch, and restoring it after, changes no result.
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


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Turn the cycle collector off for the ``with`` block, then back on if it was on."""
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
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
