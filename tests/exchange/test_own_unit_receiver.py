"""The coordinator receiving the report of another dependency's 002.

Its own unit matched by the code alone, the coordinator refused that package as its own
(«el paquete es de la unidad 002, que es esta misma»): the board awaited a unit whose
delivery could never be received. Its own dependency's 002 is still refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.exchange.intake.receiver import IntakeOptions, receiver_identity
from ism_desktop.exchange.package.manifest import PackageManifest, PackageRefusedError
from ism_desktop.store.store import Store
from tests.two_dependencies import AWAITED, DELIVERED, state_report

OWN = UnitCode("002")
COORDINATOR = PcIdentity(Role.COORDINATOR, DELIVERED, OWN)


def _manifest(entity: str) -> PackageManifest:
    return PackageManifest(
        1, "0.1.0", entity, OWN, "DIRECCIÓN", 2024, Quarter.SECOND, "2024-07-10T09:00:00-07:00",
        1, (),
    )  # fmt: skip


def _store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "coordinadora.sqlite3")
    import_etca_file(state_report(tmp_path), store.reports)
    store.identity.set(COORDINATOR)
    return store


def test_the_other_dependency_s_002_is_received(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        wanted = receiver_identity(store, _manifest(AWAITED), IntakeOptions(), "paquete")
    # The database stays the coordinator's of its own dependency.
    assert wanted is None


def test_the_own_dependency_s_002_is_refused(tmp_path: Path) -> None:
    with _store(tmp_path) as store, pytest.raises(PackageRefusedError, match="esta misma"):
        receiver_identity(store, _manifest(DELIVERED), IntakeOptions(), "paquete")


def _unit_manifest(entity: str, unit: str) -> PackageManifest:
    return PackageManifest(
        1, "0.1.0", entity, UnitCode(unit), "DIRECCIÓN", 2024, Quarter.SECOND,
        "2024-07-10T09:00:00-07:00", 1, (),
    )  # fmt: skip


def test_other_units_packages_do_not_read_the_year_s_units(tmp_path: Path) -> None:
    # Asked for every package, the year's (dependency, unit) list cost a state's coordinator
    # 477 pairs read and checked per package: 60 packages, a third of the receive again.
    statements: list[str] = []
    with _store(tmp_path) as store:
        store._db.conn.set_trace_callback(statements.append)
        for entity, unit in ((AWAITED, "003"), (DELIVERED, "003"), (AWAITED, "001")):
            wanted = receiver_identity(store, _unit_manifest(entity, unit), IntakeOptions(), "p")
            assert wanted is None  # the coordinator of its own dependency, as stored
        store._db.conn.set_trace_callback(None)
    assert [s for s in statements if "FROM metas" in s] == []


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("002", [DELIVERED, AWAITED]), ("001", [AWAITED]), ("004", [DELIVERED, AWAITED]), ("099", [])],
)
def test_the_dependencies_holding_a_unit_are_read_as_stored(
    tmp_path: Path, unit: str, expected: list[str]
) -> None:
    with _store(tmp_path) as store:
        found = store.reports.unit_entities(2024, UnitCode(unit))
        pairs = set(store.reports.year_units(2024))
    # The same answer as the year's whole list of (dependency, unit) pairs gives.
    assert found == expected
    assert sorted(found) == sorted(entity for entity, code in pairs if code == unit)
