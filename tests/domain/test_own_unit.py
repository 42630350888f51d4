"""The coordinator's own unit among several dependencies that each hold a 002."""

from __future__ import annotations

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.own_unit import is_own, own_unit

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
