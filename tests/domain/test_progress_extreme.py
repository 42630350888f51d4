"""The % de avance of figures at the edge of what is admitted: exact, never an arithmetic error.

Figures may reach 999,999,999,999.99 and carry six decimals (``domain.limits``), so NUM × DEN
× 100 over DEN × NUM can need more digits than Decimal's default 28; cut to hundredths
there, ``InvalidOperation`` was raised wherever the % was computed, judged or printed.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ism_desktop.domain.meta import Meta
from ism_desktop.domain.progress import (
    describe_progress,
    official_progress,
    progress_against_modified,
)
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import validate_meta
from ism_desktop.reports.number_format import format_progress
from tests.builders import meta, row

Q1 = Quarter.FIRST
TOP = "999999999999.99"
TINY = "0.000001"


def _typed(num_programmed: str, den_programmed: str, num: str, den: str) -> Meta:
    return meta(
        row([num_programmed, 1, 1, 1], achieved=[num, None, None, None]),
        row([den_programmed, 1, 1, 1], achieved=[den, None, None, None]),
    )


@pytest.mark.parametrize(
    ("num_programmed", "den_programmed", "num", "den", "expected"),
    [
        # A unit's typing on an ordinary programme (1 over 100,000,000): 30 digits.
        ("1", "100000000", TOP, TINY, "9999999999999900000000000000.00"),
        # The widest the limits allow: (10^12 - 0.01)^2 × 100 / 10^-12, 38 digits before the point.
        (TINY, TOP, TOP, TINY, "99999999999998000000000000010000000000.00"),
    ],
)
def test_the_widest_percentages_are_exact(
    num_programmed: str, den_programmed: str, num: str, den: str, expected: str
) -> None:
    typed = _typed(num_programmed, den_programmed, num, den)
    assert official_progress(typed, Q1) == Decimal(expected)
    assert progress_against_modified(typed, Q1) == Decimal(expected)


def test_the_widest_percentage_is_described_whole() -> None:
    typed = _typed("1", "100000000", TOP, TINY)
    assert describe_progress(typed, Q1) == "9999999999999900000000000000.00%"


def test_the_widest_percentage_prints_whole_in_the_reports() -> None:
    typed = _typed(TINY, TOP, TOP, TINY)
    assert format_progress(official_progress(typed, Q1)) == (
        "99999999999998000000000000010000000000.00%"
    )


def test_an_evaluation_quoting_a_percentage_is_judged_beside_the_widest() -> None:
    typed = replace(
        _typed(TINY, TOP, TOP, TINY),
        evaluations={Q1: "SE ALCANZÓ UN CUMPLIMIENTO DEL 99.5% DE LA META PROGRAMADA."},
    )
    findings = validate_meta(typed, Q1)
    assert "NARRATIVA_PORCENTAJE" in {finding.rule for finding in findings}
