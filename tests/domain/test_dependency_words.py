"""A unit named with its dependency only where the codes repeat across several."""

from __future__ import annotations

import pytest

from ism_desktop.domain.deadline import late_units_text
from ism_desktop.domain.dependency_words import (
    codes_by_dependency,
    dependency_order,
    of_dependency,
    with_dependency,
)

LATE = [("51", "003"), ("51", "004"), ("84", "001"), ("84", "003"), ("84", "005")]


@pytest.mark.parametrize(
    ("several", "beside", "in_a_sentence"),
    [
        (False, "003 CEDS", "003"),
        (True, "003 CEDS (dependencia 51)", "003 de la dependencia 51"),
    ],
)
def test_a_unit_says_its_dependency_only_among_several(
    several: bool, beside: str, in_a_sentence: str
) -> None:
    assert with_dependency("003 CEDS", "51", several) == beside
    assert of_dependency("003", "51", several) == in_a_sentence


def test_a_unit_of_no_dependency_says_so() -> None:
    assert with_dependency("004", "", True) == "004 (sin dependencia)"
    assert of_dependency("004", "", True) == "004 sin dependencia"


def test_codes_are_grouped_by_their_dependency() -> None:
    assert codes_by_dependency(LATE[:4], False) == "003, 004, 001, 003"
    assert codes_by_dependency(LATE[:4], True) == (
        "003, 004 de la dependencia 51; 001, 003 de la dependencia 84"
    )


def test_the_late_units_are_cut_after_three_either_way() -> None:
    assert late_units_text(LATE) == "003, 004, 001 y 2 más"
    assert late_units_text(LATE, several=True) == (
        "003, 004 de la dependencia 51; 001 de la dependencia 84 y 2 más"
    )
    assert late_units_text(LATE[:4], several=True) == (
        "003, 004 de la dependencia 51; 001, 003 de la dependencia 84"
    )


def test_dependencies_sort_as_numbers_however_long_their_codes() -> None:
    # 9 before 10, as a report lists them; a code of 5000 digits is a code like any other
    # (int() refuses a string of more than 4300 digits: the sort must not need it).
    huge = "9" * 5000
    codes = [huge, "10", "9", "", "099", "100"]

    assert sorted(codes, key=dependency_order) == ["", "9", "10", "099", "100", huge]
