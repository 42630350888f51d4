"""Per unit, the quarter's observations written and those its last package did not carry."""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.observation import Observation, UnitObservations
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.exchange.package_builders import seed_store

ESTUDIOS = "56190ba47cf2b956"  # ESTUDIOS SOCIOECONÓMICOS, unit 004
T1 = Quarter.FIRST
UNIT = UnitCode("004")


def _observe(store: Store, text: str, at: str) -> int:
    stored = store.observations.add(Observation(2024, T1, ESTUDIOS, text, "Coordinación", at))
    assert stored.id is not None
    return stored.id


def _sent(store: Store, at: str, mark: int | None) -> None:
    reservation = store.packages.reserve("30", UNIT, 2024, T1, at, PackageKind.OBSERVATIONS)
    store.packages.complete(reservation, "observaciones.ismpaq", "0" * 64, audit_mark=mark)


def test_those_after_the_last_package_wait(seed_text: str) -> None:
    with seed_store(seed_text) as store:
        assert store.observations.by_unit(2024, T1) == {}
        first = _observe(store, "Anexe la lista.", "2024-04-10T10:00:00-07:00")
        assert store.observations.by_unit(2024, T1) == {UNIT: UnitObservations(1, 1)}
        # Sent the same second as a later one is written: the package's mark tells them apart.
        _sent(store, "2024-04-10T10:05:00-07:00", first)
        _observe(store, "Revise la cifra.", "2024-04-10T10:05:00-07:00")

        assert store.observations.by_unit(2024, T1) == {UNIT: UnitObservations(2, 1)}
        assert store.observations.by_unit(2024, Quarter.SECOND) == {}


def test_a_package_written_before_marks_is_read_by_its_time(seed_text: str) -> None:
    with seed_store(seed_text) as store:
        _observe(store, "Anexe la lista.", "2024-04-10T10:00:00-07:00")
        _sent(store, "2024-04-10T17:05:00+00:00", None)  # 10:05 in Hermosillo
        _observe(store, "Revise la cifra.", "2024-04-10T10:06:00-07:00")

        assert store.observations.by_unit(2024, T1) == {UNIT: UnitObservations(2, 1)}
