"""The form's observation box shows the chosen quarter's observations, and says of earlier ones.

A unit with the coordinator's observations of T1, moved on to T3, kept reading them in T3's box
as if written on T3's figures: the box listed every quarter's observations of the meta.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.window_driver import select

pytestmark = pytest.mark.gui

STUDIES = "ESTUDIOS SOCIOECONÓMICOS"  # a meta of unit 004
AT = "2024-04-10T10:00:00-06:00"


def _observe(db_path: Path, quarter: Quarter, text: str) -> None:
    with Store.open(db_path) as store:
        report = store.reports.load()
        assert report is not None
        (meta,) = [m for m in report.metas if m.description.startswith(STUDIES)]
        store.observations.add(Observation(2024, quarter, meta.stable_id, text, "Ana", AT))


def _box_text(open_window: WindowFactory, quarter: Quarter) -> tuple[bool, str]:
    window = open_window(PcProfile(Role.UNIT, UnitCode("004"), 2024, quarter))
    select(window, STUDIES)
    box = window.form.observations
    return box.isVisibleTo(window), box.text()


def test_a_later_quarter_lists_only_its_own_and_says_earlier_ones_exist(
    db_path: Path, open_window: WindowFactory
) -> None:
    _observe(db_path, Quarter.FIRST, "Anexe la lista de asistencia.")
    _observe(db_path, Quarter.THIRD, "Falta la evidencia del tercer trimestre.")

    shown, text = _box_text(open_window, Quarter.THIRD)

    assert shown
    assert "Falta la evidencia del tercer trimestre." in text
    assert "Anexe la lista de asistencia." not in text
    assert "1 observación del primer trimestre" in text


def test_a_quarter_without_its_own_says_only_that_earlier_ones_exist(
    db_path: Path, open_window: WindowFactory
) -> None:
    _observe(db_path, Quarter.FIRST, "Anexe la lista de asistencia.")
    _observe(db_path, Quarter.SECOND, "Revise el denominador.")

    shown, text = _box_text(open_window, Quarter.THIRD)

    assert shown
    assert "Anexe la lista de asistencia." not in text
    assert "Revise el denominador." not in text
    assert "Ninguna del tercer trimestre" in text
    assert "1 observación del primer trimestre y 1 del segundo trimestre" in text


def test_the_first_quarter_lists_its_own(db_path: Path, open_window: WindowFactory) -> None:
    _observe(db_path, Quarter.FIRST, "Anexe la lista de asistencia.")
    _observe(db_path, Quarter.THIRD, "Falta la evidencia del tercer trimestre.")

    shown, text = _box_text(open_window, Quarter.FIRST)

    assert shown
    assert "Anexe la lista de asistencia." in text
    assert "tercer trimestre" not in text


def test_no_observation_of_the_quarter_or_before_hides_the_box(
    db_path: Path, open_window: WindowFactory
) -> None:
    _observe(db_path, Quarter.FOURTH, "Cierre del año.")

    shown, _text = _box_text(open_window, Quarter.THIRD)

    assert not shown
