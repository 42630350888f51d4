"""Writing the packages the coordinating unit sends to a unit: numbered, hashed, written whole."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ism_desktop import __version__
from ism_desktop.domain.codes import COORDINATING_UNIT_CODE, UnitCode
from ism_desktop.domain.dependency_choice import DependencyChoiceError, choose_dependency
from ism_desktop.domain.own_unit import OwnUnit
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_records import PcIdentity, unit_database_refusal
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.package.manifest import (
    DATA_NAME,
    MANIFEST_NAME,
    PACKAGE_FORMAT_VERSION,
    PackageFile,
    PackageManifest,
    package_file_name,
    sha256_hex,
)
from ism_desktop.exchange.package.size_caps import oversize
from ism_desktop.platform import describe_os_error, destination_problem, write_atomically
from ism_desktop.store.store import Store


class ExportError(Exception):
    """The package could not be made; the message is for the user (Spanish)."""


def zip_bytes(members: Sequence[tuple[str, bytes]], moment: datetime) -> bytes:
    """A package's zip, every entry dated ``moment`` so the same content gives the same bytes."""
    buffer = io.BytesIO()
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class Addressee:
    """The unit a package is for, and the period it is about."""

    entity: str
    unit: UnitCode
    unit_name: str
    year: int
    quarter: Quarter
    # Its dependency in the file's name: where several hold the unit's code (a base).
    named_dependency: bool = False


def coordinating_unit(store: Store) -> UnitCode:
    """This coordinator's own unit: its metas are typed in its database and never travel."""
    identity = store.identity.get()
    if identity is not None and identity.role is Role.COORDINATOR:
        return identity.unit
    return UnitCode(COORDINATING_UNIT_CODE)


def coordinating_key(store: Store, year: int) -> OwnUnit | None:
    """This coordinator's own unit with its dependency (one 002 among several dependencies').

    None when no dependency holds the unit in ``year``'s metas.
    """
    return store.reports.own_unit(year, coordinating_unit(store))


def chosen_entity(report: ProgressReport, unit: UnitCode, entity: str | None) -> str | None:
    """The dependency of the ``unit`` a package goes to: ``entity``, or the only one holding it.

    None: no dependency holds it. Never the coordinator's own by default: it is sent nothing.

    Raises:
        ExportError: ``entity`` does not hold it, or none was named and several do.
    """
    try:
        return choose_dependency(report.units(), unit, entity, own=False).entity
    except DependencyChoiceError as exc:
        raise ExportError(f"{exc} No se escribió nada.") from None


def claim_coordinator(store: Store, entity: str) -> None:
    """Refuse to send from a unit's database; remember this one as the coordinator's."""
    identity = store.identity.get()
    refusal = unit_database_refusal(identity, "envía programas base y observaciones")
    if refusal is not None:
        raise ExportError(refusal)
    if identity is None:
        store.identity.set(PcIdentity(Role.COORDINATOR, entity, UnitCode(COORDINATING_UNIT_CODE)))


def ready_destination(out_dir: Path, path: Path) -> None:
    """Make ``out_dir``, and refuse a ``path`` no package can be written at (a folder there).

    Before the package's number is reserved: refused only when written, it used a number up
    although nothing went out.

    Raises:
        ExportError: the folder cannot be made, or the package's name is taken by a folder.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            f"no se pudo crear la carpeta «{out_dir}»: {describe_os_error(exc)}."
        ) from exc
    if (problem := destination_problem(path)) is not None:
        raise ExportError(
            f"no se puede dejar el paquete en «{out_dir}»: {problem}. No se exportó nada."
        )


def write_package(
    store: Store,
    kind: PackageKind,
    to: Addressee,
    data: Mapping[str, Any],
    out_dir: Path,
    now: datetime | None = None,
    mark: int | None = None,
    carried: int | None = None,
) -> tuple[Path, PackageManifest]:
    """Number, hash and write ``out_dir/<name>.zip`` with ``datos.json``; return path and manifest.

    ``mark``: the last row the package carries, kept with its record (of observations, the
    last observation: those written later wait to be sent); ``carried``: how many rows it
    carries (of observations: those removed since are still held by the unit).

    Raises:
        ExportError: the folder cannot be created or written.
    """
    created = (now or datetime.now()).astimezone()
    created_text = created.isoformat(timespec="seconds")
    content = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
    # Before a number is reserved or a file written: the unit would refuse it for its size.
    too_big = oversize([(DATA_NAME, content)])
    if too_big is not None:
        raise ExportError(
            f"no se escribe el paquete: {too_big.describe('la unidad que lo recibe')}. No se "
            "escribió nada."
        )
    named = to.entity if to.named_dependency else None
    path = out_dir / package_file_name(to.unit, to.year, to.quarter, kind, named)
    ready_destination(out_dir, path)
    reservation = store.packages.reserve(
        to.entity, to.unit, to.year, to.quarter, created_text, kind
    )
    manifest = PackageManifest(
        format_version=PACKAGE_FORMAT_VERSION,
        program_version=__version__,
        entity=to.entity,
        unit=to.unit,
        unit_name=to.unit_name,
        year=to.year,
        quarter=to.quarter,
        created_at=created_text,
        sequence=reservation.sequence,
        files=(PackageFile.of(DATA_NAME, content),),
        kind=kind,
    )
    archive = zip_bytes([(MANIFEST_NAME, manifest.to_bytes()), (DATA_NAME, content)], created)
    try:
        write_atomically(path, archive)
    except OSError as exc:
        raise ExportError(f"no se pudo escribir «{path}»: {describe_os_error(exc)}.") from exc
    store.packages.complete(
        reservation, path.name, sha256_hex(archive), audit_mark=mark, carried=carried
    )
    return path, manifest


def data_header(kind: PackageKind, to: Addressee, entity_name: str) -> dict[str, Any]:
    """The first keys of ``datos.json``, which the receiver checks against the manifest."""
    return {
        "version_formato": PACKAGE_FORMAT_VERSION,
        "tipo": kind.value,
        "ejercicio": to.year,
        "trimestre": int(to.quarter),
        "entidad": {"clave": to.entity, "nombre": entity_name},
        "unidad": {"clave": to.unit.value, "nombre": to.unit_name},
    }
