"""The machine-readable form of a report: plain JSON types, figures computed by the domain."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ism_desktop.domain.figures import FigureRow
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.progress import official_progress, progress_against_modified
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport

JsonDict = dict[str, Any]


def _number(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _row(row: FigureRow | None) -> list[float | int | None] | None:
    return None if row is None else [_number(value) for value in row.columns()]


def meta_to_json(meta: Meta, quarter: Quarter) -> JsonDict:
    """One meta with its rows, its official % per reported quarter and its narratives."""
    reported = [q for q in Quarter if q <= quarter]
    return {
        "id": meta.stable_id,
        "dependencia": meta.key.entity,
        "unidad": meta.key.unit.value,
        "programa": meta.key.programme.value,
        "proceso": meta.key.activity.value,
        "descripcion": meta.description,
        "unidad_medida": meta.unit_of_measure,
        "tipo": meta.kind.value,
        "acumulable": meta.cumulative,
        "met": _row(meta.met),
        "num": _row(meta.num),
        "den": _row(meta.den),
        "avance": {
            str(int(q)): _number(value)
            for q in reported
            if (value := official_progress(meta, q)) is not None
        },
        "avance_modificado": {
            str(int(q)): _number(value)
            for q in reported
            if (value := progress_against_modified(meta, q)) is not None
        },
        "evaluacion": {
            str(int(q)): text for q, text in sorted(meta.evaluations.items()) if q <= quarter
        },
    }


def report_to_json(report: ProgressReport) -> JsonDict:
    """The whole report as ``{"ejercicio", "trimestre", "metas": [...]}`` in report order."""
    return {
        "ejercicio": report.year,
        "trimestre": int(report.quarter),
        "entidad": {"clave": report.entity.code, "nombre": report.entity.name},
        "metas": [meta_to_json(meta, report.quarter) for meta in report.metas],
    }
