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
from ism_desktop.domain.wording import shortened
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
    claim_coordinator,
    coordinating_unit,
    data_header,
    ready_destination,
    write_package,
)
from ism_desktop.exchange.report_json import meta_to_json
from ism_desktop.exchange.year_travel import coordinator_news
from ism_desktop.store.errors import NOTHING_CHANGED, StoreError
from ism_desktop.store.store import Store

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
    positioned = [(p, m) for p, m in enumerate(report.metas) if m.key.unit == to.unit]
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
            f"unidades (ism-desktop programa aprobar --ejercicio {report.year})."
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


def _export_one(
    store: Store,
    report: ProgressReport,
    unit: UnitCode,
    out_dir: Path,
    now: datetime | None,
    words: Sequence[str] = (),
) -> ExportedBase:
    """One unit's base, for the quarter of ``report`` (the one the coordinating unit works on)."""
    if unit == coordinating_unit(store):
        raise ExportError(
            f"la unidad {unit} es la coordinadora: sus metas se capturan en esta base de datos "
            "y no viajan en un programa base."
        )
    metas = report.metas_of(unit)
    if not metas:
        units = ", ".join(code.value for code in report.units_in_order())
        raise ExportError(
            f"la unidad administrativa {unit} no tiene metas en el ejercicio {report.year} "
            f"(unidades con metas: {units})."
        )
    entity = metas[0].key.entity
    closed = [q for q in Quarter if store.closures.is_closed(report.year, entity, unit, q)]
    _refuse_negative(metas, closed)
    claim_coordinator(store, entity)
    to = Addressee(
        entity, unit, report.catalogue.unit_name(entity, unit), report.year, report.quarter
    )
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
    unit: UnitCode,
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
    units: Iterable[UnitCode] | None = None,
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
    for unit in wanted:
        name = package_file_name(unit, report.year, report.quarter, PackageKind.BASE)
        ready_destination(out_dir, out_dir / name)
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
    return [
        out_dir / package_file_name(unit, report.year, report.quarter, PackageKind.BASE)
        for unit in _sent_units(store, report)
    ]


def bases_addressed(
    store: Store, year: int | None = None, units: Iterable[UnitCode] | None = None
) -> tuple[ProgressReport, tuple[UnitCode, ...]] | None:
    """The programme and units ``export_bases`` would write for; None when it would refuse."""
    try:
        report = _load(store, year)
    except ExportError:
        return None
    return report, _sent_units(store, report) if units is None else tuple(units)


def _sent_units(store: Store, report: ProgressReport) -> tuple[UnitCode, ...]:
    """The units with metas that receive a base: all but the coordinating unit itself."""
    own = coordinating_unit(store)
    return tuple(unit for unit in report.units_in_order() if unit != own)
