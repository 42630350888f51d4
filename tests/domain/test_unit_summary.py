"""A unit's line on the board: metas by traffic light and the average official %."""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.domain.unit_summary import summarize_metas
from tests.builders import meta, row


def test_colours_are_counted_and_measured_metas_averaged() -> None:
    metas = [
        meta(row([100, 0, 0, 0], achieved=[95, None, None, None])),  # 95.00 verde
        meta(row([100, 0, 0, 0], achieved=[80, None, None, None])),  # 80.00 ámbar
        meta(row([3, 0, 0, 0], achieved=[1, None, None, None])),  # 33.33 rojo
        meta(row([0, 5, 0, 0], achieved=[2, None, None, None])),  # no programme: gris
        meta(row([100, 0, 0, 0])),  # not reported: gris
    ]

    summary = summarize_metas(metas, Quarter.FIRST)

    assert summary.metas == 5
    assert dict(summary.lights) == {
        TrafficLight.GREEN: 1,
        TrafficLight.AMBER: 1,
        TrafficLight.RED: 1,
        TrafficLight.GREY: 2,
    }
    # (95.00 + 80.00 + 33.33) / 3 = 69.443… → 69.44
    assert summary.average_progress == Decimal("69.44")


def test_nothing_measured_has_no_average() -> None:
    summary = summarize_metas([meta(row([0, 0, 0, 0]))], Quarter.FIRST)

    assert summary.average_progress is None
    assert summary.count(TrafficLight.GREY) == 1
    assert summary.count(TrafficLight.RED) == 0
