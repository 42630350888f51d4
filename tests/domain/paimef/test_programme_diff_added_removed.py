"""An acción added or removed is recorded with its name and amounts, not by its clave alone."""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.paimef.programme_diff import describe_changes
from tests.paimef_builders import action, programme

A1 = action("A.1", "A", "A-I", "30000.00")
B1 = action("B.1", "B", "B-II", "25000.00", exercised=Decimal("24999.99"))


def test_an_added_acción_says_what_it_programs() -> None:
    assert describe_changes(programme(A1), programme(A1, B1)) == [
        "Acción B.1 agregada: Acción B.1, $25,000.00 programados, $24,999.99 ejercidos."
    ]


def test_a_removed_acción_says_what_went_with_it() -> None:
    # «Acción B.1 eliminada.» alone: what it was, and its money, were nowhere in the history.
    assert describe_changes(programme(A1, B1), programme(A1)) == [
        "Acción B.1 eliminada: Acción B.1, $25,000.00 programados, $24,999.99 ejercidos."
    ]
