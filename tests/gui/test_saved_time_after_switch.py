"""«Guardado automáticamente a las …» speaks of what is in view: another period starts without it.

After switching to the second quarter (or another unit or year) the line still said a save had
just happened, about figures no longer shown.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.profile import PcProfile
from ism_desktop.domain.quarter import Quarter
from tests.gui.conftest import WindowFactory, unit_profile
from tests.gui.window_driver import achieved_cell, select, type_into

pytestmark = pytest.mark.gui
STUDIES = "ESTUDIOS SOCIOECONÓMICOS"


@pytest.mark.parametrize(
    "other",
    [
        replace(unit_profile("004"), quarter=Quarter.SECOND),
        replace(unit_profile("004"), year=2025),
        replace(unit_profile("004"), unit=UnitCode("009")),
    ],
    ids=["trimestre", "ejercicio", "unidad"],
)
def test_another_period_starts_without_the_last_save_time(
    open_window: WindowFactory, qtbot: QtBot, other: PcProfile
) -> None:
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "770")
    assert window.saved_label.text().startswith("Guardado automáticamente a las ")

    window.apply_profile(other)

    assert window.saved_label.text() == ""


def test_the_same_period_again_keeps_it(open_window: WindowFactory, qtbot: QtBot) -> None:
    # Saving the configuration unchanged (the dialog accepted as it was) shows the same data.
    window = open_window(unit_profile("004"))
    select(window, STUDIES)
    type_into(qtbot, achieved_cell(window), "770")
    said = window.saved_label.text()

    window.apply_profile(unit_profile("004"))

    assert window.saved_label.text() == said
