"""Acciones added or renamed take their place by clave; the rest keep the order imported."""

from __future__ import annotations

from ism_desktop.domain.paimef.programme import AnnualProgramme
from tests.paimef_builders import action, programme


def _keys(value: AnnualProgramme) -> list[str]:
    return [a.key for a in value.actions]


def test_added_in_place_and_numbers_counted() -> None:
    value = programme().with_action(action("A.10", "A", "A-I", "1"), None)
    value = value.with_action(action("a.3", "A", "A-I", "1"), None)
    assert _keys(value) == ["A.1", "A.2", "a.3", "A.10", "B.1", "C.1"]


def test_edited_in_place_unless_its_clave_changed() -> None:
    value = programme()
    edited = value.with_action(action("A.1", "A", "A-II", "7"), "A.1")
    assert _keys(edited) == ["A.1", "A.2", "B.1", "C.1"]
    renamed = value.with_action(action("C.5", "C", "C-I", "7"), "A.1")
    assert _keys(renamed) == ["A.2", "B.1", "C.1", "C.5"]


def test_an_order_of_its_own_is_kept_around_the_new_one() -> None:
    # Imported C, A, B: the new B.2 goes after the last that sorts before it.
    value = programme(
        action("C.1", "C", "C-I", "1"),
        action("A.1", "A", "A-I", "1"),
        action("B.1", "B", "B-I", "1"),
    )
    assert _keys(value.with_action(action("B.2", "B", "B-I", "1"), None)) == [
        "C.1", "A.1", "B.1", "B.2",
    ]  # fmt: skip
