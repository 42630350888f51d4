"""A programme base's file names its dependency where several hold the unit's code."""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.manifest import package_file_name

BASE, UNIT = PackageKind.BASE, UnitCode("003")


def test_the_dependency_is_in_the_name_of_a_base() -> None:
    named = package_file_name(UNIT, 2024, Quarter.FIRST, BASE, "84")

    assert named == "ETCA-III-04_2024_programa_base_dependencia_84_unidad_003.ismpaq"
    assert package_file_name(UNIT, 2024, Quarter.FIRST, BASE) == (
        "ETCA-III-04_2024_programa_base_unidad_003.ismpaq"
    )


def test_a_hostile_dependency_code_still_makes_a_short_distinct_name() -> None:
    long_code, other = "8" * 5000, "8" * 4999 + "9"

    named = package_file_name(UNIT, 2024, Quarter.FIRST, BASE, long_code)
    slashed = package_file_name(UNIT, 2024, Quarter.FIRST, BASE, "../84")

    assert len(named) < 100
    assert named != package_file_name(UNIT, 2024, Quarter.FIRST, BASE, other)
    assert "/" not in slashed
    assert slashed.endswith("_unidad_003.ismpaq")
