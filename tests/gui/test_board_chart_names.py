"""The board's chart names each unit in full when there is room, and shortens only when not.

Seen at 1366×768: «002 ISM DIRECCIÓN DE EVA…ÓN Y SEGUIMIENTO TÉCNICO» beside its bar, with the
bars taking two thirds of a dialog 1,100 pixels wide: the names had a third, whatever they needed.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.gui.progress_chart import ChartRow, ProgressChart

pytestmark = pytest.mark.gui

EVALUATION = "002 ISM DIRECCIÓN DE EVALUACIÓN Y SEGUIMIENTO TÉCNICO"
TRANSPARENCY = "009 ISM UNIDAD DE TRANSPARENCIA"
ROWS: list[ChartRow] = [
    (EVALUATION, {TrafficLight.GREEN: 2, TrafficLight.GREY: 2}),
    (TRANSPARENCY, {TrafficLight.GREEN: 1}),
]


def _chart(qtbot: QtBot, width: int) -> ProgressChart:
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.set_rows(ROWS)
    chart.resize(width, chart.sizeHint().height())
    return chart


def test_names_are_whole_when_the_chart_has_room(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 1070)  # the board's chart at 1366×768

    assert chart.shown_labels() == [EVALUATION, TRANSPARENCY]


def test_a_name_is_shortened_only_when_it_does_not_fit(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 560)

    long_name, short_name = chart.shown_labels()
    assert long_name != EVALUATION
    assert "…" in long_name
    assert long_name.startswith("002 ISM")
    assert short_name == TRANSPARENCY
