"""Observations received for a quarter the unit already closed say how to act on them.

Seen at 1366×768 (stop 59): unit 004 exported its package (the quarter closed), the coordinator
sent back «Corrija los acentos…», and the box after receiving it said only «cambió 1 meta».
Typing the correction was then refused; nothing had said the quarter had to be reopened first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.exchange.package_builders import seed_store
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.received_boxes import received_said

pytestmark = pytest.mark.gui
UNIT = UnitCode("004")
ASESORIA = "8e0d8bcb2d3ec980"
REOPEN = (
    "El primer trimestre está cerrado: para atender las observaciones, reábralo con un motivo "
    "(Año → Cerrar o reabrir un trimestre…), corrija y exporte de nuevo su paquete."
)


def _observations(seed_text: str, folder: Path) -> Path:
    """The coordinator's observations package for unit 004's first quarter, one observation."""
    with seed_store(seed_text) as coordinator:
        coordinator.observations.add(
            Observation(
                2024,
                Quarter.FIRST,
                ASESORIA,
                "Corrija los acentos.",
                "Lucía",
                "2024-04-15T09:00:00-07:00",
            )
        )
        return export_observations(coordinator, UNIT, Quarter.FIRST, folder).path


def test_observations_on_a_closed_quarter_say_to_reopen_it(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    package = _observations(seed_text, tmp_path)
    window = open_window(unit_profile("004"))
    close_quarter(window.session.store, 2024, UNIT, Quarter.FIRST, window.session.author)
    window.session.reload()

    (text,) = received_said(window, qtbot, [package])

    assert text.splitlines()[0] == "Se guardó 1 paquete.", text
    assert text.splitlines()[-2:] == ["", REOPEN]


def test_observations_on_an_open_quarter_say_nothing_of_reopening(
    open_window: WindowFactory, qtbot: QtBot, seed_text: str, tmp_path: Path
) -> None:
    package = _observations(seed_text, tmp_path)
    window = open_window(unit_profile("004"))

    (text,) = received_said(window, qtbot, [package])

    assert text.splitlines()[0] == "Se guardó 1 paquete.", text
    assert "reábralo" not in text
