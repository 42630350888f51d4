"""The order a batch is applied in: each sender's packages oldest first, the others as given.

A sender's packages must arrive in the order they were exported (their sequence): one older
than the last received is refused, since it could put back figures a newer one already
corrected. A unit that sends two quarters at once, or a person who picks the files in any
order, must not see the older one refused for that. So within one batch, each sender's packages
are taken oldest first, in the places the batch gave them; everything else keeps its place.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

SequenceKey = tuple[Hashable, int]


def oldest_first(keys: Sequence[SequenceKey | None]) -> list[int]:
    """The positions of ``keys`` in the order to take them.

    Each key is (who sent it, its sequence); None (an unreadable file) keeps its place. Among the
    positions holding one sender's packages, the smallest sequence goes first; equal sequences
    keep the order given.
    """
    places: dict[Hashable, list[int]] = {}
    for position, key in enumerate(keys):
        if key is not None:
            places.setdefault(key[0], []).append(position)
    order = list(range(len(keys)))
    for positions in places.values():
        if len(positions) < 2:
            continue
        ranked = sorted(positions, key=lambda position: (_sequence(keys[position]), position))
        for place, position in zip(positions, ranked, strict=True):
            order[place] = position
    return order


def _sequence(key: SequenceKey | None) -> int:
    assert key is not None  # only positions that hold a key are ranked
    return key[1]
