"""A unit's report package at the coordinating unit: judged against its programme, then planned.

Only the unit's own metas, and in them only what a unit reports, may change: achieved figures,
narratives and justifications. Modified targets that differ become requests the coordinator
decides on; a different original programme refuses the package.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ism_desktop.domain.audit import Author, FieldChange, os_user
from ism_desktop.domain.fields import FieldRef, evaluation_quarter
from ism_desktop.domain.intake import ReportEdit, ReportIntake
from ism_desktop.domain.justification_history import answer_text, justification_label
from ism_desktop.domain.limits import MAX_REASON_CHARS, field_text_problem
from ism_desktop.domain.local_time import instant
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_author import WORKBOOK, package_author, sending_said
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_merge import (
    programme_mismatches,
    reported_only,
    requested_target_changes,
    with_reported,
)
from ism_desktop.domain.package_records import PcIdentity, TargetChangeRequest
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.exchange.intake.diff import ChangeKind, DiffLine, MetaDiff, PackageDiff
from ism_desktop.exchange.intake.missing_programme import missing_programme
from ism_desktop.exchange.intake.receiver import IntakeOptions, received_record
from ism_desktop.exchange.intake.replaced_here import replaced_here
from ism_desktop.exchange.intake.review_errors import errors_in
from ism_desktop.exchange.package.data_reader import (
    MAX_TEXT,
    DataReader,
    meta_from_json,
    unique_metas,
)
from ism_desktop.exchange.package.manifest import shown_name
from ism_desktop.exchange.package.reader import PackageContents
from ism_desktop.store.store import Store

_RULE = re.compile(r"[A-Z0-9_]{1,64}")
# Read once: on Python 3.11 naming an enum's member goes through the enum class's
# ``__getattr__`` hook, and every change of every received meta is given its kind.
_NARRATIVE, _FIGURE = ChangeKind.NARRATIVE, ChangeKind.FIGURE


def _justifications(
    reader: DataReader, item: Mapping[str, Any], meta: Meta, contents: PackageContents
) -> tuple[list[Justification], int, int]:
    """The justifications the unit gave, and how many warnings it declared, how many unanswered."""
    given_warnings = item.get("avisos", [])
    if type(given_warnings) is list and not given_warnings:
        return [], 0, 0  # the usual case: no warning, and no message to build for one
    manifest = contents.manifest
    found: dict[str, Justification] = {}
    name = shown_name(meta.description, 60)
    what = f"un aviso de la meta «{name}»"
    warnings = reader.items(given_warnings, what, limit=500)
    unanswered = 0
    for warning in warnings:
        given = warning.get("justificacion")
        if given is None:
            unanswered += 1
            continue
        rule = reader.text(reader.field(warning, "regla", what), f"la regla de {what}", 64)
        if not _RULE.fullmatch(rule):
            raise reader.refuse(f"la regla de {what} no es válida")
        answer = reader.mapping(given, f"la justificación de {what}")
        key = JustificationKey(manifest.year, meta.stable_id, manifest.quarter, rule)
        author = reader.text(answer.get("autor"), f"el autor de {what}", 200, empty=False)
        at = reader.moment(answer.get("fecha"), f"la fecha de {what}")
        answered = answer.get("respondia")  # absent from packages of older versions
        if answered is not None:
            answered = _answered(reader, answered, what)
        if reader.flag(answer.get("enterado", False), f"la justificación de {what}"):
            justification = Justification.acknowledged(key, author, at, answered)
        else:
            text = reader.text(
                answer.get("texto"), f"la justificación de {what}", MAX_TEXT, empty=False
            )
            justification = Justification.justified(key, text, author, at, answered)
        # One answer per warning (a rule): the same one repeated is one; two different ones
        # would leave one of them dropped without a word.
        if found.setdefault(rule, justification) != justification:
            raise reader.refuse(
                f"la meta «{name}» trae dos justificaciones distintas del mismo aviso (regla "
                f"{rule}); cada aviso lleva una sola"
            )
    return list(found.values()), len(warnings), unanswered


def _answered(reader: DataReader, given: Any, what: str) -> tuple[str, ...]:
    """The messages a justification answered, checked for shape and length only."""
    # Not refused for its characters: a message may quote any character of its narrative (it
    # is compared as sent, and made readable where it is shown).
    if (
        type(given) is not list
        or len(given) > 500
        or not all(type(message) is str and len(message) <= MAX_TEXT for message in given)
    ):
        raise reader.refuse(
            f"la lista de avisos a los que respondía la justificación de {what} no es válida"
        )
    return tuple(given)


def _reasons(
    reader: DataReader, item: Mapping[str, Any], meta: Meta
) -> dict[str, tuple[str, str, str]]:
    """Per modified field, the unit's latest reason, document and date for changing it."""
    given = item.get("cambios_meta_modificada", [])
    if type(given) is list and not given:
        return {}  # the usual case: no change asked, and no message to build for one
    name = shown_name(meta.description, 60)
    what = f"el historial de cambios de la meta «{name}»"
    # Each text named: a motivo is what the person pasted, and can be found and fixed by name.
    field = f"de un cambio de meta modificada de la meta «{name}»"
    reasons: dict[str, tuple[str, str, str]] = {}
    for change in reader.items(given, what, limit=10_000):
        # A document as any path stores it: a coordinating unit's package of the unit carries
        # those of its approvals, longer than a unit types.
        for key, limit in (("motivo", MAX_TEXT), ("documento", MAX_REASON_CHARS)):
            text = change.get(key, "")
            if isinstance(text, str) and (problem := field_text_problem(text, limit)):
                raise reader.refuse(f"el {key} {field} {problem}")
        reasons[reader.text(change.get("campo"), f"el campo {field}", 64)] = (
            reader.text(change.get("motivo", ""), f"el motivo {field}", MAX_TEXT),
            reader.text(change.get("documento", ""), f"el documento {field}", MAX_REASON_CHARS),
            # Stored as when the unit asked: a moment as our exports write one, or none.
            reader.moment(change.get("fecha", ""), f"la fecha {field}", empty=True),
        )
    return reasons


def _annual_asked_at(
    annual: FieldChange,
    asked: Sequence[FieldChange],
    reasons: Mapping[str, tuple[str, str, str]],
) -> str | None:
    """When the unit asked the quarters an annual follows from: the last of them (or ``None``).

    A unit records its reason for the quarter it changed, not for the annual that follows:
    the annual was asked when its row's quarters were, not when the package was made.
    """
    ref = FieldRef.parse(annual.field)
    if ref is None or ref.period is not None:
        return None
    dates = [
        reasons[change.field][2]
        for change in asked
        if change.field in reasons
        and (quarter := FieldRef.parse(change.field)) is not None
        and quarter.period is not None
        and (quarter.series, quarter.row) == (ref.series, ref.row)
    ]
    return max((at for at in dates if at), key=instant, default=None)


def _requests(
    contents: PackageContents,
    meta: Meta,
    asked: Sequence[FieldChange],
    reasons: Mapping[str, tuple[str, str, str]],
) -> list[TargetChangeRequest]:
    manifest = contents.manifest
    requests = []
    for change in asked:
        reason, document, at = reasons.get(change.field, ("", "", manifest.created_at))
        if change.field not in reasons and (asked_at := _annual_asked_at(change, asked, reasons)):
            at = asked_at
        requests.append(
            TargetChangeRequest(
                year=manifest.year,
                entity=manifest.entity,
                unit=manifest.unit,
                meta_id=meta.stable_id,
                field=change.field,
                label=change.label,
                current=change.old,
                requested=change.new,
                reason=reason,
                document=document,
                requested_at=at,
                sequence=manifest.sequence,
            )
        )
    return requests


def _justification_lines(
    before: Mapping[JustificationKey, Justification],
    after: Mapping[JustificationKey, Justification],
) -> list[DiffLine]:
    lines = []
    for key in sorted(set(before) | set(after)):
        old, new = answer_text(before.get(key)), answer_text(after.get(key))
        if old != new:
            # The rule's title, as the unit saw the warning (as the meta's history names it).
            label = justification_label(key)
            lines.append(
                DiffLine(ChangeKind.JUSTIFICATION, f"justificacion.{key.rule}", label, old, new)
            )
    return lines


@dataclass
class _Plan:
    """What the metas of the package add up to, filled meta by meta."""

    edits: list[ReportEdit] = field(default_factory=list)
    diffs: list[MetaDiff] = field(default_factory=list)
    requests: list[TargetChangeRequest] = field(default_factory=list)
    after: dict[str, Meta] = field(default_factory=dict)
    justifications: dict[JustificationKey, Justification] = field(default_factory=dict)
    # The warnings the unit's own validation found, and those it left without an answer.
    warnings: int = 0
    unresolved: int = 0


def _judge_meta(
    reader: DataReader,
    contents: PackageContents,
    item: Mapping[str, Any],
    meta: Meta,
    programme: Mapping[str, Meta],
) -> Meta:
    """The stored meta this incoming one updates, refusing it if it may not."""
    manifest = contents.manifest
    if meta.key.unit.value != manifest.unit.value or meta.key.entity != manifest.entity:
        name = shown_name(meta.description, 60)
        raise reader.refuse(f"la meta «{name}» no pertenece a la unidad {manifest.unit}")
    before = programme.get(meta.stable_id)
    if before is None:
        name = shown_name(meta.description, 60)
        raise reader.refuse(
            f"la meta «{name}» no existe en el programa {manifest.year} de la unidad "
            f"{manifest.unit} que tiene esta base de datos"
        )
    mismatch = programme_mismatches(before, meta)
    if mismatch:
        first, name = mismatch[0], shown_name(meta.description, 60)
        raise reader.refuse(
            f"la meta «{name}» cambia el programa ({first.label}: {first.old} → {first.new}); "
            "un paquete de unidad no puede cambiarlo"
        )
    return before


@dataclass(frozen=True)
class _Known:
    """What this database already holds for the unit, by meta: justifications, pending requests."""

    justifications: Mapping[str, Mapping[JustificationKey, Justification]]
    requests: Mapping[str, Mapping[str, TargetChangeRequest]]


def _known(store: Store, contents: PackageContents, meta_ids: Collection[str]) -> _Known:
    """Read once for the package and grouped by meta, so each meta looks only at its own."""
    manifest = contents.manifest
    justifications: dict[str, dict[JustificationKey, Justification]] = {}
    for item in store.justifications.for_metas(manifest.year, manifest.quarter, meta_ids):
        justifications.setdefault(item.key.meta_id, {})[item.key] = item
    requests: dict[str, dict[str, TargetChangeRequest]] = {}
    for request in store.target_requests.pending(manifest.year, manifest.unit):
        if request.entity == manifest.entity:
            requests.setdefault(request.meta_id, {})[request.field] = request
    return _Known(justifications, requests)


def _request_lines(known: _Known, meta_id: str, asked: Sequence[FieldChange]) -> list[DiffLine]:
    """Requests that are new or different, and pending ones the package withdraws."""
    pending = known.requests.get(meta_id, {})
    lines = [
        DiffLine.of(ChangeKind.REQUEST, change, applied=False)
        for change in asked
        if (request := pending.get(change.field)) is None or request.requested != change.new
    ]
    fields = {change.field for change in asked}
    lines += [
        DiffLine(
            ChangeKind.REQUEST, field, f"Solicitud retirada: {request.label}", request.requested, ""
        )
        for field, request in pending.items()
        if field not in fields
    ]
    return lines


def _plan_meta(
    plan: _Plan,
    reader: DataReader,
    contents: PackageContents,
    item: Mapping[str, Any],
    incoming: Meta,
    before: Meta,
    known: _Known,
) -> None:
    meta_id, quarter = incoming.stable_id, contents.manifest.quarter
    after = with_reported(before, incoming, quarter)
    plan.after[meta_id] = after
    given, warnings, unanswered = _justifications(reader, item, incoming, contents)
    justifications = {j.key: j for j in given}
    plan.justifications.update(justifications)
    plan.warnings += warnings
    plan.unresolved += unanswered
    asked = requested_target_changes(before, incoming)
    plan.requests += _requests(contents, incoming, asked, _reasons(reader, item, incoming))
    edit = ReportEdit(before, after)
    changes = reported_only(edit.changes)
    if changes:
        plan.edits.append(edit)
    lines = [DiffLine.of(_kind(c), c) for c in changes]
    # Most metas ask for no change and carry no justification, here or in the database.
    if asked or meta_id in known.requests:
        lines += _request_lines(known, meta_id, asked)
    stored = known.justifications.get(meta_id)
    if justifications or stored:
        lines += _justification_lines(stored or {}, justifications)
    if lines:
        unit = incoming.key.unit.value
        plan.diffs.append(MetaDiff(meta_id, unit, incoming.description, tuple(lines)))


def plan_report(
    store: Store,
    contents: PackageContents,
    options: IntakeOptions,
    identity: PcIdentity | None,
    previous: int | None,
) -> tuple[ReportIntake, PackageDiff]:
    """Judge a unit's report against the programme; what applying it would write and change.

    Raises:
        PackageRefusedError: no programme for the unit, a meta of another unit or unknown, or a
            change to the programme.
    """
    manifest, reader = contents.manifest, DataReader(contents.source)
    unit, year, quarter = manifest.unit, manifest.year, manifest.quarter
    programme = {m.stable_id: m for m in store.reports.load_unit_metas(year, manifest.entity, unit)}
    if not programme:
        raise reader.refuse(missing_programme(store, manifest))
    items = reader.items(reader.field(contents.data, "metas", "datos.json"), "la lista de metas")
    if not items:
        # Every unit's export holds its metas: received, it would close the quarter on nothing.
        raise reader.refuse(f"el paquete no trae ninguna meta de la unidad {unit}")
    incoming = unique_metas(reader, [meta_from_json(reader, item, quarter) for item in items])
    known = _known(store, contents, incoming.keys())
    plan = _Plan()
    for item, meta in zip(items, incoming.values(), strict=True):
        before = _judge_meta(reader, contents, item, meta, programme)
        _plan_meta(plan, reader, contents, item, meta, before, known)
    received = received_record(
        manifest,
        contents.source,
        contents.sha256,
        options,
        metas=len(incoming),
        changed=len(plan.diffs),
        warnings=(plan.warnings, plan.unresolved),
    )
    intake = ReportIntake(
        received=received,
        # Said in words where it shows (history, «Cerrado el … (…)»), as the unit's export is.
        author=Author(package_author(str(unit), manifest.sequence, received.file_name), os_user()),
        edits=tuple(plan.edits),
        justified_metas=frozenset(incoming),
        justifications=tuple(plan.justifications.values()),
        requests=tuple(plan.requests),
        identity=identity,
    )
    notes = contents.notes + tuple(
        f"el paquete no trae la meta «{shown_name(meta.description, 60)}»; se conserva como está"
        for meta in programme.values()
        if meta.stable_id not in incoming
    )
    notes += replaced_here(store, manifest, known.justifications, plan.justifications, incoming)
    said = sending_said(manifest.sequence, received.file_name)
    title = f"Paquete de la unidad {unit}, ejercicio {year}, trimestre {int(quarter)}, {said}"
    if said == WORKBOOK:
        title = f"Libro de Excel de la unidad {unit}, ejercicio {year}, trimestre {int(quarter)}"
    last = store.received.last(PackageKind.REPORT, manifest.entity, unit)
    last_file = "" if last is None else last.file_name  # a workbook's has no number to name
    errors = errors_in(plan.after.values(), quarter, year)  # said at receipt, not board first
    # Each note says something not taken, or a copy older than one received: warnings all.
    return intake, PackageDiff(
        title, tuple(plan.diffs), previous, notes, notes, last_file, errors=errors
    )


def _kind(change: FieldChange) -> ChangeKind:
    narrative = evaluation_quarter(change.field) is not None
    return _NARRATIVE if narrative else _FIGURE
