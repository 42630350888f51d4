"""Screen colours for the domain's traffic light (the colour names are the domain's)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ism_desktop.domain.traffic_light import TrafficLight

BACKGROUND = {
    TrafficLight.GREEN: QColor("#c8e6c9"),
    TrafficLight.AMBER: QColor("#ffe0b2"),
    TrafficLight.RED: QColor("#ffcdd2"),
    TrafficLight.GREY: QColor("#eceff1"),
}
FOREGROUND = {
    TrafficLight.GREEN: QColor("#1b5e20"),
    TrafficLight.AMBER: QColor("#8a4b00"),
    TrafficLight.RED: QColor("#b71c1c"),
    TrafficLight.GREY: QColor("#455a64"),
}
