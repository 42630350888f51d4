"""The return package: the coordinating unit's observations on one unit's metas for a quarter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.own_unit import own_said
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import count
from ism_desktop.exchange.package.manifest import PackageManifest, package_file_name
from ism_desktop.exchange.package.writer import (
    Addressee,
    ExportError,
    chosen_entity,
    claim_coordinator,
    coordinating_key,
    data_header,
    write_package,
)
from ism_desktop.exchange.year_travel import coordinator_news
from ism_desktop.store.store import Store


@dataclass(frozen=True)
class ExportedObservations:
    """A written return package and how many observations it carries."""

    path: Path
    manifest: PackageManifest
    observations: int
    # Metas whose change requests of the year it carries a decision on (the unit applies them).
    decided_metas: int = 0

    def decisions_carried(self, requests: str) -> str:
        """«lo que se decidió sobre ``requests`` (en 2 metas)»; "" when it carries no decision."""
        if self.decided_metas == 0:
            return ""
        return (
            f"lo que se decidió sobre {requests} (en {count(self.decided_metas, 'meta', 'metas')})"
        )


def observation_json(item: Observation, description: str) -> dict[str, Any]:
    """One observation as ``datos.json`` carries it."""
    return {
        "id_meta": item.meta_id,
        "descripcion": description,
        "texto": item.text,
        "autor": item.author,
        "fecha": item.at,
    }


def observations_path(
    unit: UnitCode, year: int, quarter: Quarter, out_dir: Path, entity: str | None = None
) -> Path:
    """Where ``export_observations`` writes the unit's return package of that quarter.

    ``entity``: the unit's dependency, in the name where the report holds several.
    """
    return out_dir / package_file_name(unit, year, quarter, PackageKind.OBSERVATIONS, entity)


def export_observations(
    store: Store,
    unit: UnitCode,
    quarter: Quarter,
    out_dir: Path,
    *,
    year: int | None = None,
    now: datetime | None = None,
    entity: str | None = None,
) -> ExportedObservations:
    """Write ``out_dir/ETCA-III-04_<año>_T<n>_observaciones_unidad_<u>.zip``.

    Every observation of that quarter on the unit's metas goes in; a package with none tells
    the unit that nothing is pending (it replaces what an earlier one said). ``entity``: the
    unit's dependency, needed where several hold its code (another dependency's 002 too).

    Raises:
        ExportError: no programme, no metas for the unit, the unit is the coordinator itself,
            this is a unit's database, the dependency is not named where it is needed, or the
            folder cannot be written.
    """
    report = store.reports.load(year=year, quarter=quarter)
    if report is None:
        raise ExportError("la base de datos no tiene ningún programa.")
    entity = chosen_entity(report, unit, entity)
    metas = report.metas_of(unit, entity)
    if entity is None or not metas:
        raise ExportError(
            f"la unidad administrativa {unit} no tiene metas en el ejercicio {report.year}."
        )
    claim_coordinator(store, entity)
    if (entity, unit) == coordinating_key(store, report.year):  # the window does not offer it
        said = own_said(report.units(), (entity, unit))  # which 002, where several hold one
        raise ExportError(
            f"la unidad {said} es esta unidad coordinadora: las observaciones son para las "
            "otras unidades, y un paquete para ella misma no lo recibiría nadie. No se escribió "
            "nada."
        )
    names = {meta.stable_id: meta.description for meta in metas}
    observations = store.observations.for_metas(report.year, quarter, names)
    name, several = report.catalogue.unit_name(entity, unit), len(report.entities_in_order()) > 1
    to = Addressee(entity, unit, name, report.year, quarter, named_dependency=several)
    entity_name = report.catalogue.entities.get(entity, report.entity).name
    news = coordinator_news(store, report.year, entity, unit)
    data = {
        **data_header(PackageKind.OBSERVATIONS, to, entity_name),
        "observaciones": [observation_json(o, names[o.meta_id]) for o in observations],
        **news,
    }
    last = max((o.id for o in observations if o.id is not None), default=0)
    path, manifest = write_package(
        store, PackageKind.OBSERVATIONS, to, data, out_dir, now, mark=last,
        carried=len(observations),
    )  # fmt: skip
    decided = len({item["id_meta"] for item in news["decisiones"]})
    return ExportedObservations(path, manifest, len(observations), decided)
