"""Stable machine names of a meta's figures and texts, shared by validation and the audit trail."""

from __future__ import annotations

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.quarter import Quarter

_SERIES_NAME = {
    Series.ORIGINAL: "original",
    Series.MODIFIED: "modificado",
    Series.ACHIEVED: "realizado",
}


def figure_field(series: Series, quarter: Quarter | None, row: RowKind) -> str:
    """Machine name of a figure, e.g. ``realizado.t1.num`` or ``original.anual.den``."""
    where = "anual" if quarter is None else f"t{int(quarter)}"
    return f"{_SERIES_NAME[series]}.{where}.{row.value.lower()}"


def figure_label(series: Series, quarter: Quarter | None, row: RowKind) -> str:
    """Spanish name of a figure as a sentence quotes it, e.g. ``realizado T1 (NUM)``."""
    where = "anual" if quarter is None else f"T{int(quarter)}"
    return f"{_SERIES_NAME[series]} {where} ({row.value})"


def evaluation_field(quarter: Quarter) -> str:
    """Machine name of a quarter's qualitative evaluation, e.g. ``evaluacion.t1``."""
    return f"evaluacion.t{int(quarter)}"


def progress_field(quarter: Quarter) -> str:
    """Machine name of a quarter's official % de avance, e.g. ``avance.t1``."""
    return f"avance.t{int(quarter)}"


_FIELD_WORDS = {
    "original": "programado original",
    "modificado": "meta modificada",
    "realizado": "realizado",
    "evaluacion": "evaluación cualitativa",
    "avance": "% de avance",
}


def field_label(field: str) -> str:
    """A machine name as staff read it: ``modificado.t1.num`` → ``meta modificada T1 (NUM)``."""
    parts = field.split(".")
    words = _FIELD_WORDS.get(parts[0])
    if words is None or len(parts) not in (2, 3):
        return field
    where = "anual" if parts[1] == "anual" else parts[1].upper()
    row = f" ({parts[2].upper()})" if len(parts) == 3 else ""
    return f"{words} {where}{row}"
