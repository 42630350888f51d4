"""A delivery date on a weekend or a day of descanso obligatorio is said, not refused."""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.deadline import non_working_note


@pytest.mark.parametrize(
    ("day", "note"),
    [
        (date(2025, 7, 12), "el 12/07/2025 es sábado"),
        (date(2025, 7, 13), "el 13/07/2025 es domingo"),
        (date(2025, 7, 14), None),
        (date(2025, 1, 1), "el 01/01/2025 es día de descanso obligatorio"),
        (
            date(2025, 2, 3),
            "el 03/02/2025 es día de descanso obligatorio "
            "(primer lunes de febrero, por el 5 de febrero)",
        ),
        (
            date(2024, 10, 1),
            "el 01/10/2024 es día de descanso obligatorio (transmisión del Poder Ejecutivo "
            "Federal)",
        ),
        (date(2025, 10, 1), None),
    ],
)
def test_the_note_of_a_delivery_date(day: date, note: str | None) -> None:
    assert non_working_note(day) == note
