"""One printed row of a meta (MET, NUM or DEN): original, modified and achieved figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.slot_setters import slot_setters

Quad = tuple[Decimal, Decimal, Decimal, Decimal]
AchievedQuad = tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None]
ZERO = Decimal(0)


class Series(StrEnum):
    """The three families of columns on the form."""

    ORIGINAL = "original"
    MODIFIED = "modificado"
    ACHIEVED = "realizado"

    @property
    def label(self) -> str:
        """Column title as the form prints it."""
        return _SERIES_LABELS[self]


_SERIES_LABELS = {
    Series.ORIGINAL: "PROGRAMADO ORIGINAL",
    Series.MODIFIED: "MODIFICADO",
    Series.ACHIEVED: "REALIZADO",
}


class RowKind(StrEnum):
    """The data rows of a meta: the target itself, its numerator and its denominator."""

    MET = "MET"
    NUM = "NUM"
    DEN = "DEN"


def _quad(values: Sequence[Decimal]) -> Quad:
    return (values[0], values[1], values[2], values[3])


def _achieved_quad(values: Sequence[Decimal | None]) -> AchievedQuad:
    return (values[0], values[1], values[2], values[3])


@dataclass(frozen=True, slots=True, init=False)
class FigureRow:
    """The 14 figures of one row; achieved is ``None`` where not yet reported (not zero)."""

    original: Quad
    original_annual: Decimal
    modified: Quad
    modified_annual: Decimal
    achieved: AchievedQuad

    COLUMN_COUNT: ClassVar[int] = 14

    def __init__(
        self,
        original: Quad,
        original_annual: Decimal,
        modified: Quad,
        modified_annual: Decimal,
        achieved: AchievedQuad,
    ) -> None:
        # What the generated __init__ does, through each slot's own setter (``slot_setters``):
        # readers and the store make a row for each of thousands.
        _SET_ORIGINAL(self, original)
        _SET_ORIGINAL_ANNUAL(self, original_annual)
        _SET_MODIFIED(self, modified)
        _SET_MODIFIED_ANNUAL(self, modified_annual)
        _SET_ACHIEVED(self, achieved)

    @classmethod
    def from_columns(cls, columns: Sequence[Decimal | None]) -> FigureRow:
        """Build from the 14 columns in the form's order; planned figures may not be ``None``."""
        if len(columns) != cls.COLUMN_COUNT:
            raise ValueError(f"se esperaban {cls.COLUMN_COUNT} cifras, hay {len(columns)}")
        c = [ZERO if value is None else value for value in columns[:10]]
        return cls(
            (c[0], c[1], c[2], c[3]),
            c[4],
            (c[5], c[6], c[7], c[8]),
            c[9],
            (columns[10], columns[11], columns[12], columns[13]),
        )

    @classmethod
    def from_printed(cls, columns: Sequence[Decimal], reported: Quarter) -> FigureRow:
        """Build from a printed row: a 0 achieved after the reported quarter means unreported.

        A non-zero figure there is kept as printed, so that validation can point at it.
        """
        if len(columns) != cls.COLUMN_COUNT:
            raise ValueError(f"se esperaban {cls.COLUMN_COUNT} cifras, hay {len(columns)}")
        # Unrolled: a state report builds 11,000 rows (a quarter is an int: no enum lookups).
        last = reported - 1
        first, second, third, fourth = columns[10:14]
        return cls(
            (columns[0], columns[1], columns[2], columns[3]),
            columns[4],
            (columns[5], columns[6], columns[7], columns[8]),
            columns[9],
            (
                first,
                second if last >= 1 or second != ZERO else None,
                third if last >= 2 or third != ZERO else None,
                fourth if last >= 3 or fourth != ZERO else None,
            ),
        )

    def columns(self) -> tuple[Decimal | None, ...]:
        """The 14 figures in the form's column order."""
        return (
            *self.original,
            self.original_annual,
            *self.modified,
            self.modified_annual,
            *self.achieved,
        )

    def quarters(self, series: Series) -> tuple[Decimal | None, ...]:
        """The four quarterly figures of one series."""
        if series is Series.ORIGINAL:
            return self.original
        if series is Series.MODIFIED:
            return self.modified
        return self.achieved

    def value(self, series: Series, quarter: Quarter) -> Decimal | None:
        """One quarterly figure."""
        return self.quarters(series)[quarter.index]

    def with_achieved(self, quarter: Quarter, value: Decimal | None) -> FigureRow:
        """A copy with one achieved figure replaced."""
        achieved = list(self.achieved)
        achieved[quarter.index] = value
        return FigureRow(
            self.original,
            self.original_annual,
            self.modified,
            self.modified_annual,
            _achieved_quad(achieved),
        )

    def with_modified(self, quarter: Quarter, value: Decimal, annual: Decimal) -> FigureRow:
        """A copy with one modified quarter and the modified annual replaced."""
        modified = list(self.modified)
        modified[quarter.index] = value
        return replace(self, modified=_quad(modified), modified_annual=annual)


_SET_ORIGINAL, _SET_ORIGINAL_ANNUAL, _SET_MODIFIED, _SET_MODIFIED_ANNUAL, _SET_ACHIEVED = (
    slot_setters(
        FigureRow, "original", "original_annual", "modified", "modified_annual", "achieved"
    )
)
