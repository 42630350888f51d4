"""``datos.json`` of a unit's package: its metas, narratives, justifications and history.

Each meta is the ``dump`` form of ``report_json.meta_to_json`` (stable identity, the 14 figures
of every row with ``null`` for a figure not reported yet, the official % and the narratives),
plus what only the package carries: the audited changes (a sitting's autosaves of a field
joined), the reasons for changed targets and the validation warnings with the unit's
justification.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.history_runs import sitting_runs
from ism_desktop.domain.progress import PROGRESS_RULE_ES
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.report_through import reported_after
from ism_desktop.exchange.export.check import CheckedJustification, ExportCheck
from ism_desktop.exchange.package.manifest import PACKAGE_FORMAT_VERSION
from ism_desktop.exchange.report_json import JsonDict, meta_to_json
from ism_desktop.store.meta_edit_repository import MetaEditRepository


def _history(
    edits: MetaEditRepository, year: int, meta_id: str, quarter: Quarter
) -> list[JsonDict]:
    # Drafts of later quarters (typed after a sent quarter was reopened) are not this package's.
    entries = [
        entry
        for entry in edits.history(year, meta_id)
        if not reported_after(entry.change.field, quarter)
    ]
    rows = []
    # A sitting's autosaves of a field as one change (the database keeps each): a long
    # evaluation's hundreds of whole copies made a package too big to deliver.
    for run in sitting_runs(entries):
        entry = run.entry
        row: JsonDict = {
            "fecha": entry.at,
            "perfil": entry.author.profile,
            "usuario": entry.author.os_user,
            "campo": entry.change.field,
            "etiqueta": entry.change.label,
            "antes": entry.change.old,
            "despues": entry.change.new,
        }
        if run.saves > 1:
            row["desde"], row["guardados"] = run.since, run.saves
        rows.append(row)
    return rows


def _target_changes(edits: MetaEditRepository, year: int, meta_id: str) -> list[JsonDict]:
    return [
        {
            "fecha": change.at,
            "perfil": change.author.profile,
            "usuario": change.author.os_user,
            "campo": change.field,
            "antes": change.old,
            "despues": change.new,
            "motivo": change.reason.text,
            "documento": change.reason.document,
        }
        for change in edits.target_changes(year, meta_id)
    ]


def _answer_json(answer: CheckedJustification) -> JsonDict:
    """A warning's justification; «respondia» only when known (older versions lack it)."""
    given: JsonDict = {
        "texto": answer.text,
        "autor": answer.author,
        "fecha": answer.at,
        "enterado": answer.acknowledged_only,
    }
    if answer.answered is not None:
        # What it answered: the coordinator counts it only while the warning reads the same.
        given["respondia"] = list(answer.answered)
    return given


def _named(pairs: Iterable[tuple[str, str]]) -> list[JsonDict]:
    return [{"clave": code, "nombre": name} for code, name in sorted(set(pairs))]


def package_data(
    report: ProgressReport,
    unit: UnitCode,
    quarter: Quarter,
    edits: MetaEditRepository,
    check: ExportCheck,
) -> dict[str, Any]:
    """The whole data file of one unit's package, as plain JSON types."""
    metas = report.metas_of(unit)
    entity = metas[0].key.entity if metas else report.entity.code
    catalogue = report.catalogue
    items = []
    for meta in metas:
        item = meta_to_json(meta, quarter)
        item["historial"] = _history(edits, report.year, meta.stable_id, quarter)
        item["cambios_meta_modificada"] = _target_changes(edits, report.year, meta.stable_id)
        item["avisos"] = [
            {
                "regla": warning.rule,
                "campo": warning.field,
                "mensaje": warning.message,
                "justificacion": None
                if warning.justification is None
                else _answer_json(warning.justification),
            }
            for warning in check.warnings_of(meta.stable_id)
        ]
        items.append(item)
    return {
        "version_formato": PACKAGE_FORMAT_VERSION,
        "ejercicio": report.year,
        "trimestre": int(quarter),
        "entidad": {"clave": entity, "nombre": catalogue.entities.get(entity, report.entity).name},
        "unidad": {"clave": unit.value, "nombre": catalogue.unit_name(entity, unit)},
        "catalogo": {
            "programas": _named(
                (m.key.programme.value, catalogue.programme_name(entity, m.key.programme))
                for m in metas
            ),
            "procesos": _named(
                (m.key.activity.value, catalogue.activity_name(entity, m.key.activity))
                for m in metas
            ),
        },
        "regla_avance": PROGRESS_RULE_ES,
        "metas": items,
    }
