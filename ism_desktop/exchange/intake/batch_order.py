"""The order a batch is applied in: each sender's packages oldest first, the others as given.

A sender's packages must arrive in the order they were exported (their sequence): one older
than the last received is refused, since it could put back figures a newer one already
corrected. A unit that sends two quarters at once, or a person who picks the files in any
order, must not see the older one refused for that. So within one batch, each sender's packages
are taken oldest first, in the places the batch gave them; everything else keeps its place.

Of several packages of one sender, kind and quarter, only the newest says what the sender
means: the others (``superseded``) are taken right after it, and refused if it passed.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

SequenceKey = tuple[Hashable, int]


def oldest_first(
    keys: Sequence[SequenceKey | None], replaced: Mapping[int, int] | None = None
) -> list[int]:
    """The positions of ``keys`` in the order to take them.

    Each key is (who sent it, its sequence); None (an unreadable file) keeps its place. Among the
    positions holding one sender's packages, the smallest sequence goes first; equal sequences
    keep the order given. A position in ``replaced`` goes right after the one that replaces it.
    """
    replacing = replaced or {}
    places: dict[Hashable, list[int]] = {}
    for position, key in enumerate(keys):
        if key is not None:
            places.setdefault(key[0], []).append(position)

    def rank(position: int) -> tuple[int, int, int]:
        keeper = replacing.get(position)
        if keeper is None:
            return _sequence(keys[position]), 0, position
        return _sequence(keys[keeper]), 1, position

    order = list(range(len(keys)))
    for positions in places.values():
        if len(positions) < 2:
            continue
        for place, position in zip(positions, sorted(positions, key=rank), strict=True):
            order[place] = position
    return order


def superseded(keys: Sequence[SequenceKey | None]) -> dict[int, int]:
    """Positions whose package another of the same key replaces, each with that other one.

    Each key is (who sent it and for which quarter, its sequence). The one kept is the newest,
    the first given among equal sequences (the same file twice, say): a unit that corrected a
    quarter and sent it again may have both files reach the coordinator, and the older, taken
    first, would close the quarter to the correction.
    """
    keepers: dict[Hashable, int] = {}
    for position, key in enumerate(keys):
        if key is None:
            continue
        kept = keepers.get(key[0])
        if kept is None or _sequence(keys[kept]) < key[1]:
            keepers[key[0]] = position
    return {
        position: keepers[key[0]]
        for position, key in enumerate(keys)
        if key is not None and keepers[key[0]] != position
    }


def _sequence(key: SequenceKey | None) -> int:
    assert key is not None  # only positions that hold a key are ranked
    return key[1]
