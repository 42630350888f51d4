"""Small builders of domain values for tests: a meta from short literal rows."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ism_desktop.domain.codes import ActivityCode, ProgrammeCode, UnitCode
from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.meta import Meta, MetaKey, MetaKind
from ism_desktop.domain.quarter import Quarter

Figure = int | float | str | None


def dec(value: Figure) -> Decimal | None:
    """A literal as an exact Decimal (``str`` of floats, so 84.55 stays 84.55)."""
    return None if value is None else Decimal(str(value))


def row(
    original: Sequence[Figure],
    modified: Sequence[Figure] | None = None,
    achieved: Sequence[Figure] = (None, None, None, None),
    original_annual: Figure = None,
    modified_annual: Figure = None,
) -> FigureRow:
    """A figure row; annual figures default to the sum of the quarters."""
    modified = original if modified is None else modified

    def total(values: Sequence[Figure], given: Figure) -> Figure:
        if given is not None:
            return given
        return str(sum((Decimal(str(v or 0)) for v in values), Decimal(0)))

    columns = [
        *original,
        total(original, original_annual),
        *modified,
        total(modified, modified_annual),
        *achieved,
    ]
    return FigureRow.from_columns([dec(value) for value in columns])


def meta(
    num: FigureRow,
    den: FigureRow | None = None,
    *,
    met: FigureRow | None = None,
    cumulative: bool = True,
    unit_of_measure: str = "EVENTO",
    description: str = "META DE PRUEBA",
    unit: str = "004",
    programme: str = "E306E05",
    activity: str = "668",
    evaluations: dict[Quarter, str] | None = None,
) -> Meta:
    """A meta: tipo P when ``den`` is given (MET defaults to NUM/DEN × 100), else tipo A."""
    kind = MetaKind.PERCENTAGE if den is not None else MetaKind.ABSOLUTE
    if met is None:
        met = num if den is None else _percent_row(num, den)
    return Meta(
        key=MetaKey(
            "30", UnitCode(unit), ProgrammeCode(programme), ActivityCode(activity), description
        ),
        unit_of_measure=unit_of_measure,
        kind=kind,
        cumulative=cumulative,
        met=met,
        num=num,
        den=den,
        evaluations=evaluations or {},
    )


def _percent_row(num: FigureRow, den: FigureRow) -> FigureRow:
    values: list[Decimal | None] = []
    for n, d in zip(num.columns(), den.columns(), strict=True):
        if n is None or d is None:
            values.append(None)
        else:
            values.append(Decimal(0) if d == 0 else (n * 100 / d).quantize(Decimal("0.01")))
    return FigureRow.from_columns(values)
