"""A return package at a unit: the coordinating unit's observations, shown next to each meta."""

from __future__ import annotations

from collections import defaultdict

from ism_desktop.domain.intake import ObservationIntake
from ism_desktop.domain.observation import MAX_OBSERVATION_LENGTH, Observation
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.exchange.intake.diff import ChangeKind, DiffLine, MetaDiff, PackageDiff
from ism_desktop.exchange.intake.receiver import IntakeOptions, received_record
from ism_desktop.exchange.package.data_reader import DataReader
from ism_desktop.exchange.package.manifest import shown_name
from ism_desktop.exchange.package.reader import PackageContents
from ism_desktop.store.store import Store


def _observations(
    reader: DataReader, contents: PackageContents, metas: set[str]
) -> list[Observation]:
    manifest, found = contents.manifest, []
    what = "una observación"
    for item in reader.items(
        reader.field(contents.data, "observaciones", "datos.json"), what, 10_000
    ):
        meta_id = reader.text(item.get("id_meta"), f"la meta de {what}", 16)
        if meta_id not in metas:
            raise reader.refuse(
                f"una observación es sobre la meta «{shown_name(meta_id)}», que no es de la unidad "
                f"{manifest.unit} en esta base de datos; importe primero su programa base"
            )
        try:
            found.append(
                Observation(
                    year=manifest.year,
                    quarter=manifest.quarter,
                    meta_id=meta_id,
                    text=reader.text(
                        item.get("texto"), f"el texto de {what}", MAX_OBSERVATION_LENGTH
                    ),
                    author=reader.text(item.get("autor"), f"el autor de {what}", 200),
                    at=reader.moment(
                        item.get("fecha"),
                        f"la fecha de {what} de la meta «{shown_name(meta_id)}»",
                    ),
                )
            )
        except ValueError as exc:
            raise reader.refuse(str(exc).rstrip(".").lower()) from exc
    return found


def plan_observations(
    store: Store,
    contents: PackageContents,
    options: IntakeOptions,
    identity: PcIdentity | None,
    previous: int | None,
) -> tuple[ObservationIntake, PackageDiff]:
    """What a return package would replace, and the observations it adds or withdraws.

    Raises:
        PackageRefusedError: the unit has no metas here, or an observation names another meta.
    """
    manifest, reader = contents.manifest, DataReader(contents.source)
    metas = {
        meta.stable_id: meta
        for meta in store.reports.load_unit_metas(manifest.year, manifest.entity, manifest.unit)
    }
    if not metas:
        raise reader.refuse(
            f"esta base de datos no tiene metas de la unidad {manifest.unit} en el ejercicio "
            f"{manifest.year}; importe primero su programa base"
        )
    incoming = _observations(reader, contents, set(metas))
    before: dict[str, list[str]] = defaultdict(list)
    for item in store.observations.for_metas(manifest.year, manifest.quarter, metas):
        before[item.meta_id].append(item.text)
    after: dict[str, list[str]] = defaultdict(list)
    for item in incoming:
        after[item.meta_id].append(item.text)
    diffs = []
    label = f"Observación T{int(manifest.quarter)}"
    for meta_id, meta in metas.items():
        old, new = before.get(meta_id, []), after.get(meta_id, [])
        if old == new:
            continue
        lines = [
            DiffLine(ChangeKind.OBSERVATION, "observacion", label, text, "")
            for text in old
            if text not in new
        ]
        lines += [
            DiffLine(ChangeKind.OBSERVATION, "observacion", label, "", text)
            for text in new
            if text not in old
        ]
        diffs.append(MetaDiff(meta_id, manifest.unit.value, meta.description, tuple(lines)))
    received = received_record(
        manifest, contents.source, contents.sha256, options, metas=len(after), changed=len(diffs)
    )
    intake = ObservationIntake(received, tuple(metas), tuple(incoming), identity)
    title = (
        f"Observaciones de la unidad coordinadora para la unidad {manifest.unit}, ejercicio "
        f"{manifest.year}, trimestre {int(manifest.quarter)}, envío número {manifest.sequence}"
    )
    return intake, PackageDiff(title, tuple(diffs), previous)
