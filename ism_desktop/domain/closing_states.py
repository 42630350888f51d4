"""Questions over a year's closing states, as the store reads them all at once.

``states`` maps (dependency, unit, quarter) to whether that quarter is closed; a pair never
closed or reopened has no entry, and counts as open.
"""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter

ClosingStates = dict[tuple[str, UnitCode, Quarter], bool]


def left_open(
    units: set[tuple[str, UnitCode]], states: ClosingStates, quarter: Quarter
) -> tuple[UnitCode, ...]:
    """The units of ``units`` whose ``quarter`` is not closed, by code."""
    left = [unit for entity, unit in units if not states.get((entity, unit, quarter), False)]
    return tuple(sorted(left, key=lambda unit: unit.value))


def closed_in(states: ClosingStates, quarter: Quarter) -> frozenset[tuple[str, UnitCode]]:
    """The (dependency, unit) pairs whose ``quarter`` is closed."""
    return frozenset((e, u) for (e, u, q), shut in states.items() if shut and q is quarter)
