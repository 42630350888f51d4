"""The coordinator's own unit among several dependencies that each hold a 002."""

from __future__ import annotations

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.own_unit import is_own, known_dependency, own_said, own_unit, pc_unit
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role

OWN = UnitCode("002")
OTHER = UnitCode("003")


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        # The Institute's own report: its one dependency, whatever its code.
        ([("30", OWN), ("30", OTHER)], ("30", OWN)),
        ([("84", OTHER), ("84", OWN)], ("84", OWN)),
        # Only one dependency holds a 002: that one, even if another is listed first.
        ([("51", OTHER), ("84", OWN)], ("84", OWN)),
        # Several: the Institute's (30) wherever it stands.
        ([("07", OWN), ("30", OWN), ("51", OWN)], ("30", OWN)),
        # Several, none the Institute's: the first as a report lists them (9 before 10).
        ([("84", OWN), ("51", OWN)], ("51", OWN)),
        ([("10", OWN), ("9", OWN)], ("9", OWN)),
    ],
)
def test_the_own_unit_is_one_dependency_s(
    units: list[tuple[str, UnitCode]], expected: tuple[str, UnitCode]
) -> None:
    assert own_unit(units, OWN) == expected


def test_no_dependency_holding_the_unit_has_none() -> None:
    assert own_unit([("51", OTHER)], OWN) is None
    assert not is_own(("51", OWN), None)


def test_the_other_dependency_s_002_is_not_own() -> None:
    own = own_unit([("51", OWN), ("84", OWN)], OWN)
    assert is_own(("51", OWN), own)
    assert not is_own(("84", OWN), own)


BOTH = [("51", OTHER), ("84", OTHER)]


@pytest.mark.parametrize(
    ("known", "expected"),
    [
        ("84", ("84", OTHER)),  # a unit's PC known as 84's 003, holding both
        ("51", ("51", OTHER)),
        ("26", ("51", OTHER)),  # known by a dependency that does not hold it: own_unit's
        (None, ("51", OTHER)),
    ],
)
def test_a_unit_pc_s_unit_is_the_dependency_it_is_known_by(
    known: str | None, expected: tuple[str, UnitCode]
) -> None:
    assert pc_unit(BOTH, OTHER, known) == expected


@pytest.mark.parametrize(
    ("identity", "expected"),
    [
        (PcIdentity(Role.UNIT, "84", OTHER), "84"),
        (PcIdentity(Role.UNIT, "84", UnitCode("004")), None),  # another unit's code
        (PcIdentity(Role.COORDINATOR, "84", OWN), None),  # the first base's, not a choice
        (None, None),
    ],
)
def test_only_a_unit_pc_is_known_by_its_dependency(
    identity: PcIdentity | None, expected: str | None
) -> None:
    unit = OWN if identity is not None and identity.role is Role.COORDINATOR else OTHER
    assert known_dependency(identity, unit) == expected


@pytest.mark.parametrize(
    ("units", "said"),
    [
        # The Institute's report: its 002 as always.
        ([("30", "002"), ("30", "003")], "002"),
        # Several dependencies, one 002: nothing to tell apart.
        ([("30", "002"), ("84", "003")], "002"),
        # Several 002s: which one is this coordinator's.
        ([("84", "002"), ("30", "002")], "002 (dependencia 30)"),
    ],
)
def test_the_own_unit_is_said_with_its_dependency_only_where_several_hold_its_code(
    units: list[tuple[str, str]], said: str
) -> None:
    pairs = [(entity, UnitCode(code)) for entity, code in units]

    assert own_said(pairs, ("30", UnitCode("002"))) == said
