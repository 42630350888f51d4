"""What validation reports: a finding of one rule on one figure or text of one meta."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter


class Severity(StrEnum):
    """An error blocks the export of a package; a warning needs a justification or an ok."""

    ERROR = "error"
    WARNING = "aviso"

    @property
    def label(self) -> str:
        """The Spanish word shown to the user (``error`` or ``aviso``)."""
        return self.value


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule broken by one meta in the quarter being reported."""

    rule: str
    severity: Severity
    meta_id: str
    quarter: Quarter
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        """True when the finding blocks the export."""
        return self.severity is Severity.ERROR


_SERIES_FIELD = {
    Series.ORIGINAL: "original",
    Series.MODIFIED: "modificado",
    Series.ACHIEVED: "realizado",
}
_SERIES_LABEL = {
    Series.ORIGINAL: "original",
    Series.MODIFIED: "modificado",
    Series.ACHIEVED: "realizado",
}


def figure_field(series: Series, quarter: Quarter | None, row: RowKind) -> str:
    """Stable machine name of a figure, e.g. ``realizado.t1.num`` or ``original.anual.den``."""
    where = "anual" if quarter is None else f"t{int(quarter)}"
    return f"{_SERIES_FIELD[series]}.{where}.{row.value.lower()}"


def figure_label(series: Series, quarter: Quarter | None, row: RowKind) -> str:
    """Spanish name of a figure as a message quotes it, e.g. ``realizado T1 (NUM)``."""
    where = "anual" if quarter is None else f"T{int(quarter)}"
    return f"{_SERIES_LABEL[series]} {where} ({row.value})"


def evaluation_field(quarter: Quarter) -> str:
    """Machine name of a quarter's qualitative evaluation, e.g. ``evaluacion.t1``."""
    return f"evaluacion.t{int(quarter)}"


def progress_field(quarter: Quarter) -> str:
    """Machine name of a quarter's official % de avance, e.g. ``avance.t1``."""
    return f"avance.t{int(quarter)}"


def figure_text(value: Decimal) -> str:
    """A figure as the report's readers write it: ``978``, ``99.44``, ``-3``."""
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value.normalize():f}"


def percent_text(value: Decimal) -> str:
    """A percentage with two decimals, e.g. ``40.00 %``."""
    return f"{value:.2f} %"
