"""The year's tables: closings with their log, approval, due dates, decisions' constraints."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, REOPEN, ClosureEvent, closed_field
from ism_desktop.store.store import Store

WHO = Author("Unidad 004", "ana")
UNIT = UnitCode("004")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "anio.sqlite3") as opened:
        yield opened


def _event(action: str, reason: str = "", at: str = "2024-04-10T10:00:00-07:00") -> ClosureEvent:
    return ClosureEvent(2024, "30", UNIT, Quarter.FIRST, action, reason, WHO, at)


def test_closing_twice_logs_once_and_reopening_needs_a_reason(store: Store) -> None:
    assert store.closures.set_state(_event(CLOSE)) is True
    assert store.closures.set_state(_event(CLOSE)) is False
    assert store.closures.is_closed(2024, "30", UNIT, Quarter.FIRST)
    assert not store.closures.is_closed(2024, "30", UNIT, Quarter.SECOND)
    with pytest.raises(
        sqlite3.IntegrityError, match=r"CHECK constraint failed: .*length\(trim\(reason\)\) > 0"
    ):
        store.closures.set_state(_event(REOPEN, "  "))
    assert store.closures.is_closed(2024, "30", UNIT, Quarter.FIRST)  # rolled back whole
    store.closures.set_state(_event(REOPEN, "Corrección", "2024-04-11T09:00:00-07:00"))
    assert [(e.action, e.reason) for e in store.closures.log(2024)] == [
        ("cerrar", ""),
        ("reabrir", "Corrección"),
    ]
    assert store.closures.states(2024) == {("30", UNIT, Quarter.FIRST): False}


def test_a_units_quarter_is_closed_under_any_of_its_entities(store: Store) -> None:
    assert not store.closures.unit_closed(2024, UNIT, Quarter.FIRST)  # never recorded
    store.closures.set_state(_event(CLOSE))
    assert store.closures.unit_closed(2024, UNIT, Quarter.FIRST)
    assert not store.closures.unit_closed(2024, UNIT, Quarter.SECOND)
    assert not store.closures.unit_closed(2025, UNIT, Quarter.FIRST)
    assert not store.closures.unit_closed(2024, UnitCode("005"), Quarter.FIRST)
    store.closures.set_state(_event(REOPEN, "Corrección", "2024-04-11T09:00:00-07:00"))
    assert not store.closures.unit_closed(2024, UNIT, Quarter.FIRST)  # reopened: a row, open


@pytest.mark.parametrize(
    ("field", "closed"),
    [
        ("realizado.t1.num", True),
        ("realizado.t1.den", True),
        ("evaluacion.t1", True),
        ("realizado.t2.num", False),
        ("modificado.t1.num", False),
        ("original.t1.num", False),
        ("evaluacion.t2", False),
    ],
)
def test_only_the_quarters_figures_and_narrative_are_closed(field: str, closed: bool) -> None:
    assert closed_field(field, Quarter.FIRST) is closed


def test_approval_and_due_dates_are_kept_per_year(store: Store) -> None:
    store.years.register(2025, "desde el ejercicio 2024", "2024-12-01T09:00:00-07:00")
    assert not store.years.is_approved(2025)
    store.years.approve(2025, "2025-01-10T09:00:00-07:00", "Unidad coordinadora")
    store.years.approve(2025, "2025-02-10T09:00:00-07:00", "Otra vez")
    record = store.years.get(2025)
    assert record is not None
    assert (record.approved_at, record.approved_by, record.source) == (
        "2025-01-10T09:00:00-07:00",
        "Unidad coordinadora",
        "desde el ejercicio 2024",
    )
    store.years.set_delivery_dates(2025, {Quarter.FIRST: "2025-04-15"})
    store.years.set_delivery_dates(
        2025, {Quarter.FIRST: "2025-04-20", Quarter.SECOND: "2025-07-15"}
    )
    assert store.years.delivery_dates(2025) == {
        Quarter.FIRST: "2025-04-20",
        Quarter.SECOND: "2025-07-15",
    }
    assert store.years.delivery_dates(2024) == {}
    assert store.years.years() == [2025]
