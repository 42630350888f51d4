"""The year's closing states read as open units and closed pairs, by dependency."""

from __future__ import annotations

from ism_desktop.domain.closing_states import closed_in, left_open
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter

Q1, Q2 = Quarter.FIRST, Quarter.SECOND
U3, U4 = UnitCode("003"), UnitCode("004")
STATES = {("51", U3, Q1): True, ("84", U3, Q1): False, ("51", U4, Q2): True}


def test_a_unit_closed_in_one_dependency_is_still_open_in_the_other() -> None:
    assert left_open({("51", U3), ("84", U3)}, STATES, Q1) == (U3,)
    assert left_open({("51", U3)}, STATES, Q1) == ()


def test_a_pair_never_recorded_counts_as_open_and_codes_come_sorted() -> None:
    assert left_open({("51", U4), ("84", U3)}, STATES, Q1) == (U3, U4)


def test_closed_pairs_are_those_of_the_quarter_asked() -> None:
    assert closed_in(STATES, Q1) == frozenset({("51", U3)})
    assert closed_in(STATES, Q2) == frozenset({("51", U4)})
