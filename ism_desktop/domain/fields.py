"""Stable machine names of a meta's figures and texts, shared by validation and the audit trail."""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter

_SERIES_NAME = {
    Series.ORIGINAL: "original",
    Series.MODIFIED: "modificado",
    Series.ACHIEVED: "realizado",
}
_SERIES_BY_NAME = {name: series for series, name in _SERIES_NAME.items()}
_MODIFIED_PREFIX = _SERIES_NAME[Series.MODIFIED] + "."
_ANNUAL = "anual"
_EVALUATION = "evaluacion"
_PROGRESS = "avance"


@dataclass(frozen=True, slots=True)
class FieldRef:
    """One figure of a meta: its series, its quarter (``None``: the annual total) and its row.

    ``str()`` gives the stable key stored in the audit trail, e.g. ``realizado.t1.num``.
    """

    series: Series
    period: Quarter | None
    row: RowKind

    @classmethod
    def parse(cls, key: str) -> FieldRef | None:
        """The figure a stored key names, or ``None`` when the key names no figure."""
        parts = key.split(".")
        if len(parts) != 3 or parts[0] not in _SERIES_BY_NAME:
            return None
        where, row = parts[1], parts[2].upper()
        if row not in RowKind.__members__:
            return None
        if where == _ANNUAL:
            return cls(_SERIES_BY_NAME[parts[0]], None, RowKind(row))
        if len(where) != 2 or where[0] != "t" or where[1] not in "1234":
            return None
        return cls(_SERIES_BY_NAME[parts[0]], Quarter(int(where[1])), RowKind(row))

    @property
    def is_modified_target(self) -> bool:
        """Whether this is a figure of the modified target (changes need a reason)."""
        return self.series is Series.MODIFIED

    def __str__(self) -> str:
        where = _ANNUAL if self.period is None else f"t{int(self.period)}"
        return f"{_SERIES_NAME[self.series]}.{where}.{self.row.value.lower()}"


def figure_field(series: Series, quarter: Quarter | None, row: RowKind) -> str:
    """Machine name of a figure, e.g. ``realizado.t1.num`` or ``original.anual.den``."""
    return str(FieldRef(series, quarter, row))


def is_modified_target(key: str) -> bool:
    """Whether a stored field key names a figure of the modified target."""
    if not key.startswith(_MODIFIED_PREFIX):
        return False  # the usual answer, without parsing the key
    ref = FieldRef.parse(key)
    return ref is not None and ref.is_modified_target


# The 14 printed columns as (series, quarter), the quarter ``None`` for the annual column.
PRINTED_COLUMNS: tuple[tuple[Series, Quarter | None], ...] = (
    *((Series.ORIGINAL, q) for q in Quarter),
    (Series.ORIGINAL, None),
    *((Series.MODIFIED, q) for q in Quarter),
    (Series.MODIFIED, None),
    *((Series.ACHIEVED, q) for q in Quarter),
)


def figure_label(series: Series, quarter: Quarter | None, row: RowKind) -> str:
    """Spanish name of a figure as a sentence quotes it, e.g. ``realizado T1 (NUM)``."""
    return f"{column_label(series, quarter)} ({row.value})"


def column_label(series: Series, quarter: Quarter | None) -> str:
    """Spanish name of a column of the form, in any of its rows, e.g. ``realizado T1``."""
    where = "anual" if quarter is None else f"T{int(quarter)}"
    return f"{_SERIES_NAME[series]} {where}"


def evaluation_field(quarter: Quarter) -> str:
    """Machine name of a quarter's qualitative evaluation, e.g. ``evaluacion.t1``."""
    return f"{_EVALUATION}.t{int(quarter)}"


def evaluation_quarter(key: str) -> Quarter | None:
    """The quarter whose evaluation a stored key names, or ``None`` for any other key."""
    name, _, where = key.partition(".t")
    if name != _EVALUATION or where not in ("1", "2", "3", "4"):
        return None
    return Quarter(int(where))


def field_label(key: str) -> str:
    """A stored field key as staff read it: ``modificado.t1.num`` → ``modificado T1 (NUM)``.

    A key this program does not know is shown as it is.
    """
    ref = FieldRef.parse(key)
    if ref is not None:
        where = "anual" if ref.period is None else f"T{int(ref.period)}"
        return f"{_SERIES_WORDS[ref.series]} {where} ({ref.row.value})"
    quarter = evaluation_quarter(key)
    if quarter is not None:
        return f"evaluación cualitativa T{int(quarter)}"
    name, _, where = key.partition(".t")
    if name == _PROGRESS and where in ("1", "2", "3", "4"):
        return f"% de avance T{where}"
    return key


# The series as the form's headings name them, for people (the keys above are for machines).
# «MODIFICADO», as the request's box, the board and the coordinator's list say it too: the
# history said «meta modificada T1» of the figure the rest call «Modificado T1».
_SERIES_WORDS = {
    Series.ORIGINAL: "programado original",
    Series.MODIFIED: "modificado",
    Series.ACHIEVED: "realizado",
}


def progress_field(quarter: Quarter) -> str:
    """Machine name of a quarter's official % de avance, e.g. ``avance.t1``."""
    return f"{_PROGRESS}.t{int(quarter)}"
