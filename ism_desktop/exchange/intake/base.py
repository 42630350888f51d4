"""A programme base at a unit: its metas and targets taken, what the unit reported kept.

New metas arrive empty (nothing reported yet); existing ones take the base's original and
modified targets, each change audited; metas the base no longer lists leave the programme.
What the unit delivered for a closed quarter comes back where it holds nothing for it
(``base_delivered``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from ism_desktop.domain.audit import Author, FieldChange, TargetChangeReason, os_user
from ism_desktop.domain.codes import Activity, ActivityCode, Entity, Programme, ProgrammeCode, Unit
from ism_desktop.domain.intake import BaseIntake, BaseMeta
from ism_desktop.domain.limits import sequence_problem
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_merge import programme_changes, with_programme
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.targets_in_one_line import targets_in_one_line
from ism_desktop.domain.year_news import YearNews
from ism_desktop.exchange.base_delivered import base_author, read_delivered, with_delivered
from ism_desktop.exchange.base_requests import kept_requests
from ism_desktop.exchange.base_words import read_base_words
from ism_desktop.exchange.intake.diff import (
    WHOLE_META,
    ChangeKind,
    DiffLine,
    MetaDiff,
    MetaStatus,
    PackageDiff,
)
from ism_desktop.exchange.intake.receiver import IntakeOptions, received_record
from ism_desktop.exchange.package.data_reader import DataReader, meta_from_json, unique_metas
from ism_desktop.exchange.package.manifest import LAST_RECEIVED_KEY, shown_name
from ism_desktop.exchange.package.reader import PackageContents
from ism_desktop.exchange.year_travel import read_news
from ism_desktop.store.store import Store
from ism_desktop.store.year_news import closed_by

_NEW = FieldChange(WHOLE_META, "Meta nueva del programa base", "", "")
_RETIRED = FieldChange(
    WHOLE_META, "Meta retirada del programa: se borra con lo que tenía capturado", "", ""
)


def _names(reader: DataReader, catalogue: Mapping[str, Any], key: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for item in reader.items(catalogue.get(key, []), f"el catálogo de {key}", 1000):
        code = reader.text(item.get("clave"), f"una clave del catálogo de {key}", 10)
        names[code] = reader.text(item.get("nombre"), f"un nombre del catálogo de {key}", 400)
    return names


def _catalogue(
    reader: DataReader, data: Mapping[str, Any], entity: str
) -> tuple[dict[str, Programme], dict[str, Activity]]:
    catalogue = reader.mapping(reader.field(data, "catalogo", "datos.json"), "el catálogo")
    try:
        programmes = {
            code: Programme(entity, ProgrammeCode(code), name)
            for code, name in _names(reader, catalogue, "programas").items()
        }
        activities = {
            code: Activity(entity, ActivityCode(code), name)
            for code, name in _names(reader, catalogue, "procesos").items()
        }
    except ValueError as exc:
        raise reader.refuse(f"el catálogo del programa base: {str(exc).rstrip('.')}") from exc
    return programmes, activities


def last_received(contents: PackageContents) -> int:
    """The last sequence the coordinator received from the unit, as the base says (0: none).

    Raises:
        PackageRefusedError: a value that is not a sequence number.
    """
    value = contents.data.get(LAST_RECEIVED_KEY, 0)
    if value != 0 and sequence_problem(value) is not None:
        raise DataReader(contents.source).refuse(
            f"«{LAST_RECEIVED_KEY}» del programa base no es un número de envío válido"
        )
    return int(value)


def _header_name(reader: DataReader, data: Mapping[str, Any], key: str, what: str) -> str:
    return reader.text(reader.mapping(data[key], what).get("nombre"), f"el nombre de {what}")


def _position(reader: DataReader, item: Mapping[str, Any], meta: Meta) -> int:
    value = item.get("posicion")
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1_000_000:
        raise reader.refuse(
            f"la posición de la meta «{shown_name(meta.description, 60)}» no es válida"
        )
    return value


def _check_meta(
    reader: DataReader,
    contents: PackageContents,
    meta: Meta,
    programmes: Mapping[str, Programme],
    activities: Mapping[str, Activity],
) -> None:
    manifest, name = contents.manifest, shown_name(meta.description, 60)
    if meta.key.unit != manifest.unit or meta.key.entity != manifest.entity:
        raise reader.refuse(f"la meta «{name}» no pertenece a la unidad {manifest.unit}")
    if meta.key.programme.value not in programmes or meta.key.activity.value not in activities:
        raise reader.refuse(
            f"el catálogo del programa base no nombra el programa o el proceso de «{name}»"
        )


def plan_base(
    store: Store,
    contents: PackageContents,
    options: IntakeOptions,
    identity: PcIdentity | None,
    previous: int | None,
) -> tuple[BaseIntake, PackageDiff]:
    """What a programme base would write at this unit, and the differences it brings.

    Raises:
        PackageRefusedError: a meta of another unit, a meta with achieved figures, or a
            catalogue that does not name the metas' programme or process.
    """
    manifest, reader, data = contents.manifest, DataReader(contents.source), contents.data
    last_received(contents)
    entity_name = _header_name(reader, data, "entidad", "la dependencia")
    unit_name = _header_name(reader, data, "unidad", "la unidad")
    programmes, activities = _catalogue(reader, data, manifest.entity)
    read_base_words(reader, data)  # a damaged word list refuses the package before any write
    items = reader.items(reader.field(data, "metas", "datos.json"), "la lista de metas")
    if not items:
        # Applied, it would retire every meta of the unit and what the unit captured in them.
        raise reader.refuse(
            "el programa base no trae ninguna meta; no se aplica (borraría todas las metas de "
            f"la unidad {manifest.unit} y lo capturado en ellas)"
        )
    incoming = unique_metas(reader, [meta_from_json(reader, item, None) for item in items])
    news = read_news(reader, data, manifest)
    told_closed, closing = _closed_quarters(store, contents, news)
    sent = _sent_from_here(store, contents)
    existing = {
        m.stable_id: m
        for m in store.reports.load_unit_metas(manifest.year, manifest.entity, manifest.unit)
    }
    planned: list[BaseMeta] = []
    diffs: list[MetaDiff] = []
    recovered: set[Quarter] = set()
    requests_kept: tuple[str, ...] = ()
    # A request the base's own news decides is not kept: its decision is applied with it.
    decided = {(d.meta_id, d.field): d.requested for d in news.decisions}
    for item, meta in zip(items, incoming.values(), strict=True):
        _check_meta(reader, contents, meta, programmes, activities)
        before = existing.get(meta.stable_id)
        merged = with_programme(before, meta)
        if before is not None:
            trail = partial(store.edits.history, manifest.year, meta.stable_id)
            merged, kept = kept_requests(trail, before, meta, merged, decided)
            requests_kept += kept
        changes = (_NEW,) if before is None else programme_changes(before, merged)
        delivered = read_delivered(reader, item, meta, told_closed)
        # Only into a quarter closed here once the base is taken, and never sent from here: a
        # PC that sent it held it, and what it holds now (even emptied) is its choice.
        merged, filled, quarters = with_delivered(
            merged, {q: d for q, d in delivered.items() if q in closing and q not in sent}
        )
        recovered.update(quarters)
        planned.append(BaseMeta(_position(reader, item, meta), merged, (*changes, *filled)))
        if changes or filled:
            status = MetaStatus.NEW if before is None else MetaStatus.CHANGED
            # The review says what a new meta brings; its audit line (``_NEW``) stays bare.
            shown = changes if before is not None else (_brought(meta),)
            lines = (
                *(DiffLine.of(ChangeKind.PROGRAMME, c) for c in shown),
                *(DiffLine.of(_reported_kind(c), c) for c in filled),
            )
            diffs.append(
                MetaDiff(meta.stable_id, manifest.unit.value, meta.description, lines, status)
            )
    retired = tuple(meta_id for meta_id in existing if meta_id not in incoming)
    for meta_id in retired:
        gone = existing[meta_id]
        line = DiffLine.of(ChangeKind.PROGRAMME, _RETIRED)
        diffs.append(
            MetaDiff(meta_id, manifest.unit.value, gone.description, (line,), MetaStatus.RETIRED)
        )
    current = store.reports.current_period()
    sequence = manifest.sequence
    intake = BaseIntake(
        received=received_record(
            manifest,
            contents.source,
            contents.sha256,
            options,
            metas=len(incoming),
            changed=len(diffs),
        ),
        author=Author(base_author(sequence), os_user()),
        # A base brings the targets the coordinating unit approved and puts back the ones it
        # rejected (the unit's request undone): the reason recorded must be true of both.
        reason=TargetChangeReason(
            f"Meta modificada según el programa base #{sequence} de la unidad coordinadora"
        ),
        entity=Entity(manifest.entity, entity_name),
        unit=Unit(manifest.entity, manifest.unit, unit_name),
        programmes=tuple(programmes.values()),
        activities=tuple(activities.values()),
        metas=tuple(planned),
        retired=retired,
        identity=identity,
        make_current=current is None or current[0] < manifest.year,
    )
    title = (
        f"Programa base de la unidad {manifest.unit}, ejercicio {manifest.year}, "
        f"envío número {sequence}"
    )
    notes = tuple(
        f"se recupera lo que la unidad ya había entregado del trimestre {int(quarter)} (la "
        "unidad coordinadora lo tiene cerrado); lo que esta computadora ya tenía se conserva"
        for quarter in sorted(recovered)
    )
    return intake, PackageDiff(title, tuple(diffs), previous, (*notes, *requests_kept))


def _brought(meta: Meta) -> FieldChange:
    """``_NEW`` with the targets the meta brings as its new value, for the review only."""
    return FieldChange(_NEW.field, _NEW.label, "", targets_in_one_line(meta))


def _sent_from_here(store: Store, contents: PackageContents) -> frozenset[Quarter]:
    """The quarters a package from this PC carried (one of a quarter carries those before)."""
    manifest = contents.manifest
    last = max(
        (p.quarter for p in store.packages.history(manifest.unit) if p.year == manifest.year),
        default=None,
    )
    return frozenset(q for q in Quarter if last is not None and q <= last)


def _closed_quarters(
    store: Store, contents: PackageContents, news: YearNews
) -> tuple[frozenset[Quarter], frozenset[Quarter]]:
    """The quarters the base says the coordinator closed, and those closed here after it."""
    manifest = contents.manifest
    year, entity, unit = manifest.year, manifest.entity, manifest.unit
    told = frozenset(q for q, state in news.quarters.items() if state.closed)
    here = {q for q in told if store.closures.is_closed(year, entity, unit, q)}
    return told, frozenset(here | set(closed_by(store.closures, year, entity, unit, news)))


def _reported_kind(change: FieldChange) -> ChangeKind:
    return ChangeKind.NARRATIVE if change.field.startswith("evaluacion") else ChangeKind.FIGURE
