"""The coordination tables: received packages, requests, observations and this PC's identity."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import PcIdentity, ReceivedPackage, TargetChangeRequest
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ImportSource
from ism_desktop.exchange.etca.text import parse_etca_text
from ism_desktop.store.received_package_repository import StaleSequenceError
from ism_desktop.store.store import Store

UNIT = UnitCode("004")
AT = "2024-04-12T09:30:00-07:00"


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.in_memory() as opened:
        yield opened


def _package(sequence: int, quarter: Quarter = Quarter.FIRST, unit: str = "004") -> ReceivedPackage:
    return ReceivedPackage(
        kind=PackageKind.REPORT,
        entity="30",
        unit=UnitCode(unit),
        year=2024,
        quarter=quarter,
        sequence=sequence,
        created_at=AT,
        received_at=AT,
        file_name=f"p{sequence}.zip",
        sha256=f"{sequence:064x}",
        metas=7,
        changed_metas=2,
        warnings=3,
        unresolved_warnings=1,
    )


def test_received_packages_round_trip_and_the_newest_wins(store: Store) -> None:
    store.received.record(_package(1))
    store.received.record(_package(3))
    store.received.record(_package(1, unit="009"))

    assert store.received.last(PackageKind.REPORT, "30", UNIT) == _package(3)
    assert store.received.last(PackageKind.BASE, "30", UNIT) is None
    assert store.received.by_sha256(f"{3:064x}") == _package(3)
    latest = store.received.latest_by_unit(PackageKind.REPORT, 2024, Quarter.FIRST)
    assert latest == {("30", UNIT): _package(3), ("30", UnitCode("009")): _package(1, unit="009")}
    assert [p.sequence for p in store.received.history(UNIT)] == [1, 3]


def test_an_older_or_equal_sequence_is_not_recorded(store: Store) -> None:
    store.received.record(_package(3))

    with pytest.raises(StaleSequenceError) as caught:
        store.received.record(_package(2, Quarter.SECOND))

    assert caught.value.last == 3
    assert [p.sequence for p in store.received.history()] == [3]


def test_requests_of_a_unit_are_replaced_as_a_whole(store: Store) -> None:
    def request(field: str, requested: str, sequence: int) -> TargetChangeRequest:
        return TargetChangeRequest(
            2024,
            "30",
            UNIT,
            "56190ba47cf2b956",
            field,
            field,
            "900",
            requested,
            "motivo",
            "",
            AT,
            sequence,
        )

    store.target_requests.replace_for_unit(
        2024, "30", UNIT, [request("modificado.t2.num", "700", 1)]
    )
    store.target_requests.replace_for_unit(
        2024, "30", UNIT, [request("modificado.t3.num", "600", 2)]
    )

    [pending] = store.target_requests.pending(2024)
    assert (pending.field, pending.requested, pending.sequence) == ("modificado.t3.num", "600", 2)
    assert store.target_requests.for_meta(2024, "56190ba47cf2b956") == [pending]
    assert store.target_requests.pending(2024, UnitCode("009")) == []
    assert pending.describe() == "modificado.t3.num: 900 → 600 (motivo: motivo)"


def test_observations_are_added_listed_replaced_and_removed(store: Store) -> None:
    first = store.observations.add(Observation(2024, Quarter.FIRST, "a" * 16, "Uno", "Lucía", AT))
    store.observations.add(Observation(2024, Quarter.SECOND, "a" * 16, "Dos", "Lucía", AT))

    assert first.id is not None
    assert [o.text for o in store.observations.for_meta(2024, "a" * 16)] == ["Uno", "Dos"]
    assert [o.text for o in store.observations.for_metas(2024, Quarter.FIRST, ["a" * 16])] == [
        "Uno"
    ]

    store.observations.replace(
        2024,
        Quarter.FIRST,
        ["a" * 16],
        [Observation(2024, Quarter.FIRST, "a" * 16, "Tres", "L", AT)],
    )
    assert [o.text for o in store.observations.for_meta(2024, "a" * 16)] == ["Tres", "Dos"]
    assert store.observations.remove(first.id, 2024, Quarter.FIRST) is False  # replaced already
    assert first.describe() == f"T1, Lucía ({local_time_text(AT)}): Uno"


def test_a_removed_observation_s_number_is_never_given_again(store: Store) -> None:
    # «observe --quitar 2» run twice (from the shell's history) must not remove a newer one.
    store.observations.add(Observation(2024, Quarter.FIRST, "a" * 16, "Uno", "Lucía", AT))
    second = store.observations.add(Observation(2024, Quarter.FIRST, "a" * 16, "Dos", "L", AT))
    assert second.id is not None
    assert store.observations.remove(second.id, 2024, Quarter.FIRST) is True

    third = store.observations.add(Observation(2024, Quarter.FIRST, "a" * 16, "Tres", "L", AT))

    assert third.id is not None
    assert third.id > second.id
    assert store.observations.remove(second.id, 2024, Quarter.FIRST) is False
    assert [o.text for o in store.observations.for_meta(2024, "a" * 16)] == ["Uno", "Tres"]


def test_an_empty_observation_is_refused() -> None:
    with pytest.raises(ValueError, match="vacía"):
        Observation(2024, Quarter.FIRST, "a" * 16, "  ", "Lucía", AT)


def test_the_identity_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as first:
        assert first.identity.get() is None
        first.identity.set(PcIdentity(Role.UNIT, "30", UNIT))
    with Store.open(path) as second:
        identity = second.identity.get()

    assert identity == PcIdentity(Role.UNIT, "30", UNIT)
    assert identity is not None
    assert identity.describe() == "la unidad 004"


def test_exports_record_their_kind_and_share_one_counter(store: Store) -> None:
    first = store.packages.reserve("30", UNIT, 2024, Quarter.FIRST, AT, PackageKind.BASE)
    second = store.packages.reserve("30", UNIT, 2024, Quarter.FIRST, AT, PackageKind.OBSERVATIONS)

    assert (first.sequence, second.sequence) == (1, 2)


def test_one_units_metas_load_alone(store: Store, seed_text: str) -> None:
    store.reports.save(parse_etca_text(seed_text).report, ImportSource("seed.txt", "0" * 64))

    metas = store.reports.load_unit_metas(2024, "30", UNIT)

    assert [m.description for m in metas][:2] == [
        "APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD.",
        "SERVICIOS OTORGADOS EN LA ATENCIÓN DE LA VIOLENCIA DE GÉNERO CONTRA LAS MUJERES.",
    ]
    assert len(metas) == 7
    assert store.reports.load_unit_metas(2024, "31", UNIT) == []
