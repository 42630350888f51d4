"""What the completeness board says of one unit: metas by traffic light and its average %."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.progress import official_progress, truncate_hundredths
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.traffic_light import TrafficLight, traffic_light

AVERAGE_RULE_ES = (
    "% de la unidad: promedio simple del % de avance oficial de sus metas con programado "
    "original en el trimestre y con realizado reportado, truncado a dos decimales."
)


@dataclass(frozen=True)
class UnitSummary:
    """Counts of a unit's metas by colour, and the average official % (``None``: nothing yet)."""

    metas: int
    lights: Mapping[TrafficLight, int]
    average_progress: Decimal | None

    def count(self, light: TrafficLight) -> int:
        """How many metas have this colour."""
        return self.lights.get(light, 0)


def summarize_metas(metas: Iterable[Meta], quarter: Quarter) -> UnitSummary:
    """Colour every meta for the quarter and average the official % of the measurable ones."""
    lights: Counter[TrafficLight] = Counter()
    measured: list[Decimal] = []
    total = 0
    for meta in metas:
        total += 1
        lights[traffic_light(meta, quarter)] += 1
        progress = official_progress(meta, quarter)
        # A meta with nothing programmed prints 0.00 %; averaging it would punish the unit.
        if progress is not None and meta.num.original[quarter.index] != 0:
            measured.append(progress)
    average = None
    if measured:
        average = truncate_hundredths(sum(measured, Decimal(0)) / len(measured))
    counts = {light: lights.get(light, 0) for light in TrafficLight}
    return UnitSummary(total, MappingProxyType(counts), average)
