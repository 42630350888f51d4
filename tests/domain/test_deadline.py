"""Delivery dates: a package that came after its due date, read on this PC's calendar."""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.deadline import arrived_late, countdown_text

DUE = date(2024, 4, 15)


@pytest.mark.parametrize(
    ("received_at", "late"),
    [
        ("2024-04-14T10:00:00", False),
        ("2024-04-15T23:59:00", False),  # on the day itself, this PC's day (no offset: local)
        ("2024-04-16T00:01:00", True),
        ("2026-01-09T12:00:00+00:00", True),
        ("no es una fecha", False),  # nothing to say it came late
    ],
)
def test_a_package_is_late_when_it_came_after_the_due_day(received_at: str, late: bool) -> None:
    assert arrived_late(DUE, received_at) is late


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (date(2024, 4, 10), "faltan 5 días"),
        (date(2024, 4, 14), "falta 1 día"),
        (date(2024, 4, 15), "vence hoy"),
        # It follows «Entrega del trimestre 1: 15/04/2024» and «Fecha de entrega: …», both
        # feminine: «atrasado 3 días» agreed with neither.
        (date(2024, 4, 16), "1 día de atraso"),
        (date(2024, 4, 18), "3 días de atraso"),
    ],
)
def test_the_countdown_reads_after_a_delivery_date(today: date, said: str) -> None:
    assert countdown_text(DUE, today) == said


def test_no_unit_missing_is_said_as_the_board_says_it() -> None:
    # «(entregado)» on the coordinator's PC read as its own report sent.
    assert countdown_text(DUE, date(2024, 4, 18), delivered=True) == "todas las unidades al día"
