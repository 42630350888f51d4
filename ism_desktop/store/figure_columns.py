"""How a figure row maps to table columns; Decimals are kept as TEXT so no digit is lost."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from ism_desktop.domain.figures import FigureRow

FIGURE_COLUMNS: tuple[str, ...] = (
    *(f"original_q{q}" for q in range(1, 5)),
    "original_annual",
    *(f"modified_q{q}" for q in range(1, 5)),
    "modified_annual",
    *(f"achieved_q{q}" for q in range(1, 5)),
)


def row_to_values(row: FigureRow) -> tuple[str | None, ...]:
    """The 14 column values of a row, in ``FIGURE_COLUMNS`` order."""
    # A list comprehension: a generator costs a third more, and this runs 11,000 times a report.
    return tuple([None if value is None else str(value) for value in row.columns()])


def row_from_values(values: Sequence[str | None] | Mapping[str, str | None]) -> FigureRow:
    """Rebuild a row from the 14 stored column values."""
    if isinstance(values, Mapping):
        values = [values[name] for name in FIGURE_COLUMNS]
    return FigureRow.from_columns(
        [None if value is None else Decimal(str(value)) for value in values]
    )
