"""Reading a received package before any database is touched: structure, manifest, checksums.

Every member is read in bounded chunks and hashed against the manifest; the workbook is checked
as a zip of its own; the data file is parsed only after its size and hash are known good.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ism_desktop.domain.limits import thousands
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.exchange.package.json_problem import json_problem
from ism_desktop.exchange.package.manifest import (
    DATA_NAME,
    MANIFEST_NAME,
    PACKAGE_EXTENSION,
    PDF_NAME,
    XLSX_NAME,
    NewerFormatError,
    PackageDamagedError,
    PackageFormatError,
    PackageManifest,
    PackageRefusedError,
    Refusal,
    file_label,
    shown_name,
)
from ism_desktop.exchange.package.repacked import repacked
from ism_desktop.exchange.package.size_caps import (
    MAX_MEMBER_BYTES,
    MAX_PACKAGE_BYTES,
    PACKAGE_LIMITS,
)
from ism_desktop.exchange.package.workbook_guard import check_workbook, looks_like_workbook
from ism_desktop.exchange.package.zip_guard import (
    CHUNK_BYTES,
    MIB,
    GuardedZip,
    megabytes,
    open_guarded,
)
from ism_desktop.platform import describe_os_error

# Up to this size a package is hashed and opened from memory (one read, its small members
# inflated in one call each); a larger one is read by chunks, twice.
_IN_MEMORY_BYTES = 16 * MIB
_ENTITY = re.compile(r"[0-9A-Za-z]{1,10}")
MEMBERS: Mapping[PackageKind, frozenset[str]] = {
    PackageKind.REPORT: frozenset({MANIFEST_NAME, DATA_NAME, PDF_NAME, XLSX_NAME}),
    PackageKind.BASE: frozenset({MANIFEST_NAME, DATA_NAME}),
    PackageKind.OBSERVATIONS: frozenset({MANIFEST_NAME, DATA_NAME}),
}
# Every file a package of any kind holds, its manifest aside.
_PACKAGE_MEMBERS: frozenset[str] = frozenset({DATA_NAME, PDF_NAME, XLSX_NAME})


@dataclass(frozen=True)
class PackageContents:
    """A package whose structure and checksums are good; its data parsed, not yet judged."""

    source: str
    sha256: str
    manifest: PackageManifest
    data: Mapping[str, Any]
    # What the review must say of the file besides its changes (a workbook's locked cells).
    notes: tuple[str, ...] = ()


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


# A value of JSON can be a few bytes («0.0,»): 48 MB of them, the data cap, are twelve million
# objects (1.6 GB) from a 100 KB attachment. A data file past this size is counted first (two
# passes of ``bytes.count``, nothing built): a unit's data that large is its narratives, with a
# comma or colon every few dozen characters, while a flood of values has one every few bytes.
# Refused past one in twelve, such a file builds at most a few hundred MB; a smaller one, too.
# Packages as units send them (tens of KB) are never counted.
_SCANNED_FROM = 8 * MIB
_BYTES_PER_VALUE = 12


def _crowded(raw: bytes) -> int | None:
    """The values' separators of a large data file holding too many for its size, or None."""
    if len(raw) <= _SCANNED_FROM:
        return None
    separators = raw.count(b",") + raw.count(b":")
    return separators if separators * _BYTES_PER_VALUE > len(raw) else None


def parse_json(raw: bytes, label: str, member: str, refused: Refusal = PackageRefusedError) -> Any:
    """Parse JSON from a bounded buffer: exact decimals, no NaN, no runaway nesting.

    ``refused``: how it is refused (a package's member: as damage of the package).

    Raises:
        PackageRefusedError: not JSON (said where), or a flood of values (refused unbuilt).
    """
    if (crowded := _crowded(raw)) is not None:
        raise refused(
            label,
            f"«{member}» tiene unos {thousands(crowded)} valores en {megabytes(len(raw))}: son "
            "demasiados para los datos de una unidad",
        )
    try:
        return json.loads(raw.decode("utf-8"), parse_float=Decimal, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # Only a refusal pays for finding the place: the hot path above stays one call.
        raise refused(label, json_problem(raw, member, exc)) from exc


def _file_sha256(path: Path, label: str) -> tuple[str, bytes | None]:
    """The file's SHA-256, and its bytes when it is small enough to be read from memory."""
    digest = hashlib.sha256()
    kept: list[bytes] | None = []
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(CHUNK_BYTES):
                digest.update(chunk)
                if kept is not None:
                    kept.append(chunk)
                    # A large file is read again by chunks: its bytes are never all held.
                    if len(kept) * CHUNK_BYTES > _IN_MEMORY_BYTES:
                        kept = None
    except OSError as exc:
        raise PackageRefusedError(label, f"no se pudo leer: {describe_os_error(exc)}") from exc
    return digest.hexdigest(), None if kept is None else b"".join(kept)


_EMPTY = (
    "el archivo está vacío (0 bytes): quizá no terminó de copiarse o de descargarse; "
    "pida que se lo envíen de nuevo"
)


def _check_size(path: Path, label: str) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise PackageRefusedError(label, "el archivo no existe") from None
    except OSError as exc:
        raise PackageRefusedError(label, f"no se pudo leer: {describe_os_error(exc)}") from exc
    if not path.is_file():
        raise PackageRefusedError(label, "no es un archivo")
    if size > MAX_PACKAGE_BYTES:
        raise PackageRefusedError(label, "es demasiado grande para ser un paquete de ISM Avance")
    if size == 0:
        # A copy cut off before its first byte (a USB stick pulled out, a failed download)
        # bears the package's name: «no es un paquete» would contradict it.
        raise PackageRefusedError(label, _EMPTY)


_NOT_A_PACKAGE = f"no es un paquete de ISM Avance ({PACKAGE_EXTENSION})"
# The PDF an export leaves beside the package, named as it is: said as the Excel's is.
_REPORT_PDF = (
    "es el informe en PDF (ETCA-III-04) que ISM Avance deja junto al paquete, para consultar "
    f"o imprimir; no trae un paquete: reciba el paquete ({PACKAGE_EXTENSION}) que está junto a "
    "él (si no lo tiene, pídalo a la unidad que lo envió)"
)


def _not_a_package(path: Path) -> Callable[[], str]:
    """Why a file that is no zip at all is refused: what it is not, and what it may be."""

    def said() -> str:
        if path.suffix.lower() == ".pdf" and path.name.upper().startswith("ETCA-III-04_"):
            return _REPORT_PDF  # picked (or sent) in place of the package beside it
        if path.suffix.lower() != ".txt":
            return _NOT_A_PACKAGE
        # The official report is a text file: it is imported, not received.
        return (
            f"{_NOT_A_PACKAGE}; si es el informe oficial, impórtelo con import-etca o "
            "Archivo → Importar informe oficial…"
        )

    return said


def _without_manifest(names: Collection[str], label: str) -> PackageRefusedError:
    """A zip without a manifest: damage only if it holds some of a package's members."""
    # A package zipped again (a mail program, «Enviar a carpeta comprimida»): sending it
    # again would come back zipped the same way; unzipping it is what helps.
    if (said := repacked(list(names))) is not None:
        return PackageRefusedError(label, said)
    if _PACKAGE_MEMBERS.isdisjoint(names):
        return PackageRefusedError(label, _NOT_A_PACKAGE)
    return PackageDamagedError(label, f"al paquete le falta «{MANIFEST_NAME}»")


def _manifest(archive: GuardedZip, label: str) -> PackageManifest:
    if MANIFEST_NAME not in archive.entries:
        raise _without_manifest(archive.entries.keys(), label)
    raw = archive.read(MANIFEST_NAME, MAX_MEMBER_BYTES[MANIFEST_NAME])
    data = parse_json(raw, label, MANIFEST_NAME, PackageDamagedError)
    if not isinstance(data, Mapping):
        raise PackageDamagedError(label, f"«{MANIFEST_NAME}» no es un manifiesto")
    try:
        manifest = PackageManifest.from_json(data)
    except NewerFormatError as exc:
        raise PackageRefusedError(label, str(exc).rstrip(".")) from exc
    except PackageFormatError as exc:
        raise PackageDamagedError(label, str(exc).rstrip(".")) from exc
    # These travel into the log and the messages: short, plain text only.
    if not _ENTITY.fullmatch(manifest.entity):
        raise PackageDamagedError(
            label, f"la dependencia «{shown_name(manifest.entity, 20)}» del manifiesto no es válida"
        )
    return manifest


def _check_members(archive: GuardedZip, manifest: PackageManifest, label: str) -> None:
    present = set(archive.entries)
    expected = MEMBERS[manifest.kind]
    unknown = sorted(present - expected)
    if unknown:
        # A package's files compressed again on a Mac: said as such, not as damage.
        if (said := repacked(list(present))) is not None:
            raise PackageRefusedError(label, said)
        raise PackageDamagedError(
            label,
            f"contiene «{shown_name(unknown[0])}», que no corresponde a un {manifest.kind.label}",
        )
    missing = sorted(expected - present)
    if missing:
        raise PackageDamagedError(label, f"al paquete le falta «{missing[0]}»")
    listed = [item.name for item in manifest.files]
    if sorted(listed) != sorted(expected - {MANIFEST_NAME}):
        raise PackageDamagedError(
            label, "la lista de archivos del manifiesto no coincide con el contenido del paquete"
        )


def _verified(archive: GuardedZip, manifest: PackageManifest, name: str, label: str) -> bytes:
    """The member's bytes (the PDF is only hashed), refused unless size and SHA-256 match."""
    listed = manifest.file(name)
    assert listed is not None
    info = archive.entries[name]
    if info.file_size != listed.size:
        raise PackageDamagedError(
            label, f"el tamaño de {name} no coincide con el que declara el manifiesto"
        )
    limit = MAX_MEMBER_BYTES[name]
    if info.file_size > limit:
        raise PackageDamagedError(label, f"«{name}» es demasiado grande")
    digest = hashlib.sha256()
    kept: list[bytes] = []
    first = True
    for chunk in archive.chunks(name):
        if first and name == PDF_NAME and not chunk.startswith(b"%PDF-"):
            raise PackageDamagedError(label, f"«{name}» no es un PDF")
        first = False
        digest.update(chunk)
        if name != PDF_NAME:
            kept.append(chunk)
    if digest.hexdigest() != listed.sha256.lower():
        raise PackageDamagedError(
            label, f"el contenido de {name} no coincide con su huella SHA-256 del manifiesto"
        )
    return b"".join(kept)


def _check_data_header(data: Any, manifest: PackageManifest, label: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise PackageDamagedError(label, f"«{DATA_NAME}» no tiene la forma esperada")
    try:
        same = (
            data["version_formato"] == manifest.format_version
            and data["ejercicio"] == manifest.year
            and data["trimestre"] == int(manifest.quarter)
            and data["unidad"]["clave"] == manifest.unit.value
            and data["entidad"]["clave"] == manifest.entity
            and data.get("tipo", PackageKind.REPORT.value) == manifest.kind.value
        )
    except (KeyError, TypeError) as exc:
        raise PackageDamagedError(label, f"a «{DATA_NAME}» le faltan datos del encabezado") from exc
    if not same:
        raise PackageDamagedError(
            label,
            f"«{DATA_NAME}» no corresponde al manifiesto (formato, tipo, ejercicio, trimestre, "
            "dependencia o unidad distintos)",
        )
    return data


def package_sha256(path: Path) -> str | None:
    """The file's SHA-256 as ``read_package`` gives it; None when it cannot be read."""
    try:
        # Not a regular file any more (a folder, a pipe that would never end): read again.
        if not path.is_file():
            return None
        with path.open("rb") as stream:
            # Too large now (swapped for a sparse file, say): refused by its size at its
            # reading, never hashed through first.
            if os.fstat(stream.fileno()).st_size > MAX_PACKAGE_BYTES:
                return None
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return None


def read_manifest(path: Path) -> PackageManifest | None:
    """Only a package's manifest, to plan a batch; None when it cannot be read.

    Nothing else is checked: the whole package is read at its turn, and that reading says why
    a file is refused.
    """
    label = file_label(path)
    try:
        _check_size(path, label)
        with open_guarded(_ahead_source(path), PACKAGE_LIMITS, label) as archive:
            return _manifest(archive, label)
    except Exception:  # said by the whole reading, at the file's turn
        return None


# A package as units send it (tens of KB) is read whole to find its manifest; a larger one
# (up to ``MAX_PACKAGE_BYTES``) is opened from disk, so planning a batch never holds it.
_AHEAD_IN_MEMORY_BYTES = 1 * MIB


def _ahead_source(path: Path) -> Path | bytes:
    """The file's bytes when it is small, else its path (the zip read from disk)."""
    # From memory, the manifest is inflated in one zlib call after its header, name, size and
    # CRC-32 are checked, instead of through ``zipfile``'s stream objects. The bytes are
    # dropped with the manifest's zip.
    with path.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > _AHEAD_IN_MEMORY_BYTES:
            return path
        # Read to its size (a larger request allocates all of it first); one byte more shows
        # a file that grew meanwhile, which is then read from disk like a large one.
        data = stream.read(size + 1)
    return path if len(data) > size else data


def _workbook_instead(path: Path) -> Callable[[Sequence[str]], str | None]:
    """Why a zip with these names is refused when it is a workbook renamed as a package."""

    def said(names: Sequence[str]) -> str | None:
        if not looks_like_workbook(names):
            return None
        # The filled workbook is received under its own name: the suffix says how it is read.
        return (
            "es un libro de Excel, no un paquete; si es el libro que llenó una unidad, "
            f"cámbiele el nombre a «{path.with_suffix('.xlsx').name}» y recíbalo así "
            "(import-package o Archivo → Recibir paquetes…)"
        )

    return said


def read_package(path: Path) -> PackageContents:
    """Check a package file completely without touching any database.

    Raises:
        PackageRefusedError: the first check that failed, in Spanish; a package damaged or
            altered after its export, as ``PackageDamagedError``.
    """
    label = file_label(path)
    _check_size(path, label)
    # A package read once: the zip is opened from the very bytes that were hashed.
    sha256, content = _file_sha256(path, label)
    source = path if content is None else content
    with open_guarded(
        source,
        PACKAGE_LIMITS,
        label,
        other_kind=_workbook_instead(path),
        refused=PackageDamagedError,
        not_zip=_not_a_package(path),
        explained=repacked,
    ) as archive:
        manifest = _manifest(archive, label)
        _check_members(archive, manifest, label)
        raw = {
            name: _verified(archive, manifest, name, label)
            for name in sorted(archive.entries)
            if name != MANIFEST_NAME
        }
    if XLSX_NAME in raw:
        check_workbook(
            raw[XLSX_NAME], f"{label} › {XLSX_NAME}", parsed=False, refused=PackageDamagedError
        )
    parsed = parse_json(raw[DATA_NAME], label, DATA_NAME, PackageDamagedError)
    data = _check_data_header(parsed, manifest, label)
    return PackageContents(source=label, sha256=sha256, manifest=manifest, data=data)
