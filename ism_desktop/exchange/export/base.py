"""The programme base the coordinating unit sends a unit: its metas and targets for the year.

A unit imports it to start a year or to receive approved target changes, so it never types
its targets. It carries original and modified targets, and nothing reported except, beside
each meta, what the unit delivered for the quarters this database has closed for it: a PC
reinstalled after delivering gets that back (``intake.base_delivered``) instead of a closed
quarter with nothing in it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.fields import PRINTED_COLUMNS, figure_label
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.meta import Meta
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_merge import with_programme
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.domain.wording import APPROVE_MENU, shortened
from ism_desktop.exchange.base_delivered import DELIVERED_KEY, delivered_json
from ism_desktop.exchange.base_words import words_field
from ism_desktop.exchange.package.manifest import (
    LAST_RECEIVED_KEY,
    PackageManifest,
    package_file_name,
)
from ism_desktop.exchange.package.writer import (
    Addressee,
    ExportError,
    chosen_entity,
    claim_coordinator,
    coordinating_key,
    coordinating_unit,
    data_header,
    ready_destination,
    write_package,
)
from ism_desktop.exchange.report_json import meta_to_json
from ism_desktop.exchange.year_travel import coordinator_news
from ism_desktop.store.errors import NOTHING_CHANGED, StoreError
from ism_desktop.store.store import Store

# A unit a base goes to: its code (its only dependency's), or (dependency, code).
BaseUnit = UnitCode | tuple[str, UnitCode]

_REPORTED_KEYS = ("avance", "avance_modificado", "evaluacion")


@dataclass(frozen=True)
class ExportedBase:
    """A written programme base."""

    path: Path
    manifest: PackageManifest
    metas: int


def _named(pairs: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"clave": code, "nombre": name} for code, name in sorted(set(pairs))]


def base_data(
    report: ProgressReport,
    to: Addressee,
    words: Sequence[str] = (),
    delivered: Collection[Quarter] = (),
) -> dict[str, Any]:
    """``datos.json`` of a programme base: header, catalogue, metas, 002's spelling words.

    ``delivered``: the unit's closed quarters, whose figures and narratives go with each meta.
    """
    catalogue, entity = report.catalogue, to.entity
    positioned = [
        (p, m)
        for p, m in enumerate(report.metas)
        if (m.key.entity, m.key.unit) == (entity, to.unit)
    ]
    metas = []
    for position, meta in positioned:
        item = meta_to_json(with_programme(None, meta), to.quarter)
        for key in _REPORTED_KEYS:
            item.pop(key, None)
        item["posicion"] = position
        handed = delivered_json(meta, delivered)
        if handed:
            item[DELIVERED_KEY] = handed
        metas.append(item)
    entity_name = catalogue.entities.get(entity, report.entity).name
    return {
        **data_header(PackageKind.BASE, to, entity_name),
        "catalogo": {
            "programas": _named(
                (m.key.programme.value, catalogue.programme_name(entity, m.key.programme))
                for _, m in positioned
            ),
            "procesos": _named(
                (m.key.activity.value, catalogue.activity_name(entity, m.key.activity))
                for _, m in positioned
            ),
        },
        "metas": metas,
        **words_field(words),
    }


def _load(store: Store, year: int | None) -> ProgressReport:
    report = store.reports.load(year=year)
    if report is None:
        where = "" if year is None else f" del ejercicio {year}"
        raise ExportError(f"la base de datos no tiene ningún programa{where}.")
    record = store.years.get(report.year)
    if record is not None and not record.approved and record.source != "informe oficial":
        raise ExportError(
            f"el programa {report.year} no está aprobado; apruébelo antes de enviarlo a las "
            f"unidades ({APPROVE_MENU}; en la línea de comandos: ism-desktop programa aprobar "
            f"--ejercicio {report.year})."
        )
    return report


def _refuse_negative(metas: Sequence[Meta], closed: Collection[Quarter]) -> None:
    """A unit refuses a base with a negative figure (no report may hold one): said here.

    Only the figures the base carries: the targets, and what was delivered in closed quarters.
    """
    for meta in metas:
        for kind in (RowKind.NUM, RowKind.DEN, RowKind.MET):  # a tipo A's MET is its NUM
            row = meta.row(kind)
            if row is None:
                continue
            for (series, quarter), value in zip(PRINTED_COLUMNS, row.columns(), strict=True):
                carried = series is not Series.ACHIEVED or quarter in closed
                if carried and value is not None and value < 0:
                    raise ExportError(
                        f"la meta «{shortened(meta.description)}» de la unidad {meta.key.unit} "
                        f"tiene una cifra negativa ({figure_label(series, quarter, kind)}: "
                        f"{value}); corríjala antes de enviar su programa base."
                    )


def _addressed(store: Store, report: ProgressReport, unit: BaseUnit) -> tuple[str, UnitCode]:
    """The (dependency, unit) a base goes to: ``unit``'s, or its code's only dependency's.

    Raises:
        ExportError: it is the coordinating unit, it has no metas, or its code is ambiguous.
    """
    code, named = (unit, None) if isinstance(unit, UnitCode) else (unit[1], unit[0])
    entity = chosen_entity(report, code, named)
    own = coordinating_key(store, report.year)
    if (entity, code) == own or (entity is None and code == coordinating_unit(store)):
        raise ExportError(
            f"la unidad {code} es la coordinadora: sus metas se capturan en esta base de datos "
            "y no viajan en un programa base."
        )
    if entity is None:
        units = ", ".join(code.value for code in report.units_in_order())
        raise ExportError(
            f"la unidad administrativa {code} no tiene metas en el ejercicio {report.year} "
            f"(unidades con metas: {units})."
        )
    return entity, code


def _export_one(
    store: Store,
    report: ProgressReport,
    addressed: BaseUnit,
    out_dir: Path,
    now: datetime | None,
    words: Sequence[str] = (),
) -> ExportedBase:
    """One unit's base, for the quarter of ``report`` (the one the coordinating unit works on)."""
    entity, unit = _addressed(store, report, addressed)
    metas = report.metas_of(unit, entity)
    closed = [q for q in Quarter if store.closures.is_closed(report.year, entity, unit, q)]
    _refuse_negative(metas, closed)
    claim_coordinator(store, entity)
    name = report.catalogue.unit_name(entity, unit)
    several = len(report.entities_in_order()) > 1
    to = Addressee(entity, unit, name, report.year, report.quarter, named_dependency=several)
    data = {
        **base_data(report, to, words, closed),
        **coordinator_news(store, report.year, entity, unit),
    }
    # A reinstalled unit PC starts its numbers after the last package received from it.
    last = store.received.last(PackageKind.REPORT, entity, unit)
    data[LAST_RECEIVED_KEY] = 0 if last is None else last.sequence
    path, manifest = write_package(store, PackageKind.BASE, to, data, out_dir, now)
    return ExportedBase(path, manifest, len(metas))


def export_base(
    store: Store,
    unit: BaseUnit,
    out_dir: Path,
    *,
    year: int | None = None,
    now: datetime | None = None,
    words: Sequence[str] = (),
) -> ExportedBase:
    """Write ``out_dir/ETCA-III-04_<año>_programa_base_unidad_<u>.zip`` for one unit.

    Raises:
        ExportError: no programme, no metas for the unit, this is a unit's database, or the
            folder cannot be written.
    """
    return _export_one(store, _load(store, year), unit, out_dir, now, words)


def export_bases(
    store: Store,
    out_dir: Path,
    *,
    units: Iterable[BaseUnit] | None = None,
    year: int | None = None,
    quarter: Quarter | None = None,
    now: datetime | None = None,
    words: Sequence[str] = (),
) -> list[ExportedBase]:
    """One programme base per unit (every unit with metas when ``units`` is None).

    ``quarter``: the one the coordinating unit works on (default: the last report imported).
    A unit's PC set up from the base starts on it: the last report imported was the first
    quarter's while the coordinating unit already worked on the second.
    """
    report = _load(store, year)
    if quarter is not None:
        report = replace(report, quarter=quarter)
    wanted = _sent_units(store, report) if units is None else tuple(units)
    # Every destination before any number is reserved: a folder in the way of one unit's base
    # would otherwise stop the export after the bases before it were written and numbered.
    for path in _paths(store, report, out_dir, wanted):
        ready_destination(out_dir, path)
    done: list[ExportedBase] = []
    for unit in wanted:
        try:
            done.append(_export_one(store, report, unit, out_dir, now, words))
        except (ExportError, StoreError) as exc:
            if not done:
                raise
            # A full disk half-way: the bases already in the folder are there to send.
            names = ", ".join(item.path.name for item in done)
            raise ExportError(
                f"{str(exc).removesuffix(NOTHING_CHANGED).rstrip(' .')} (base de la unidad "
                f"{unit}). Sí se escribieron antes las bases de {len(done)} de las "
                f"{len(wanted)} unidades: {names}."
            ) from exc
    return done


def base_paths(store: Store, out_dir: Path, *, year: int | None = None) -> list[Path]:
    """Where ``export_bases`` writes, one per unit; none when it refuses (it says why then)."""
    try:
        report = _load(store, year)
    except ExportError:
        return []
    return _paths(store, report, out_dir, _sent_units(store, report))


def _paths(
    store: Store, report: ProgressReport, out_dir: Path, units: Iterable[BaseUnit]
) -> list[Path]:
    """Where the bases of ``units`` go (a dependency named where several are in the report)."""
    several = len(report.entities_in_order()) > 1
    return [
        out_dir
        / package_file_name(
            unit, report.year, report.quarter, PackageKind.BASE, entity if several else None
        )
        for entity, unit in (_addressed(store, report, unit) for unit in units)
    ]


def bases_addressed(
    store: Store, year: int | None = None, units: Iterable[BaseUnit] | None = None
) -> tuple[ProgressReport, tuple[tuple[str, UnitCode], ...]] | None:
    """The programme and (dependency, unit)s ``export_bases`` would write for; None if refused.

    Each with its dependency: by the code alone, a state's units were all looked up under the
    first dependency (its closed quarters, say), and two 003s were one.
    """
    try:
        report = _load(store, year)
        if units is None:  # each already with its dependency: no unit looked up again
            return report, _sent_units(store, report)
        return report, tuple(dict.fromkeys(_addressed(store, report, unit) for unit in units))
    except ExportError:
        return None


def _sent_units(store: Store, report: ProgressReport) -> tuple[tuple[str, UnitCode], ...]:
    """The (dependency, unit)s with metas that receive a base: all but the coordinator's own.

    In the report's order: each dependency's units, the other dependencies' 002 among them.
    """
    own = coordinating_key(store, report.year)
    in_order = dict.fromkeys((meta.key.entity, meta.key.unit) for meta in report.metas)
    return tuple(key for key in in_order if key != own)
