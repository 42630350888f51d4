"""Which justification was written here is told by this database's order, not by two clocks.

The review of a unit's package warns of each justification written at the coordinator's PC
that the package replaces. It took «written here» to be whatever was newer than the moment the
unit made its last package: on the unit's clock. A unit whose PC ran a day or a year ahead made
every justification written here afterwards look older than that package, and the warning was
never given: the coordinator's text went with the next package unsaid.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ism_desktop.exchange.intake.diff import diff_text
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.workspace.quarter_closing import reopen_quarter
from ism_desktop.workspace.transfers import export_unit_package
from ism_desktop.workspace.workspace import Workspace
from tests.workspace.test_justification_written_here import (
    CHANGED_TARGET,
    HERE,
    OUT_OF_RANGE,
    T1,
    UNIT,
)
from tests.workspace.two_pcs import next_second, seed_workspace

UNITS_OWN = "LA UNIDAD: SE AMPLIÓ LA COBERTURA."


def _said_here(review: str) -> list[str]:
    return [line for line in review.splitlines() if "escrita aquí" in line]


def _unit_ahead(tmp_path: Path, seed_path: Path, ahead: timedelta) -> Workspace:
    at_unit = seed_workspace(tmp_path / "unidad.sqlite3", seed_path, at_unit=True)
    at_unit.clock = lambda: datetime.now() + ahead
    return at_unit


def _two_packages(tmp_path: Path, seed_path: Path, ahead: timedelta, *, legacy: bool) -> str:
    """The coordinator's review of the unit's second package, the unit's clock ``ahead``.

    ``legacy``: the first package's receipt as one received before its mark was kept.
    """
    at_unit = _unit_ahead(tmp_path, seed_path, ahead)
    coordinator_path = tmp_path / "coordinadora.sqlite3"
    coordinator = seed_workspace(coordinator_path, seed_path, at_unit=False)
    at_unit.justify(CHANGED_TARGET, UNITS_OWN)
    first = export_unit_package(
        at_unit.store, UNIT, T1, tmp_path / "p1", year=2024, now=at_unit.clock()
    )
    apply_package(coordinator.store, check_package(coordinator.store, first.path))
    if legacy:
        with closing(sqlite3.connect(coordinator_path)) as other, other:
            other.execute("UPDATE received_packages SET justification_mark = NULL")
    next_second()
    reopen_quarter(at_unit.store, 2024, UNIT, T1, "Corrección", at_unit.author, now=at_unit.clock())
    reopen_quarter(coordinator.store, 2024, UNIT, T1, "Corrección", coordinator.author)
    next_second()
    # The unit takes its own answer back (on its clock, ahead); the coordinator answers
    # another warning here, on its own, after receiving the first package.
    at_unit.remove_justification(CHANGED_TARGET)
    coordinator.reload()
    coordinator.justify(OUT_OF_RANGE, HERE)
    second = export_unit_package(
        at_unit.store, UNIT, T1, tmp_path / "p2", year=2024, now=at_unit.clock()
    )
    return diff_text(check_package(coordinator.store, second.path).diff)


@pytest.mark.parametrize("ahead", [timedelta(days=1), timedelta(days=366)], ids=["day", "year"])
def test_a_unit_clock_ahead_does_not_hide_what_was_written_here(
    tmp_path: Path, seed_path: Path, ahead: timedelta
) -> None:
    review = _two_packages(tmp_path, seed_path, ahead, legacy=False)

    (said,) = _said_here(review)
    assert "del aviso T1 «El % de avance oficial sale del rango esperado" in said
    assert f"«{HERE}» → (vacío)" in said
    # The unit's own answer, written on its clock ahead, is its change, not one written here.
    assert f"«{UNITS_OWN}» → (vacío)" in review


def test_a_package_received_before_the_marks_were_kept_is_told_by_the_earlier_clock(
    tmp_path: Path, seed_path: Path
) -> None:
    review = _two_packages(tmp_path, seed_path, timedelta(days=1), legacy=True)

    # Without this database's number, the receipt's own time (this PC's clock) bounds it too:
    # what was written here is still said, the unit's clock a day ahead.
    said = _said_here(review)
    assert any(f"«{HERE}» → (vacío)" in line for line in said), review
