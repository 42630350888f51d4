"""Sequence numbers of exported packages: per unit, growing, never reused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store

AT = "2024-04-11T10:44:00-07:00"


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.in_memory() as opened:
        yield opened


def test_first_package_of_a_unit_is_number_one(store: Store) -> None:
    reservation = store.packages.reserve("30", UnitCode("004"), 2024, Quarter.FIRST, AT)

    assert reservation.sequence == 1


def test_numbers_grow_per_unit_and_across_quarters(store: Store) -> None:
    unit, other = UnitCode("004"), UnitCode("009")

    numbers = [
        store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT).sequence,
        store.packages.reserve("30", other, 2024, Quarter.FIRST, AT).sequence,
        store.packages.reserve("30", unit, 2024, Quarter.SECOND, AT).sequence,
    ]

    assert numbers == [1, 1, 2]


def test_history_lists_completed_exports_only(store: Store) -> None:
    unit = UnitCode("004")
    done = store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT)
    store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT)  # an export that failed
    store.packages.complete(done, "ETCA-III-04_2024_T1_unidad_004.zip", "ab" * 32)

    history = store.packages.history(unit)

    assert [(r.sequence, r.file_name, r.quarter) for r in history] == [
        (1, "ETCA-III-04_2024_T1_unidad_004.zip", Quarter.FIRST)
    ]
    assert store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT).sequence == 3


def test_numbers_survive_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as first:
        first.packages.reserve("30", UnitCode("004"), 2024, Quarter.FIRST, AT)
    with Store.open(path) as second:
        assert second.packages.reserve("30", UnitCode("004"), 2024, Quarter.FIRST, AT).sequence == 2


def test_sent_quarters_are_the_units_written_report_packages_of_the_year(store: Store) -> None:
    unit = UnitCode("004")
    first = store.packages.reserve("30", unit, 2024, Quarter.FIRST, AT)
    store.packages.complete(first, "ETCA-III-04_2024_T1_unidad_004.ismpaq", "ab" * 32)
    store.packages.reserve("30", unit, 2024, Quarter.SECOND, AT)  # an export that failed
    other = store.packages.reserve("30", UnitCode("009"), 2024, Quarter.THIRD, AT)
    store.packages.complete(other, "ETCA-III-04_2024_T3_unidad_009.ismpaq", "cd" * 32)

    assert store.packages.sent_quarters(2024, unit) == {Quarter.FIRST}
    assert store.packages.sent_quarters(2025, unit) == frozenset()
