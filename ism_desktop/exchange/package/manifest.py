"""The manifest of a unit's package: who sent it, for which period, and a SHA-256 per file.

The coordinating unit trusts a package by reading the manifest first: the format version says
whether this program can read it, the sequence number which of a unit's packages is the newest,
and the hashes that no file was changed on the way. A package that fails any check is refused
with one Spanish sentence naming the file (``PackageRefusedError``).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.limits import sequence_problem
from ism_desktop.domain.package_kind import PackageKind
from ism_desktop.domain.package_moment import MOMENT_SHAPE, moment_problem
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import quoted

PACKAGE_FORMAT_VERSION = 1
# Version 1 manifests written before packages had kinds carry no ``tipo``: they are reports.
KIND_KEY = "tipo"
MANIFEST_NAME = "manifest.json"
DATA_NAME = "datos.json"
PDF_NAME = "informe.pdf"
XLSX_NAME = "informe.xlsx"


class PackageFormatError(ValueError):
    """A manifest that cannot be read; the message is for the user (Spanish)."""


class NewerFormatError(PackageFormatError):
    """A manifest of a format newer than this program reads: no damage, an update to make."""


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of some bytes, as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


# Our own extension, so that a double-click opens the package in the program (the installer
# registers it); a package renamed to .zip is still accepted when received.
PACKAGE_EXTENSION = ".ismpaq"


def package_file_name(
    unit: UnitCode,
    year: int,
    quarter: Quarter,
    kind: PackageKind = PackageKind.REPORT,
    entity: str | None = None,
) -> str:
    """``ETCA-III-04_2024_T1_unidad_004.ismpaq``: form, year, quarter and unit in the name.

    A programme base is ``ETCA-III-04_2024_programa_base_unidad_004.ismpaq`` (for the year),
    a return package ``ETCA-III-04_2024_T1_observaciones_unidad_004.ismpaq``. ``entity``: a
    base's or a return package's dependency, named where several hold the unit's code
    (``…_programa_base_dependencia_84_unidad_003…``): one was written over the other.
    """
    of = "" if entity is None else f"dependencia_{dependency_file_part(entity)}_"
    if kind is PackageKind.BASE:
        return f"ETCA-III-04_{year}_programa_base_{of}unidad_{unit.value}{PACKAGE_EXTENSION}"
    if kind is PackageKind.OBSERVATIONS:
        stem = f"ETCA-III-04_{year}_T{int(quarter)}_observaciones_{of}unidad_{unit.value}"
        return f"{stem}{PACKAGE_EXTENSION}"
    return f"ETCA-III-04_{year}_T{int(quarter)}_unidad_{unit.value}{PACKAGE_EXTENSION}"


def dependency_file_part(entity: str) -> str:
    """A dependency's code as a file name holds it: a report's own («84»), else a digest.

    A report reads any text as a code: a hostile 5,000-digit one made no file name at all.
    """
    if entity.isascii() and entity.isalnum() and len(entity) <= 12:
        return entity
    return f"h{hashlib.sha256(entity.encode()).hexdigest()[:12]}"


@dataclass(frozen=True, slots=True)
class PackageFile:
    """One file of the package with its size and hash."""

    name: str
    sha256: str
    size: int

    @classmethod
    def of(cls, name: str, data: bytes) -> PackageFile:
        """Describe ``data`` stored under ``name``."""
        return cls(name=name, sha256=sha256_hex(data), size=len(data))


@dataclass(frozen=True, slots=True)
class PackageManifest:
    """Everything ``manifest.json`` says."""

    format_version: int
    program_version: str
    entity: str
    unit: UnitCode
    unit_name: str
    year: int
    quarter: Quarter
    created_at: str
    sequence: int
    files: tuple[PackageFile, ...]
    kind: PackageKind = PackageKind.REPORT

    def to_json(self) -> dict[str, Any]:
        """The manifest as plain JSON types (Spanish keys, like the data file)."""
        return {
            "version_formato": self.format_version,
            "version_programa": self.program_version,
            KIND_KEY: self.kind.value,
            "entidad": self.entity,
            "unidad": {"clave": self.unit.value, "nombre": self.unit_name},
            "ejercicio": self.year,
            "trimestre": int(self.quarter),
            "creado": self.created_at,
            "secuencia": self.sequence,
            "archivos": [
                {"nombre": item.name, "sha256": item.sha256, "bytes": item.size}
                for item in self.files
            ],
        }

    def to_bytes(self) -> bytes:
        """``manifest.json`` as UTF-8 bytes."""
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PackageManifest:
        """Read a manifest; raise ``PackageFormatError`` if it is not one this program reads."""
        try:
            version = _integer(data, "version_formato")
            if version > PACKAGE_FORMAT_VERSION:
                raise NewerFormatError(
                    f"el paquete tiene el formato {version}; este programa lee hasta el "
                    f"{PACKAGE_FORMAT_VERSION}. Actualice ISM Avance."
                )
            if version < 1:
                raise PackageFormatError(f"el formato {version} del paquete no existe.")
            kind_text = str(data.get(KIND_KEY, PackageKind.REPORT.value))
            if kind_text not in {kind.value for kind in PackageKind}:
                raise PackageFormatError(f"el tipo de paquete «{kind_text[:40]}» no existe.")
            return cls(
                format_version=version,
                program_version=str(data["version_programa"]),
                entity=str(data["entidad"]),
                unit=_unit(data["unidad"]["clave"]),
                unit_name=str(data["unidad"]["nombre"]),
                year=_integer(data, "ejercicio"),
                quarter=Quarter(_integer(data, "trimestre")),
                created_at=_creation(data["creado"]),
                sequence=_sequence(data["secuencia"]),
                files=tuple(
                    PackageFile(str(f["nombre"]), str(f["sha256"]), _integer(f, "bytes"))
                    for f in data["archivos"]
                ),
                kind=PackageKind(kind_text),
            )
        except KeyError as exc:
            raise PackageFormatError(
                f"el manifiesto del paquete está incompleto: le falta «{exc.args[0]}»."
            ) from exc
        except (TypeError, ValueError) as exc:
            if isinstance(exc, PackageFormatError):
                raise
            # int() and friends explain in English; the user gets the gist in Spanish.
            raise PackageFormatError("el manifiesto del paquete tiene un valor no válido.") from exc

    def file(self, name: str) -> PackageFile | None:
        """The entry of one file, if listed."""
        return next((item for item in self.files if item.name == name), None)


def _integer(data: Mapping[str, Any], key: str) -> int:
    # A JSON integer only: «"7"», 2.9 and true are not numbers the writer would put there.
    value = data[key]
    if type(value) is not int:
        raise PackageFormatError(f"«{key}» del manifiesto no es un número entero.")
    return value


def _creation(value: object) -> str:
    """«creado», a moment as our exports write it (any offset: compared as instants).

    Only its length was checked: «NaN» or «10/04/2024 09:30» was stored as the package's time
    and became that of a request it asked without a date of its own; the decision on it then
    carried it back, and the unit refused the programme base that brought the decision.
    """
    text = str(value)
    # These travel into the log and the messages: short, plain text only.
    if len(text) > 64 or not text.isprintable():
        raise PackageFormatError("la fecha del manifiesto no es válida.")
    problem = moment_problem(text)
    # Every export since the first writes the PC's offset: without it, the instant is unknown.
    if problem is None and datetime.fromisoformat(text).utcoffset() is None:
        problem = f"«{text}» no dice su diferencia horaria ({MOMENT_SHAPE})"
    if problem is not None:
        raise PackageFormatError(
            f"la fecha de creación del manifiesto («creado») no es válida: {problem}."
        )
    return text


def _unit(value: object) -> UnitCode:
    # Named, with what it holds: «un valor no válido» left the person guessing which.
    try:
        return UnitCode(str(value))
    except ValueError:
        raise PackageFormatError(
            f"la clave de unidad «{quoted(value)}» del manifiesto no es de tres dígitos del 0 al 9."
        ) from None


def _sequence(value: object) -> int:
    problem = sequence_problem(value)
    if problem is not None:
        raise PackageFormatError(f"{problem}.")
    assert isinstance(value, int)
    return value


class PackageRefusedError(Exception):
    """A package failed a check and was not applied; ``str()`` is the message for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"«{source}»: {reason}")
        self.source = source
        self.reason = reason


class PackageDamagedError(PackageRefusedError):
    """A package damaged or altered after its export: said plainly, with what to do.

    ``detail`` is the check that failed («el tamaño de datos.json no coincide…»): it names
    files and a manifest office staff never see, so it only follows the plain sentence, for
    whoever must find out what happened.
    """

    def __init__(self, source: str, detail: str) -> None:
        # Built only when raised: reading a good package never comes here.
        super().__init__(
            source,
            f"el paquete está dañado o se modificó después de exportarlo ({detail}); "
            "pida a quien se lo envió que lo exporte de nuevo",
        )
        self.detail = detail


# How a reader of a zip or JSON refuses it: a package's reader says its damage as such
# (``PackageDamagedError``); a workbook brought on its own is refused as it is.
Refusal = Callable[[str, str], PackageRefusedError]


def shown_name(name: str, limit: int = 80) -> str:
    """A name from an untrusted file, safe to print: control characters replaced, shortened."""
    # Cut first: a description may be long and this runs for every meta of a package.
    cut = name if len(name) <= limit else name[: limit - 1] + "…"
    return cut if cut.isprintable() else "".join(c if c.isprintable() else "?" for c in cut)


def file_label(path: Path) -> str:
    """A file's name as messages and the log show it: bytes that are not UTF-8 become «�»."""
    # On POSIX a name need not be text: Python keeps its odd bytes as lone surrogates, which
    # can be neither printed nor stored.
    name = os.fsencode(path.name).decode("utf-8", "replace") if os.name != "nt" else path.name
    return shown_name(name, 255)


# The last report sequence the coordinating unit received from the unit (absent: 0).
LAST_RECEIVED_KEY = "ultima_secuencia_recibida"
