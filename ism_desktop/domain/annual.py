"""Annual figures: the sum of quarters (VAL. ACUM. SI) or the last programmed quarter (NO)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ism_desktop.domain.figures import ZERO

ANNUAL_RULE_ES = (
    "VAL. ACUM. SI: el anual es la suma de los cuatro trimestres. VAL. ACUM. NO: el anual es "
    "el último trimestre con valor programado."
)


def last_programmed_index(*rows: Sequence[Decimal | None]) -> int | None:
    """Index of the last quarter where any of the rows has a non-zero figure."""
    for index in range(3, -1, -1):
        if any((row[index] or ZERO) != ZERO for row in rows):
            return index
    return None


def expected_annual(
    quarters: Sequence[Decimal | None], cumulative: bool, *companions: Sequence[Decimal | None]
) -> Decimal:
    """The annual figure a row should carry.

    ``companions`` are the other rows of the same percentage meta (NUM with DEN): for VAL. ACUM.
    NO the annual pair comes from one quarter, the last where either of them is programmed.
    """
    if cumulative:
        return sum((value or ZERO for value in quarters), ZERO)
    index = last_programmed_index(quarters, *companions)
    if index is None:
        return ZERO
    return quarters[index] or ZERO


def achieved_to_date(
    achieved: Sequence[Decimal | None], cumulative: bool, through: int
) -> Decimal | None:
    """What has been achieved up to a quarter (``through`` zero-based); ``None`` if nothing yet."""
    reported = [value for value in achieved[: through + 1] if value is not None]
    if not reported:
        return None
    if cumulative:
        return sum(reported, ZERO)
    return reported[-1]
