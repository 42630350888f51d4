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


T1_NOTE = (Quarter.FIRST, "Anexe la lista de asistencia.")
T2_NOTE = (Quarter.SECOND, "Revise el denominador.")
T3_NOTE = (Quarter.THIRD, "Falta la evidencia del tercer trimestre.")


@pytest.mark.parametrize(
    ("written", "shown_in", "read", "not_read"),
    [
        (
            [T1_NOTE, T3_NOTE],
            Quarter.THIRD,
            [T3_NOTE[1], "De trimestres anteriores hay 1 observación del primer trimestre"],
            [T1_NOTE[1]],
        ),
        (
            [T1_NOTE, T2_NOTE],
            Quarter.THIRD,
            [
                "Ninguna del tercer trimestre.",
                "1 observación del primer trimestre y 1 del segundo trimestre",
            ],
            [T1_NOTE[1], T2_NOTE[1]],
        ),
        ([T1_NOTE, T3_NOTE], Quarter.FIRST, [T1_NOTE[1]], ["tercer trimestre"]),
    ],
    ids=["propias-y-anteriores", "solo-anteriores", "primer-trimestre"],
)
def test_the_box_lists_the_quarters_own_and_counts_earlier_ones(
    db_path: Path,
    open_window: WindowFactory,
    written: list[tuple[Quarter, str]],
    shown_in: Quarter,
    read: list[str],
    not_read: list[str],
) -> None:
    for quarter, text in written:
        _observe(db_path, quarter, text)

    shown, text = _box_text(open_window, shown_in)

    assert shown
    assert all(words in text for words in read), text
    assert not any(words in text for words in not_read), text


def test_no_observation_of_the_quarter_or_before_hides_the_box(
    db_path: Path, open_window: WindowFactory
) -> None:
    _observe(db_path, Quarter.FOURTH, "Cierre del año.")

    shown, _text = _box_text(open_window, Quarter.THIRD)

    assert not shown
