"""A package's moment is one our exports write: ISO to the second, of a year from 2000 to 2100."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ism_desktop.domain.package_moment import moment_problem
from tests.hostile.generators import hostile_moments

# How every version of ours wrote a moment: the PC's time in its zone, to the second.
WRITTEN = [
    datetime(2024, 4, 10, 9, 30, tzinfo=timezone(timedelta(hours=-7))),
    datetime(2024, 4, 10, 9, 30, tzinfo=timezone(timedelta(hours=-6))),
    datetime(2000, 1, 1, 0, 0, tzinfo=UTC),
    datetime(2100, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=14))),
    datetime(2024, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))),
]


@pytest.mark.parametrize("moment", WRITTEN, ids=str)
def test_a_moment_as_our_exports_write_it_is_taken(moment: datetime) -> None:
    assert moment_problem(moment.isoformat(timespec="seconds")) is None


def test_a_moment_without_its_offset_is_taken_as_local() -> None:
    assert moment_problem("2025-01-10T09:00:00") is None


@pytest.mark.parametrize(("case", "text"), list(hostile_moments()), ids=lambda v: str(v)[:20])
def test_any_other_text_is_refused_quoted_short_and_printable(case: str, text: str) -> None:
    problem = moment_problem(text)

    assert problem is not None, case
    assert problem.isprintable()
    assert len(problem) < 140


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NaN",
            "«NaN» no es una fecha y hora (AAAA-MM-DDTHH:MM:SS±HH:MM, como la escribe ISM Avance)",
        ),
        (
            "9999-12-31T23:59:59+14:00",
            "«9999-12-31T23:59:59+14:00» está fuera de los años 2000–2100",
        ),
        ("2024-02-30T09:30:00-07:00", "«2024-02-30T09:30:00-07:00» no existe en el calendario"),
        (
            "2024-04-10T09:30:00+15:00",
            "«2024-04-10T09:30:00+15:00» tiene una diferencia horaria que ningún lugar tiene",
        ),
    ],
)
def test_the_refusal_says_what_is_wrong(text: str, expected: str) -> None:
    assert moment_problem(text) == expected
