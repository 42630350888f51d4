"""The traffic-light colour of a meta's official progress, shown next to each meta."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.progress import official_progress
from ism_desktop.domain.quarter import Quarter

GREEN_LOW = Decimal(90)
GREEN_HIGH = Decimal(110)
AMBER_MARGIN = Decimal(20)


class TrafficLight(StrEnum):
    """Green within the expected band, amber near it, red far from it, grey when not measurable."""

    GREEN = "verde"
    AMBER = "ámbar"
    RED = "rojo"
    GREY = "gris"

    @property
    def label(self) -> str:
        """What the colour means, in Spanish."""
        return _LABELS[self]


_LABELS = {
    TrafficLight.GREEN: "dentro de lo programado (90 % a 110 %)",
    TrafficLight.AMBER: "cerca de lo programado (70 % a 90 % o 110 % a 130 %)",
    TrafficLight.RED: "lejos de lo programado (menos de 70 % o más de 130 %)",
    TrafficLight.GREY: "sin programación o sin reportar en el trimestre",
}


def traffic_light(meta: Meta, quarter: Quarter) -> TrafficLight:
    """Colour of the official % of a quarter; grey when nothing was programmed or reported."""
    progress = official_progress(meta, quarter)
    programmed = meta.num.original[quarter.index]
    if progress is None or programmed == 0:
        return TrafficLight.GREY
    if GREEN_LOW <= progress <= GREEN_HIGH:
        return TrafficLight.GREEN
    if GREEN_LOW - AMBER_MARGIN <= progress <= GREEN_HIGH + AMBER_MARGIN:
        return TrafficLight.AMBER
    return TrafficLight.RED
