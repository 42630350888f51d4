"""SI or NO as a person types it."""

from __future__ import annotations

import pytest

from ism_desktop.domain.typed_yes_no import read_yes_no


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("SI", True),
        ("si", True),
        (" Si ", True),
        ("Sí", True),
        ("SÍ", True),
        ("sí", True),
        ("Si\u0301", True),  # the accent apart from its i
        ("NO", False),
        (" no ", False),
        ("No", False),
    ],
)
def test_si_and_no_are_read_in_any_case_and_si_with_its_accent(typed: str, read: bool) -> None:
    assert read_yes_no(typed) is read


@pytest.mark.parametrize("typed", ["", "S", "N", "SÌ", "NÓ", "SII", "S I", "Sí.", "YES", "1"])
def test_anything_else_is_neither(typed: str) -> None:
    assert read_yes_no(typed) is None
