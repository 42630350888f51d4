"""The meta's two percentages under its figures: the official one in its traffic-light colour."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ism_desktop.domain.figures import Series
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.progress import describe_progress
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.traffic_light import traffic_light
from ism_desktop.gui.figure_grid import FigureGrid
from ism_desktop.gui.traffic_light_colors import BACKGROUND, FOREGROUND


def show_progress(
    official_label: QLabel, modified_label: QLabel, grid: FigureGrid, meta: Meta, quarter: Quarter
) -> None:
    """The official % (coloured, also in the grid's % cell) and the one against the modified."""
    light = traffic_light(meta, quarter)
    official = describe_progress(meta, quarter)
    style = (
        f"background: {BACKGROUND[light].name()}; color: {FOREGROUND[light].name()};"
        " font-weight: bold; border-radius: 4px;"
    )
    official_label.setText(f"Avance oficial T{int(quarter)}: {official}")
    official_label.setStyleSheet(style)
    grid.show_progress(official, style)
    modified_label.setText(
        f"Contra lo modificado: {describe_progress(meta, quarter, Series.MODIFIED)}"
    )
