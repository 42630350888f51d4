"""The order a batch is applied in: each unit's packages oldest first, the others as given.

A unit's packages must arrive in the order they were exported (their sequence): one older than
the last received is refused, since it could put back figures a newer one already corrected. A
unit that sends two quarters at once, or a person who picks the files in any order, must not
see the older one refused for that. So within one batch, the packages of one unit and kind are
taken oldest first, in the places the batch gave them; everything else keeps its place.
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


def superseded(keys: Sequence[SequenceKey | None]) -> dict[int, int]:
    """Positions whose package a newer one of the same key replaces, each with that newest one.

    Each key is (who sent it and for which quarter, its sequence). A unit that corrected a
    quarter and sent it again may have both files reach the coordinator: only the newest says
    what the unit means, and the older, taken first, would close the quarter to it.
    """
    newest: dict[Hashable, int] = {}
    for position, key in enumerate(keys):
        if key is not None and (key[0] not in newest or _sequence(keys[newest[key[0]]]) < key[1]):
            newest[key[0]] = position
    return {
        position: newest[key[0]]
        for position, key in enumerate(keys)
        if key is not None and key[1] < _sequence(keys[newest[key[0]]])
    }
